/// Labelled numbers, each with its p5–p95 band (simulate's summary): aligned lines on the
/// terminal, a table in the HTML and Markdown exports. The numbers are written by whoever
/// builds the list (`SimulationReport`), so every output shows the same text.
public struct MetricList: Hashable, Sendable {
  /// One metric: its label, its mean and its band as written (`84.8`, `71–98`).
  public struct Row: Hashable, Sendable {
    public var label: String
    public var value: String
    public var band: String?

    public init(label: String, value: String, band: String? = nil) {
      self.label = label
      self.value = value
      self.band = band
    }
  }

  public var title: String
  public var rows: [Row]
  /// Lines after the rows (what was left out, a verdict), at column 0.
  public var notes: [String]

  public init(title: String, rows: [Row], notes: [String] = []) {
    self.title = title
    self.rows = rows
    self.notes = notes
  }

  /// The text form:
  ///
  ///     scenario baseline: 12 months × 20 runs, seed 7
  ///       housed          75.2  [65–83]
  ///       still waiting  288.8  [262–304]
  public var text: String {
    let width = rows.map(\.label.count).max() ?? 0
    var lines = [title]
    for row in rows {
      let label = row.label + String(repeating: " ", count: width - row.label.count)
      lines.append("  " + label + "  " + row.value + (row.band.map { "  [" + $0 + "]" } ?? ""))
    }
    return (lines + notes).joined(separator: "\n")
  }
}
