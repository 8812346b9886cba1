/// Writes a table as text in one of the output modes.
///
/// Table mode aligns columns under a header rule, right-aligns numbers and cuts long results
/// after `maxRows` rows with a `… N more rows` line; the other modes write every row.
public struct TableRenderer: Sendable {
  public var mode: OutputMode
  public var maxRows: Int
  public var style: TextStyle

  public init(mode: OutputMode, maxRows: Int = 40, style: TextStyle = TextStyle(enabled: false)) {
    self.mode = mode
    self.maxRows = max(1, maxRows)
    self.style = style
  }

  /// The table as text, ending in a newline.
  public func render(_ table: Table) -> String {
    switch mode {
    case .table: aligned(table)
    case .csv: csv(table)
    case .json: json(table)
    case .markdown: markdown(table)
    }
  }

  /// Whether a column is shown right-aligned (numbers).
  static func isNumeric(_ column: Column) -> Bool {
    switch column.type {
    case .int, .double: true
    case .bool, .string, .date, .enumeration: false
    }
  }

  /// The cells of one column as display text, one line each: control characters (a line
  /// break in a quoted CSV field, a tab, an escape sequence) are shown as `\n`, `\t`,
  /// `\u{1B}`, so they can neither break the alignment nor drive the terminal.
  static func cells(_ column: Column, rows: Range<Int>) -> [String] {
    rows.map { visible(column[$0].displayText) }
  }

  /// `text` with its control characters written out.
  static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if isControl(scalar) {
          out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  private func aligned(_ table: Table) -> String {
    if table.columns.isEmpty { return "(no columns)\n" }
    let shown = min(table.rowCount, maxRows)
    let columns = table.columns.map { column in
      (header: Self.visible(column.name), cells: Self.cells(column, rows: 0..<shown), right: Self.isNumeric(column))
    }
    let widths = columns.map { c in c.cells.reduce(c.header.count) { max($0, $1.count) } }
    func line(_ texts: [String], bold: Bool = false) -> String {
      var parts = [String]()
      for (i, text) in texts.enumerated() {
        let pad = String(repeating: " ", count: widths[i] - text.count)
        let styled = bold ? style.bold(text) : text
        parts.append(columns[i].right ? pad + styled : styled + pad)
      }
      return parts.joined(separator: "  ").trimmingTrailingWhitespace() + "\n"
    }
    var out = line(columns.map(\.header), bold: true)
    out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
    for row in 0..<shown { out += line(columns.map { $0.cells[row] }) }
    if table.rowCount == 0 { out += style.dim("(no rows)") + "\n" }
    let hidden = table.rowCount - shown
    if hidden > 0 { out += style.dim("… \(hidden) more row\(hidden == 1 ? "" : "s")") + "\n" }
    return out
  }
}
