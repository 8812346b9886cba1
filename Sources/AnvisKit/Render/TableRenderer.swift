/// Writes a table as text in one of the output modes.
///
/// Table and line modes lay tables out for people (`TableLayout`): aligned columns fitted to
/// the screen's width, or one block per row, cut after `maxRows` rows with a `… N more rows`
/// line; the other modes write every row.
public struct TableRenderer: Sendable {
  public var mode: OutputMode
  /// Rows table mode shows; nil: every row.
  public var maxRows: Int?
  /// The screen's width; nil: no limit.
  public var width: Int?
  public var expanded: ExpandedSetting

  public init(
    mode: OutputMode, maxRows: Int? = 40, width: Int? = nil, expanded: ExpandedSetting = .auto
  ) {
    self.mode = mode
    self.maxRows = maxRows.map { max(1, $0) }
    self.width = width
    self.expanded = expanded
  }

  /// A renderer for these settings.
  public init(settings: Settings) {
    self.init(
      mode: settings.mode, maxRows: settings.rowLimit, width: settings.width, expanded: settings.expanded)
  }

  /// The table as text, ending in a newline.
  public func render(_ table: Table) -> String {
    switch mode {
    case .table, .line: layout.render(table).text
    case .csv: csv(table)
    case .json: json(table)
    case .markdown: markdown(table)
    }
  }

  /// Table and line modes' layout.
  var layout: TableLayout {
    TableLayout(rowLimit: maxRows, width: width, expanded: mode == .line ? .on : expanded)
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
}
