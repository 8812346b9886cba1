/// One worksheet part read in a single pass: every cell's value as text the table reader
/// understands (dates `YYYY-MM-DD`, booleans `true`/`false`, numbers in their shortest form,
/// text as it is), the merged ranges, and what is wrong with a cell (an error value, a formula
/// without its cached value, a date Excel invents).
final class SheetHandler: XMLEventHandler {
  struct Cell {
    var column: Int
    var text: String
  }
  struct Row {
    var number: Int
    var cells: [Cell]
  }

  private let sharedStrings: [String]
  private let dateStyles: [Bool]
  private let date1904: Bool

  private(set) var rows: [Row] = []
  private(set) var problems: [(CellReference, String)] = []
  private(set) var merges: [String] = []
  private(set) var stop = false

  private var row = 0
  private var cells: [Cell] = []
  private var column = 0
  private var type = ""
  private var style = 0
  private var value = ""
  private var formula = ""
  private var hasFormula = false
  private var capture: Capture = .none
  private enum Capture { case none, value, inline, formula }
  private var inInline = false

  init(sharedStrings: [String], dateStyles: [Bool], date1904: Bool) {
    self.sharedStrings = sharedStrings
    self.dateStyles = dateStyles
    self.date1904 = date1904
  }

  func start(_ name: String, _ attributes: [String: String]) {
    switch name {
    case "c":
      column = attributes["r"].flatMap { CellReference($0)?.column } ?? column + 1
      type = attributes["t"] ?? ""
      style = attributes["s"].flatMap { Int($0) } ?? 0
      value = ""
      formula = ""
      hasFormula = false
    case "v": capture = .value
    case "f":
      hasFormula = true
      capture = .formula
    case "is": inInline = true
    case "t" where inInline: capture = .inline
    case "row":
      row = attributes["r"].flatMap { Int($0) } ?? row + 1
      column = 0
      cells = []
      if row > CellReference.maxRows {
        problems.append((CellReference(column: 1, row: row), Self.tooManyRows))
        stop = true
      }
    case "mergeCell": if let ref = attributes["ref"] { merges.append(ref) }
    default: break
    }
  }

  func text(_ text: String) {
    switch capture {
    case .none: break
    case .value, .inline: value += text
    case .formula: formula += text
    }
  }

  func end(_ name: String) {
    switch name {
    case "v", "f", "t": capture = .none
    case "is": inInline = false
    case "c": finishCell()
    case "row": if !cells.isEmpty { rows.append(Row(number: row, cells: cells)) }
    default: break
    }
  }

  static let tooManyRows =
    "the sheet has more than 1,048,576 rows, more than Excel allows; split the table or load it as csv"

  private func finishCell() {
    let at = CellReference(column: column, row: row)
    switch type {
    case "s":
      guard let i = Int(value), sharedStrings.indices.contains(i) else {
        problems.append((at, "the cell refers to shared string '\(value)', which the workbook does not have"))
        return
      }
      add(sharedStrings[i])
    case "inlineStr": add(OOXMLText.decode(value))
    case "str": add(OOXMLText.decode(value))
    case "b":
      if hasFormula && value.isEmpty { return missingCache(at) }
      add(value == "1" || value == "true" ? "true" : "false")
    case "e": problems.append((at, "the cell holds the error \(value)"))
    case "d": add(String(value.prefix(10)))
    default:
      guard !value.isEmpty else {
        if hasFormula { missingCache(at) }
        return
      }
      guard let number = Double(value), number.isFinite else {
        problems.append((at, "expected a number in a number cell, found '\(value)'"))
        return
      }
      if style < dateStyles.count, dateStyles[style] {
        date(number, at)
      } else {
        add(Self.numberText(number))
      }
    }
  }

  private func missingCache(_ at: CellReference) {
    let shown = formula.isEmpty ? "" : " (=\(formula.prefix(40)))"
    problems.append(
      (at, "a formula without a cached value\(shown); open the workbook in Excel or LibreOffice and save it, so that its results are stored"))
  }

  private func date(_ serial: Double, _ at: CellReference) {
    let whole = serial.rounded(.down)
    guard abs(whole) < 1e7 else {
      problems.append((at, "date serial \(Self.numberText(serial)) is out of range"))
      return
    }
    switch ExcelDate.day(serial: Int(whole), date1904: date1904) {
    case .day(let day):
      let fraction = serial - whole
      if fraction == 0 {
        add(day.description)
      } else {
        let minutes = Int((fraction * 1440).rounded())
        let time = String(format2(minutes / 60)) + ":" + format2(minutes % 60)
        add(day.description + " " + time)
      }
    case .phantomLeapDay:
      problems.append((at, "1900-02-29 is not a date (serial 60: Excel's 1900 leap-year mistake)"))
    case .outOfRange:
      problems.append((at, "date serial \(Self.numberText(serial)) is out of range"))
    }
  }

  private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

  private func add(_ text: String) {
    if !text.isEmpty { cells.append(Cell(column: column, text: text)) }
  }

  /// Whole numbers without a fraction (`4500.0` → `4500`), others in their shortest form.
  static func numberText(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
    return x.description
  }
}
