/// One published figure a data set's model should reproduce (a row of `references.csv`):
/// the metric it maps onto, the figure, the band the model's mean must fall in, and where the
/// figure comes from. `calibrate` sets each beside the baseline.
public struct Reference: Hashable, Sendable {
  /// A `CalibrationMetric` name, e.g. `list_size_end`.
  public var metric: String
  /// The published figure, in the metric's unit.
  public var value: Double
  /// The band the model must fall in (`low ≤ value ≤ high`), chosen from the figure's
  /// uncertainty.
  public var low: Double
  public var high: Double
  /// Title, publisher and year.
  public var source: String
  /// How the figure maps onto the metric, and why the band is what it is.
  public var note: String

  public init(metric: String, value: Double, low: Double, high: Double, source: String, note: String = "") {
    self.metric = metric
    self.value = value
    self.low = low
    self.high = high
    self.source = source
    self.note = note
  }

  /// Whether `x` lies inside the band (ends included); never for nan.
  public func contains(_ x: Double) -> Bool { x >= low && x <= high }

  /// How far `x` lies from the published figure, in band widths (0 at the figure).
  public func scaledDistance(_ x: Double) -> Double {
    guard x.isFinite else { return .infinity }
    let width = high - low
    return abs(x - value) / (width > 0 ? width : max(abs(value), 1) * 1e-3)
  }
}
