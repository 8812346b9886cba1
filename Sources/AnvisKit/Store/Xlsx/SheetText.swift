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

  init(cells sheet: SheetCells, reported cells: [CellReference] = []) {
    var bits: [Int: UInt64] = [:]
    for cell in cells where cell.column <= 64 { bits[cell.row, default: 0] |= 1 << UInt64(cell.column - 1) }
    var rows = sheet.rows
    if !zip(rows, rows.dropFirst()).allSatisfy({ $0.number < $1.number }) {
      rows.sort { $0.number < $1.number }
    }
    // Trailing empty columns are ignored: the width is the last column that holds a value.
    let width = max(1, rows.reduce(0) { max($0, sheet.cells[$1.end - 1].column) })
    bytes = []
    bytes.reserveCapacity(sheet.text.count + rows.count * (3 * width + 1))
    rowOfLine = [0]
    rowOfLine.reserveCapacity(rows.count + 1)
    let quote = SheetCells.quote
    let comma = UInt8(ascii: ",")
    sheet.text.withUnsafeBufferPointer { text in
      for row in rows {
        if let b = bits[row.number] { reported[rowOfLine.count] = b }
        var lines = 1 + row.lineBreaks
        var next = row.first
        for c in 1...width {
          if c > 1 { bytes.append(comma) }
          bytes.append(quote)
          if next < row.end, sheet.cells[next].column == c {
            let cell = sheet.cells[next]
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[cell.start..<cell.end]))
            next += 1
            // Two cells naming one column: the first is read, the other left out (with the
            // line breaks it would have made).
            while next < row.end, sheet.cells[next].column <= c {
              let skipped = sheet.cells[next]
              lines -= SheetCells.lineBreaks(text[skipped.start..<skipped.end])
              next += 1
            }
          }
          bytes.append(quote)
        }
        bytes.append(SheetCells.lineFeed)
        for _ in 0..<lines { rowOfLine.append(row.number) }
      }
    }
  }
}
