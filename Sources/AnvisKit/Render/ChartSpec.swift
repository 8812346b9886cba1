/// A chart as a value: what to draw, not how. `ChartText` draws it for the terminal and
/// transcripts, `ChartSVG` for the HTML export; the numbers stay numbers until then.
public struct ChartSpec: Hashable, Sendable {
  /// One bar: a label and its value.
  public struct Bar: Hashable, Sendable {
    public var label: String
    public var value: Double

    public init(_ label: String, _ value: Double) {
      self.label = label
      self.value = value
    }
  }

  /// A mean with its p5–p95 band over runs.
  public struct Band: Hashable, Sendable {
    public var label: String
    public var mean: Double
    public var low: Double
    public var high: Double

    public init(label: String, mean: Double, low: Double, high: Double) {
      self.label = label
      self.mean = mean
      self.low = low
      self.high = high
    }
  }

  /// One point of a line chart.
  public struct Point: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
      self.x = x
      self.y = y
    }
  }

  /// One bin of a histogram: values from `low` up to `high` (the last bin includes `high`).
  public struct Bin: Hashable, Sendable {
    public var low: Double
    public var high: Double
    public var count: Int

    public init(low: Double, high: Double, count: Int) {
      self.low = low
      self.high = high
      self.count = count
    }
  }

  /// What is drawn.
  public enum Shape: Hashable, Sendable {
    /// Horizontal bars from 0, scaled to the largest value.
    case bars([Bar])
    /// Bars to the mean with the p5–p95 band over them (compare's key metrics).
    case meanBars([Band])
    /// Each band as a range with the mean marked, on one shared axis.
    case bands([Band])
    /// Points joined in x order; `xIsDate` when x is a day ordinal.
    case line([Point], xIsDate: Bool)
    /// Counts in equal bins.
    case histogram([Bin])
  }

  /// How the chart writes its numbers.
  public enum Format: Hashable, Sendable {
    /// As tables write them (`NumberFormat`): 3456.78, 0.275.
    case exact
    /// Whole numbers from 100 up or when whole (grouped), small fractions with a few decimals.
    case rounded
    /// Exactly this many decimals.
    case fixed(Int)
  }

  public var title: String
  public var shape: Shape
  public var format: Format
  /// Lines under the chart: what was left out and why.
  public var notes: [String]

  public init(title: String, shape: Shape, format: Format = .exact, notes: [String] = []) {
    self.title = title
    self.shape = shape
    self.format = format
    self.notes = notes
  }

  /// A number as this chart writes it.
  public func text(_ x: Double) -> String {
    switch format {
    case .exact: return NumberFormat.string(x)
    case .rounded: return ChartSpec.rounded(x)
    case .fixed(let decimals): return x.isFinite ? NumberText.fixed(x, decimals: decimals) : "–"
    }
  }

  /// Whole numbers grouped (12,345); small fractions with up to 3 decimals.
  static func rounded(_ x: Double) -> String {
    guard x.isFinite else { return "–" }
    if abs(x) >= 100 || x == x.rounded() { return NumberText.grouped(Int(x.rounded())) }
    return NumberText.compact(x, decimals: abs(x) < 1 ? 3 : 1)
  }

  /// The subtitle a range chart adds to its title.
  static let rangeSuffix = " (mean, p5–p95)"
}
