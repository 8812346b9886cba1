/// Table mode's expanded layout (`.expanded on`, `.mode line`, or a table wider than the
/// screen): one block per row, a `-[ row N ]---` rule over `field | value` lines, as psql's
/// `\x`. With a width, a long value wraps at spaces onto lines of its own (a word wider than
/// the screen is cut with `…`), so that no line is wider than the screen and nothing is lost.
struct ExpandedLayout {
  var width: Int?

  func render(_ columns: [TableLayout.ShownColumn], rows: Int) -> StyledText {
    let labelWidth = columns.map(\.header.count).max() ?? 0
    let valueWidth = width.map { max(8, $0 - labelWidth - 3) }
    let ruleWidth = width.map { min($0, labelWidth + 3 + 30) } ?? labelWidth + 3 + 30
    var out = StyledText()
    for row in 0..<rows {
      let title = "-[ row \(row + 1) ]"
      out.append(title + String(repeating: "-", count: max(3, ruleWidth - title.count)), as: .hint)
      out.append("\n")
      for column in columns {
        let pad = String(repeating: " ", count: labelWidth - column.header.count)
        let lines = valueWidth.map { Self.wrap(column.cells[row], width: $0) } ?? [column.cells[row]]
        for (i, line) in lines.enumerated() {
          var label = i == 0 ? StyledText(column.header, as: .heading) : StyledText()
          label.append(i == 0 ? pad : String(repeating: " ", count: labelWidth))
          label.append(" | " + line)
          out += label.trimmingTrailingWhitespace()
          out.append("\n")
        }
      }
    }
    return out
  }

  /// A value in lines of at most `width` characters.
  static func wrap(_ value: String, width: Int) -> [String] {
    guard value.count > width else { return [value] }
    return TextWrap.wrap(value, width: width).map { TableLayout.cut($0, to: width) }
  }
}
