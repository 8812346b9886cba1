/// What a query's last stage, `chart bar|line|hist …`, asks to draw: the result rows stay the
/// data, and each output mode shows them its own way (a text chart in table mode, the rows in
/// csv and json, an SVG chart in the HTML export).
public struct ChartRequest: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    case bar, line, hist
  }

  public var kind: Kind
  /// The label (bar), x (line) or value (hist) field.
  public var first: String
  /// The value (bar) or y (line) field; nil for hist.
  public var second: String?
  /// Bins of a histogram.
  public var bins: Int

  public init(kind: Kind, first: String, second: String?, bins: Int) {
    self.kind = kind
    self.first = first
    self.second = second
    self.bins = bins
  }
}
