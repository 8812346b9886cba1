/// One table of a data set read against its expected columns: checks the header, then
/// hands out rows whose fields are read by column with typed accessors that report every
/// problem at the field's `line:column`, or at its cell (`F12`) when the table is a sheet of a
/// workbook (`init(sheet:)`): the loader does not care where a table came from.
struct TableFileReader: Sendable {
  let columns: [String]
  /// The tokenizer; the loader's plain-row reading (`DatasetLoader+PlainUnits`) moves it too.
  var csv: CSVReader
  var problems: ProblemList
  /// For each expected column, its field index in a record; -1 when the header lacks it.
  private var map: [Int]
  /// Header cells, not counting empty trailing ones.
  private var headerCount = 0
  private(set) var fields: [CSVField] = []
  /// Fields of the current row refused for holding a CPR-like number (bit i: field i; fields
  /// past 64 are reported but never read, so they need no bit).
  private var refused: UInt64 = 0
  /// False once a problem was found in the current row.
  var rowIsValid = true
  /// False when a column is missing: rows are still checked, but none can be built.
  private(set) var headerIsComplete = true
  let decimalComma: Bool
  /// Whether the ids read are what the file means: false once an id held broken text (a stray
  /// byte-order mark, a NUL, bad UTF-8), so that references into this file are not checked
  /// and blamed on another file for a problem reported here.
  private(set) var idsAreSound = true

  /// The current row has too few or too many fields: only its id (column 0) is read, as the
  /// other values would be misread.
  private var fieldCountIsWrong = false
  /// For a sheet: the row of each line of `csv` (see `SheetText`); nil for a CSV file.
  private let rowOfLine: [Int]?
  /// For a sheet: by line, the cells whose problem the sheet reader reported (bit i: field i).
  private var reportedCells: [Int: UInt64] = [:]

  /// Reads the header of `bytes`, reporting missing, unknown and repeated columns.
  init(bytes: [UInt8], columns: [String], problems: ProblemList) {
    self.init(bytes: bytes, rowOfLine: nil, columns: columns, problems: problems)
  }

  /// Reads a sheet's cells; problems name the cell (`problems` is the sheet's list).
  init(sheet: SheetText, columns: [String], problems: ProblemList) {
    self.init(bytes: sheet.bytes, rowOfLine: sheet.rowOfLine, columns: columns, problems: problems)
    reportedCells = sheet.reported
  }

  private init(bytes: [UInt8], rowOfLine: [Int]?, columns: [String], problems: ProblemList) {
    self.columns = columns
    self.rowOfLine = rowOfLine
    self.csv = CSVReader(bytes: bytes)
    self.problems = problems
    self.map = Array(repeating: -1, count: columns.count)
    self.decimalComma = csv.separator == CSVReader.semicolon
    readHeader()
  }

  private mutating func readHeader() {
    guard csv.nextRecord(into: &fields), fields.contains(where: { !$0.isEmpty }) else {
      let what = isSheet ? "empty sheet; expected a header row" : "empty file; expected a header line"
      problems.add(line: 1, column: 1, "\(what): \(columns.joined(separator: ","))")
      headerIsComplete = false
      reportIssues()
      return
    }
    var trailing: CSVField?
    while let last = fields.last, last.isEmpty { trailing = fields.removeLast() }
    headerCount = fields.count
    if let trailing {
      // A separator at the end of the header makes an unnamed column, which usually means one at
      // the end of every line: refused here once rather than ignored (or reported per row).
      let sep = csv.separator == CSVReader.semicolon ? ";" : ","
      report(
        trailing,
        "an unnamed column: the header ends with '\(sep)'; remove the separator at the end of each line",
        offset: max(trailing.cellStart - 1, trailing.lineStart))
    }
    let lowered = columns.map { $0.lowercased() }
    for (index, field) in fields.enumerated() {
      if let masked = cprMatch(field) {
        report(field, CPRDetector.message(masked))
        continue
      }
      let name = csv.string(field)
      guard let c = lowered.firstIndex(of: name.lowercased()) else {
        var message = name.isEmpty ? "empty column name" : "unknown column '\(csv.quoted(field))'"
        if !name.isEmpty, let hint = NearMiss.hint(for: name, among: columns) {
          message += "; \(hint)"
        } else {
          message += "; expected columns: \(columns.joined(separator: ", "))"
        }
        report(field, message)
        continue
      }
      if map[c] >= 0 {
        report(field, "column '\(columns[c])' appears twice (first in column \(map[c] + 1))")
      } else {
        map[c] = index
      }
    }
    let missing = columns.indices.filter { map[$0] < 0 }.map { columns[$0] }
    if !missing.isEmpty {
      headerIsComplete = false
      let noun = missing.count == 1 ? "column" : "columns"
      problems.add(
        line: row(fields.first?.line ?? 1), column: 1, "missing \(noun): \(missing.joined(separator: ", "))")
    }
    reportIssues()
  }

  /// A reader of the rows in `chunk` (see `CSVChunk.split`): this reader's columns, with no
  /// problems yet. Its problems carry the whole file's lines; `absorb` takes them back.
  func chunk(_ chunk: CSVChunk) -> TableFileReader {
    var reader = self
    reader.csv = csv.chunk(chunk)
    reader.problems = ProblemList(file: problems.file, limit: problems.limit, sheet: problems.sheet)
    reader.idsAreSound = true
    return reader
  }

  /// Takes in what the reader of the next chunk found.
  mutating func absorb(_ chunk: TableFileReader) {
    problems.append(chunk.problems)
    idsAreSound = idsAreSound && chunk.idsAreSound
  }

