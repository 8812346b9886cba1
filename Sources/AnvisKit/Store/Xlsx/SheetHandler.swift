/// One worksheet part read in a single pass: every cell's value as text the table reader
/// understands (dates `YYYY-MM-DD`, booleans `true`/`false`, numbers in their shortest form,
/// text as it is) into `SheetCells`, the merged ranges, and what is wrong with a cell (an error
/// value, a formula without its cached value, a date Excel invents).
struct SheetHandler: XMLEventHandler {
  let sharedStrings: SharedStringTable
  let dateStyles: [Bool]
  let date1904: Bool

  /// What was read so far (the number cells of `SheetHandler+Number` add to it too).
  var cells = SheetCells()
  private(set) var problems: [(CellReference, String)] = []
  private(set) var merges: [String] = []
  private(set) var stop = false

  private(set) var row = 0
  /// False for a piece of a sheet read on its own (`SheetChunks`): the row before it is unknown,
  /// so a row without its number (`r`) makes the piece `unsure`, to be read in one pass again.
  var rowKnown = true
  private(set) var unsure = false
  private var rowBreaks = 0
  private(set) var column = 0
  private var type = CellType.number
  private(set) var style = 0
  /// The cell's `<v>` (or inline string) bytes, and its formula's.
  private(set) var value: [UInt8] = []
  private var formula: [UInt8] = []
  private(set) var hasFormula = false
  private var capture = Capture.none
  private enum Capture { case none, value, formula }
  private var inInline = false

  /// A cell's `t`.
  enum CellType {
    case number, shared, inline, formulaText, bool, error, isoDate

    init(_ t: XMLBytes) {
      if t.is("s") {
        self = .shared
      } else if t.is("inlineStr") {
        self = .inline
      } else if t.is("str") {
        self = .formulaText
      } else if t.is("b") {
        self = .bool
      } else if t.is("e") {
        self = .error
      } else if t.is("d") {
        self = .isoDate
      } else {
        self = .number
      }
    }
  }

  init(sharedStrings: SharedStringTable, dateStyles: [Bool], date1904: Bool) {
    self.sharedStrings = sharedStrings
    self.dateStyles = dateStyles
    self.date1904 = date1904
  }

  mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes) {
    if name.is("c") {
      startCell(attributes)
    } else if name.is("v") {
      capture = .value
    } else if name.is("f") {
      hasFormula = true
      capture = .formula
    } else if name.is("is") {
      inInline = true
    } else if name.is("t") {
      if inInline { capture = .value }
    } else if name.is("row") {
      startRow(attributes)
    } else if name.is("mergeCell"), let ref = attributes["ref"] {
      merges.append(ref.string)
    }
  }

  private mutating func startCell(_ attributes: XMLAttributes) {
    var ref: CellReference?
    type = .number
    style = 0
    for (key, value) in attributes {
      if key.is("r") {
        ref = value.withBytes { CellReference(utf8: $0) }
      } else if key.is("t") {
        type = value.withBytes { CellType(XMLBytes($0)) }
      } else if key.is("s") {
        style = value.int ?? 0
      }
    }
    column = ref?.column ?? column + 1
    if !value.isEmpty { value.removeAll(keepingCapacity: true) }
    if !formula.isEmpty { formula.removeAll(keepingCapacity: true) }
    hasFormula = false
  }

  private mutating func startRow(_ attributes: XMLAttributes) {
    if let r = attributes["r"]?.int {
      row = r
      rowKnown = true
    } else {
      if !rowKnown { unsure = true }
      row += 1
    }
    column = 0
    rowBreaks = 0
    if row > CellReference.maxRows {
      problems.append((CellReference(column: 1, row: row), Self.tooManyRows))
      stop = true
    }
  }

  /// A `<c>` holding only `<v>text</v>` (`XMLScanner+Rows`): what its five events do, with
  /// the value read in place.
  mutating func valueCell(_ cell: XMLTag, _ v: XMLTag, _ text: XMLBytes) {
    startCell(cell.attributes)
    capture = .none
    finishCell(text.bytes)
  }

  mutating func text(_ text: XMLBytes) {
    switch capture {
    case .none: break
    case .value: value.append(contentsOf: text.bytes)
    case .formula: formula.append(contentsOf: text.bytes)
    }
  }

  mutating func end(_ name: XMLBytes) {
    if name.is("c") {
      let bytes = value
      bytes.withUnsafeBufferPointer { finishCell($0) }
    } else if name.is("v") || name.is("f") || name.is("t") {
      capture = .none
    } else if name.is("is") {
      inInline = false
    } else if name.is("row") {
      let first = cells.rows.last?.end ?? 0
      if cells.cells.count > first {
        cells.rows.append(SheetCells.Row(number: row, first: first, end: cells.cells.count, lineBreaks: rowBreaks))
      }
    }
  }

  /// Adds what `piece`, the pass over the next piece of the sheet (`SheetChunks`), read.
  mutating func absorb(_ piece: SheetHandler) {
    cells.append(piece.cells)
    problems += piece.problems
    merges += piece.merges
    stop = piece.stop
    row = piece.row
  }

  static let tooManyRows =
    "the sheet has more than 1,048,576 rows, more than Excel allows; split the table or load it as csv"

  var at: CellReference { CellReference(column: column, row: row) }

  mutating func report(_ message: String) { problems.append((at, message)) }

  /// The formula's text, for a message.
  var formulaText: String { String(decoding: formula, as: UTF8.self) }

  private mutating func finishCell(_ value: UnsafeBufferPointer<UInt8>) {
    switch type {
    case .shared:
      guard let i = XMLBytes(value).int, i < sharedStrings.count else {
        return report("the cell refers to shared string '\(String(decoding: value, as: UTF8.self))', which the workbook does not have")
      }
      let start = cells.text.count
      let strings = sharedStrings
      rowBreaks += strings.append(i, to: &cells.text)
      add(from: start)
    case .inline, .formulaText:
      let start = cells.text.count
      rowBreaks += OOXMLText.decode(Array(value)) { SheetCells.appendEscaped($0, to: &cells.text) }
      add(from: start)
    case .bool:
      if hasFormula && value.isEmpty { return missingCache() }
      let yes = value.count == 1 ? value[0] == UInt8(ascii: "1") : value.elementsEqual("true".utf8)
      append(yes ? "true" : "false")
    case .error: report("the cell holds the error \(String(decoding: value, as: UTF8.self))")
    case .isoDate:
      let start = cells.text.count
      rowBreaks += SheetCells.appendEscaped(UnsafeBufferPointer(rebasing: value.prefix(10)), to: &cells.text)
      add(from: start)
    case .number: number(value)
    }
  }

  /// Adds the cell whose text was appended from `start` on (none when it is empty).
  mutating func add(from start: Int) {
    if cells.text.count > start {
      cells.cells.append(SheetCells.Cell(column: column, start: start, end: cells.text.count))
    }
  }

  /// Adds a cell with `text` (ASCII, no quotes or line feeds).
  mutating func append(_ text: StaticString) {
    let start = cells.text.count
    cells.text.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    add(from: start)
  }

  /// Adds a cell with `text` (no quotes or line feeds).
  mutating func append(_ text: String) {
    let start = cells.text.count
    cells.text.append(contentsOf: text.utf8)
    add(from: start)
  }
}

extension XMLBytes {
  /// `bytes` as a non-negative decimal number, nil for anything else.
  static func int(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { XMLBytes($0).int }
  }
}
