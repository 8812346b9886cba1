/// The baseline beside the published figures: for each reference, the model's mean and p5–p95
/// band over the runs, and whether the mean lies inside the reference's band.
public struct Calibration: Sendable {
  /// One reference and what the model made of it.
  public struct Row: Hashable, Sendable {
    public var reference: Reference
    /// Mean over the runs where the metric was defined; nan when not modelled or never defined.
    public var mean: Double
    public var p5: Double
    public var p95: Double
    /// False when the model cannot compute the metric yet.
    public var modelled: Bool

    /// Whether the model's mean lies inside the reference's band.
    public var inside: Bool { modelled && reference.contains(mean) }
    /// Distance of the mean from the published figure, in band widths.
    public var distance: Double { reference.scaledDistance(mean) }
  }

  public var rows: [Row]

  /// Sets `result`'s runs beside each reference (in the file's order).
  public init(result: SimulationResult, references: [Reference]) {
    var cache = [String: (mean: Double, p5: Double, p95: Double, count: Int)?]()
    rows = references.map { reference in
      let summary: (mean: Double, p5: Double, p95: Double, count: Int)?
      if let cached = cache[reference.metric] {
        summary = cached
      } else {
        summary = CalibrationMetric.named(reference.metric)?.values(in: result).map(Statistics.band)
        cache[reference.metric] = summary
      }
      return Row(
        reference: reference, mean: summary?.mean ?? .nan, p5: summary?.p5 ?? .nan,
        p95: summary?.p95 ?? .nan, modelled: summary != nil)
    }
  }

  /// References whose band holds the model's mean.
  public var insideCount: Int { rows.filter(\.inside).count }

  /// The sum of the distances to the published figures, in band widths (a metric not
  /// modelled adds nothing: no lever can move it).
  public var totalDistance: Double {
    rows.filter(\.modelled).reduce(0) { $0 + min($1.distance, 1e6) }
  }

  /// `9 of 10 inside their bands`.
  public var countLine: String {
    "\(insideCount) of \(rows.count) inside \(rows.count == 1 ? "its band" : "their bands")"
  }

  /// Whether `self` fits the references better than `other`: more inside, then a smaller
  /// total distance.
  /// A column of figures rounded for the calibration tables; a value that is not finite (a
  /// metric not modelled yet) is missing.
  static func numberColumn(_ name: String, _ values: [Double]) -> Column {
    Column(
      name: name, storage: .double(values.map { $0.isFinite ? rounded($0) : 0 }),
      missing: values.map { !$0.isFinite })
  }

  public func isBetter(than other: Calibration) -> Bool {
    if insideCount != other.insideCount { return insideCount > other.insideCount }
    return totalDistance < other.totalDistance
  }

  /// The table `calibration`: metric, model (mean), p5, p95, reference, low, high, inside,
  /// source, note. A metric not modelled yet has no model, p5 or p95 (missing).
  public var table: Table {
    let numbers = Self.numberColumn
    return Table(
      name: "calibration",
      columns: [
        Column(name: "metric", storage: .string(rows.map(\.reference.metric))),
        numbers("model", rows.map(\.mean)), numbers("p5", rows.map(\.p5)), numbers("p95", rows.map(\.p95)),
        numbers("reference", rows.map(\.reference.value)), numbers("low", rows.map(\.reference.low)),
        numbers("high", rows.map(\.reference.high)),
        Column(name: "inside", storage: .bool(rows.map(\.inside))),
        Column(name: "source", storage: .string(rows.map(\.reference.source))),
        Column(name: "note", storage: .string(rows.map(\.reference.note))),
      ])
  }

  /// Four significant decimals for shares, two for larger numbers (as the renderer shows them).
  static func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
}
