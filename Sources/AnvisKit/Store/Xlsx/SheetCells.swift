/// A sheet's cells as the sheet reader collected them: each cell's text as the table reader
/// reads it (dates `YYYY-MM-DD`, booleans `true`/`false`, numbers in their shortest form),
/// with every `"` doubled so that it can sit between quotes in `SheetText`, back to back in
/// one buffer: no `String` per cell.
struct SheetCells {
  struct Cell: Equatable {
    /// 1-based column.
    var column: Int
    /// The cell's text: `text[start..<end]`.
    var start: Int
    var end: Int
  }

  struct Row: Equatable {
    /// The sheet's 1-based row.
    var number: Int
    /// The row's cells: `cells[first..<end]`, in the order the sheet lists them.
    var first: Int
    var end: Int
    /// Line breaks inside the row's cells (each one a line of `SheetText`).
    var lineBreaks: Int
  }

  var text: [UInt8] = []
  var cells: [Cell] = []
  var rows: [Row] = []

  /// Room for this many more bytes of text, cells and rows.
  mutating func reserve(text more: Int, cells moreCells: Int, rows moreRows: Int) {
    text.reserveCapacity(text.count + more)
    cells.reserveCapacity(cells.count + moreCells)
    rows.reserveCapacity(rows.count + moreRows)
  }

  /// Adds `other`'s cells and rows after these.
  mutating func append(_ other: SheetCells) {
    let textShift = text.count
    let cellShift = cells.count
    text += other.text
    cells.reserveCapacity(cells.count + other.cells.count)
    for cell in other.cells {
      cells.append(Cell(column: cell.column, start: cell.start + textShift, end: cell.end + textShift))
    }
    rows.reserveCapacity(rows.count + other.rows.count)
    for row in other.rows {
      rows.append(
        Row(
          number: row.number, first: row.first + cellShift, end: row.end + cellShift,
          lineBreaks: row.lineBreaks))
    }
  }

  /// The text of `cell` as a `String`, its quotes single again.
  func string(_ cell: Cell) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(cell.end - cell.start)
    var k = cell.start
    while k < cell.end {
      out.append(text[k])
      k += text[k] == SheetCells.quote ? 2 : 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The text of the first cell of `row` in `column`; nil when there is none.
  func string(row: Row, column: Int) -> String? {
    cells[row.first..<row.end].first { $0.column == column }.map(string)
  }

  static let quote = UInt8(ascii: "\"")
  static let lineFeed = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")

  /// Appends `bytes` with every `"` doubled; the number of line breaks among them.
  static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Int {
    var plainFrom = 0
    var breaks = false
    for k in 0..<bytes.count {
      let b = bytes[k]
      if b == quote {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom...k]))
        out.append(quote)
        plainFrom = k + 1
      } else if b == lineFeed || b == carriageReturn {
        breaks = true
      }
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom...]))
    return breaks ? lineBreaks(bytes) : 0
  }

  /// The line breaks in `bytes` as the csv reader counts them: LF, CR LF and a lone CR.
  static func lineBreaks(_ bytes: some Collection<UInt8>) -> Int {
    var n = 0
    var afterCR = false
    for b in bytes {
      if b == carriageReturn {
        n += 1
      } else if b == lineFeed, !afterCR {
        n += 1
      }
      afterCR = b == carriageReturn
    }
    return n
  }
}

/// `xl/sharedStrings.xml` as read: each string's text escaped as `SheetCells` holds it, back to
/// back, so that a cell referring to one is a copy of bytes.
struct SharedStringTable {
  private(set) var text: [UInt8] = []
  /// By string: where its text ends in `text` (it starts where the previous one ends).
  private(set) var ends: [Int] = []
  /// By string: its line feeds.
  private(set) var lineBreaks: [Int] = []

  var count: Int { ends.count }

  /// Adds the next string (its text not yet escaped).
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    lineBreaks.append(SheetCells.appendEscaped(bytes, to: &text))
    ends.append(text.count)
  }

  mutating func reserveCapacity(_ n: Int) {
    ends.reserveCapacity(n)
    lineBreaks.reserveCapacity(n)
  }

  /// Appends string `index`'s escaped text to `out`; its line feeds.
  func append(_ index: Int, to out: inout [UInt8]) -> Int {
    let start = index == 0 ? 0 : ends[index - 1]
    text.withUnsafeBufferPointer {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<ends[index]]))
    }
    return lineBreaks[index]
  }

  /// String `index` as a `String`, its quotes single again.
  func string(_ index: Int) -> String {
    let start = index == 0 ? 0 : ends[index - 1]
    let cells = SheetCells(text: text, cells: [SheetCells.Cell(column: 1, start: start, end: ends[index])])
    return cells.string(cells.cells[0])
  }
}
