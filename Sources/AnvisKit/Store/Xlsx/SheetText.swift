/// A sheet's cells laid out as the CSV text the table reader reads: one line per non-empty row,
/// every cell from column A to the last column holding a value quoted, so that the reader's
/// rules (header, types, CPR-like values, problem collection) apply to a sheet unchanged.
/// `rowOfLine` maps each line back to the sheet's row for messages.
struct SheetText {
  var bytes: [UInt8]
  /// Index: the line of `bytes` (1-based; index 0 unused). Value: the sheet's row.
  var rowOfLine: [Int]
  /// By line: the cells (bit c - 1 for column c ≤ 64) whose problem was already reported, so
  /// that reading them reports nothing more (a formula without its value is not also empty).
  var reported: [Int: UInt64] = [:]

  init(rows: [SheetHandler.Row], reported cells: [CellReference] = []) {
    var bits: [Int: UInt64] = [:]
    for cell in cells where cell.column <= 64 { bits[cell.row, default: 0] |= 1 << UInt64(cell.column - 1) }
    var sorted = rows
    if !zip(rows, rows.dropFirst()).allSatisfy({ $0.number < $1.number }) {
      sorted.sort { $0.number < $1.number }
    }
    // Trailing empty columns are ignored: the width is the last column that holds a value.
    let width = sorted.reduce(0) { max($0, $1.cells.last?.column ?? 0) }
    bytes = []
    bytes.reserveCapacity(sorted.count * width * 8)
    rowOfLine = [0]
    rowOfLine.reserveCapacity(sorted.count + 1)
    let quote = UInt8(ascii: "\"")
    for row in sorted {
      if let b = bits[row.number] { reported[rowOfLine.count] = b }
      rowOfLine.append(row.number)
      var next = 0
      for c in 1...max(width, 1) {
        if c > 1 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(quote)
        if next < row.cells.count, row.cells[next].column == c {
          for byte in row.cells[next].text.utf8 {
            if byte == quote { bytes.append(quote) }
            // A line break inside a cell continues the line; it still belongs to this row.
            if byte == UInt8(ascii: "\n") { rowOfLine.append(row.number) }
            bytes.append(byte)
          }
          next += 1
          // Two cells naming one column: the later wins, as in Excel.
          while next < row.cells.count, row.cells[next].column <= c { next += 1 }
        }
        bytes.append(quote)
      }
      bytes.append(UInt8(ascii: "\n"))
    }
  }
}
