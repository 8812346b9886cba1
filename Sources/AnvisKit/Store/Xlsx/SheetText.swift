/// A sheet's cells laid out as the CSV text the table reader reads: one line per non-empty row,
/// every cell from column A to the last column holding a value, quoted where its text needs
/// it (`needsQuotes`), so that the reader's
/// rules (header, types, CPR-like values, problem collection) apply to a sheet unchanged.
/// `rowOfLine` maps each line back to the sheet's row for messages.
struct SheetText {
  var bytes: [UInt8]
  /// Index: the line of `bytes` (1-based; index 0 unused). Value: the sheet's row.
  var rowOfLine: [Int]
  /// By line: the cells (bit c - 1 for column c ≤ 64) whose problem was already reported, so
  /// that reading them reports nothing more (a formula without its value is not also empty).
  var reported: [Int: UInt64] = [:]

  static let comma = UInt8(ascii: ",")

  /// Whether a cell's text must be quoted to be read as it is: it holds a separator (`,` or
  /// `;`), a quote or a line break, starts or ends with white space the reader would trim, or
  /// starts with what could read as a byte-order mark.
  static func needsQuotes(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = value.first, let last = value.last else { return false }
    if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 || first == 0xEF { return true }
    for b in value where b == 0x2C || b == 0x3B || b == 0x22 || b == 0x0A || b == 0x0D { return true }
    return false
  }

  init(cells sheet: SheetCells, reported cells: [CellReference] = []) {
    var bits: [Int: UInt64] = [:]
    for cell in cells where cell.column <= 64 { bits[cell.row, default: 0] |= 1 << UInt64(cell.column - 1) }
    var rows = sheet.rows
    if !zip(rows, rows.dropFirst()).allSatisfy({ $0.number < $1.number }) {
      rows.sort { $0.number < $1.number }
    }
    // Trailing empty columns are ignored: the width is the last column that holds a value.
    let width = max(1, rows.reduce(0) { max($0, sheet.cells[$1.end - 1].column) })
    // At most: every value quoted, a comma between cells, a line feed after each row.
    let capacity = sheet.text.count + rows.count * (3 * width + 1)
    var lineRows = [0]
    lineRows.reserveCapacity(rows.count + 1)
    var reportedLines: [Int: UInt64] = [:]
    bytes = sheet.text.withUnsafeBufferPointer { text in
      sheet.cells.withUnsafeBufferPointer { cells in
        [UInt8](unsafeUninitializedCapacity: capacity) { out, written in
          var n = 0
          for row in rows {
            if !bits.isEmpty, let b = bits[row.number] { reportedLines[lineRows.count] = b }
            var lines = 1 + row.lineBreaks
            var next = row.first
            for c in 1...width {
              if c > 1 {
                out[n] = Self.comma
                n += 1
              }
              guard next < row.end, cells[next].column == c else { continue }
              let cell = cells[next]
              let value = UnsafeBufferPointer(rebasing: text[cell.start..<cell.end])
              // Quoted only when the csv reader would read it otherwise: the common cell takes
              // the reader's fast path.
              let quoted = Self.needsQuotes(value)
              if quoted {
                out[n] = SheetCells.quote
                n += 1
              }
              if let from = value.baseAddress, let to = out.baseAddress {
                (to + n).initialize(from: from, count: value.count)
                n += value.count
              }
              if quoted {
                out[n] = SheetCells.quote
                n += 1
              }
              next += 1
              // Two cells naming one column: the first is read, the other left out (with the
              // line breaks it would have made).
              while next < row.end, cells[next].column <= c {
                let skipped = cells[next]
                lines -= SheetCells.lineBreaks(text[skipped.start..<skipped.end])
                next += 1
              }
            }
            out[n] = SheetCells.lineFeed
            n += 1
            for _ in 0..<lines { lineRows.append(row.number) }
          }
          written = n
        }
      }
    }
    rowOfLine = lineRows
    reported = reportedLines
  }
}