  /// Moves to the next row that is not entirely empty; false at the end of the file.
  /// Checks the field count and refuses CPR-like values before any field is read.
  mutating func nextRow() -> Bool {
    while true {
      guard csv.nextRecord(into: &fields) else {
        reportIssues()
        return false
      }
      let hadIssues = reportIssues()
      if fields.allSatisfy(\.isEmpty) && !hadIssues { continue }
      rowIsValid = headerIsComplete && !hadIssues
      fieldCountIsWrong = false
      if hadIssues {
        // Broken quoting or text: the fields may be cut or shifted, so reading them would only
        // report follow-on problems of the one already reported. Only the id is read.
        fieldCountIsWrong = true
      } else {
        checkFieldCount()
      }
      refused = 0
      for (i, field) in fields.enumerated() where field.count >= 10 {
        if let masked = cprMatch(field) {
          report(field, CPRDetector.message(masked), offset: cprOffset(field))
          if i < 64 { refused |= 1 << UInt64(i) }
        }
      }
      if !reportedCells.isEmpty, let line = fields.first?.line, let cells = reportedCells[line] {
        refused |= cells
        rowIsValid = false
      }
      return true
    }
  }

  /// The line of the current row (its row, for a sheet).
  var line: Int { row(fields.first?.line ?? 0) }

  /// Whether the table is a sheet of a workbook.
  var isSheet: Bool { rowOfLine != nil }

  /// How `line` is named in a message: "line" for a file, "row" for a sheet.
  var lineWord: String { isSheet ? "row" : "line" }

  /// The sheet row of a line of `csv` (the line itself for a CSV file).
  private func row(_ line: Int) -> Int {
    guard let rowOfLine else { return line }
    return line >= 1 && line < rowOfLine.count ? rowOfLine[line] : line
  }

  private mutating func checkFieldCount() {
    guard headerCount > 0, fields.count != headerCount else { return }
    let noun = headerCount == 1 ? "field" : "fields"
    let wrongCount = "expected \(headerCount) \(noun), found \(fields.count)"
    if fields.count < headerCount {
      problems.add(line: line, column: 1, wrongCount)
      rowIsValid = false
      fieldCountIsWrong = true
    } else if fields.count > headerCount {
      if let extra = fields[headerCount...].first(where: { !$0.isEmpty }) {
        report(extra, wrongCount)
        rowIsValid = false
        fieldCountIsWrong = true
      }
    }
  }

  /// Reports the tokenizer's issues; true when there were any. An issue inside the id column
  /// marks the file's ids as damaged (see `idsAreSound`).
  @discardableResult
  private mutating func reportIssues() -> Bool {
    if csv.issues.isEmpty { return false }
    let issues = csv.takeIssues()
    let idField = map[0] >= 0 && map[0] < fields.count ? fields[map[0]] : nil
    for issue in issues {
      problems.add(line: row(issue.line), column: csv.column(of: issue), issue.message)
      if let idField, issue.offset >= idField.cellStart, issue.offset <= idField.end {
        idsAreSound = false
      }
    }
    return !issues.isEmpty
  }

  private func cprMatch(_ field: CSVField) -> String? {
    csv.bytes.withUnsafeBufferPointer { b in
      CPRDetector.find(in: b, field.start..<field.end).map { CPRDetector.masked(b, at: $0) }
    }
  }

  private func cprOffset(_ field: CSVField) -> Int? {
    csv.bytes.withUnsafeBufferPointer { b in CPRDetector.find(in: b, field.start..<field.end) }
  }

  /// Whether the rows may be read as plain records (`CSVReader.nextPlainRecord`): a header that
  /// names exactly the expected columns, in their order, so that field `i` of a row is column
  /// `i`, and no cell already reported (a sheet's formula without its value). A sheet's text
  /// (`SheetText`) qualifies as a file does: a row that is not plain, or not sound, is read
  /// again by the checked reader, which words its problems for the sheet.
  var hasPlainHeader: Bool {
    headerIsComplete && headerCount == columns.count && map == Array(columns.indices) && reportedCells.isEmpty
  }

  /// Whether the header has expected column `c`.
  func columnIsPresent(_ c: Int) -> Bool { map[c] >= 0 }

  /// Records a problem at a field's cell (or at `offset` within its line).
  mutating func report(_ field: CSVField, _ message: String, offset: Int? = nil) {
    if isSheet {
      // A sheet's fields are its cells from column A on: the field's place is its column.
      let index = fields.firstIndex { $0.cellStart == field.cellStart } ?? 0
      problems.add(line: row(field.line), column: index + 1, message)
      rowIsValid = false
      return
    }
    let column = csv.column(of: offset ?? field.cellStart, lineStart: field.lineStart)
    problems.add(line: field.line, column: column, message)
    rowIsValid = false
  }

  /// The field of expected column `c` in this row; nil (and the row invalid) when the
  /// column is missing or the field was refused.
  mutating func field(_ c: Int) -> CSVField? {
    let i = map[c]
    guard i >= 0, i < fields.count, i >= 64 || refused & (1 << UInt64(i)) == 0, !fieldCountIsWrong || c == 0
    else {
      rowIsValid = false
      return nil
    }
    return fields[i]
  }
}

extension CSVReader {
  /// Hands over the issues found so far and forgets them.
  mutating func takeIssues() -> [CSVIssue] {
    guard !issues.isEmpty else { return [] }
    defer { clearIssues() }
    return issues
  }
}
