import Foundation

/// Tables that come from workbooks: a folder may hold `units.xlsx` in place of `units.csv`
/// (never both), or a data set may be one workbook with a sheet per table (`--data
/// book.xlsx`, or a folder holding the manifest and one workbook).
extension DatasetLoader {
  /// The workbooks of one load: the single book, when the data set is one, and the books opened.
  struct Workbooks {
    /// The data set is this one workbook (its path as given).
    var single: String?
    /// Opened books by path; nil when the book could not be opened (already reported).
    var opened: [String: XlsxWorkbook?] = [:]
  }

  static let workbookExtension = ".xlsx"
  /// The sheet that may hold the manifest in a single workbook, as `key | value` rows.
  static let manifestSheet = "anvis"

  /// Decides, before any table is read, whether the data set is a single workbook.
  mutating func findSingleWorkbook(isFile: Bool) {
    if isFile {
      workbooks.single = directory
      return
    }
    let tables = Set((DatasetReader.tableFiles + [DatasetReader.referencesFile]).map { $0.dropLast(4) })
    let books = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted().filter {
      $0.hasSuffix(Self.workbookExtension) && !$0.hasPrefix("~$") && !tables.contains($0.dropLast(5))
    }
    let csvs = DatasetReader.tableFiles.filter { FileBytes.exists(DatasetReader.path(directory, $0)) }
    if books.count == 1, csvs.isEmpty { workbooks.single = DatasetReader.path(directory, books[0]) }
  }

  /// Whether the data set has table `name` (`references.csv`) as a file or a sheet.
  mutating func hasTable(_ name: String) -> Bool {
    let table = String(name.dropLast(4))
    if let single = workbooks.single {
      return workbook(at: single, report: false)?.sheet(named: table) != nil
    }
    return FileBytes.exists(DatasetReader.path(directory, name))
      || FileBytes.exists(DatasetReader.path(directory, table + Self.workbookExtension))
  }

  /// The reader of table `name` (`units.csv`) when it is a sheet; `.csv` when it is a CSV file.
  mutating func openSheetOrCSV(_ name: String, columns: [String]) -> TableSheetOpening {
    let table = String(name.dropLast(4))
    if let single = workbooks.single {
      return .sheet(openSheet(single, table, columns: columns, onlySheetWillDo: false))
    }
    let bookName = table + Self.workbookExtension
    let bookPath = DatasetReader.path(directory, bookName)
    guard FileBytes.exists(bookPath) else { return .csv }
    if FileBytes.exists(DatasetReader.path(directory, name)) {
      problems.append(
        FileProblem(
          file: bookPath, line: 1, column: 1,
          message: "both \(name) and \(bookName) are here; a table comes from one file: remove one"))
      return .sheet(nil)
    }
    return .sheet(openSheet(bookPath, table, columns: columns, onlySheetWillDo: true))
  }

  enum TableSheetOpening {
    case csv
    case sheet(TableFileReader?)
  }

  /// The sheet named `table` of the book at `path` (or its only sheet, in a book of one table).
  private mutating func openSheet(_ path: String, _ table: String, columns: [String], onlySheetWillDo: Bool)
    -> TableFileReader?
  {
    guard let book = workbook(at: path, report: true) else { return nil }
    var sheet = book.sheet(named: table)
    if sheet == nil, onlySheetWillDo {
      let visible = book.sheets.filter { !$0.hidden }
      if visible.count == 1 { sheet = visible[0] }
    }
    guard let sheet else {
      let names = book.sheets.map { "'\($0.name)'" }.joined(separator: ", ")
      problems.append(
        FileProblem(
          file: path, line: 1, column: 1,
          message: "no sheet named '\(table)' (the workbook has \(names.isEmpty ? "no sheets" : names))"))
      return nil
    }
    var list = ProblemList(file: path, limit: DatasetReader.problemsPerFile, sheet: sheet.name)
    if sheet.hidden { notes.append("\(path)[\(sheet.name)]: the sheet is hidden; read all the same") }
    let handler: SheetHandler
    do {
      handler = try SheetChunks.parse(
        book, sheet.path,
        SheetHandler(sharedStrings: book.sharedStrings, dateStyles: book.dateStyles, date1904: book.date1904))
    } catch {
      problems.append(FileProblem(file: path, line: 1, column: 1, message: error.message, sheet: nil))
      return nil
    }
    let merges = SheetMerges(handler.merges, cells: handler.cells, sheet: "\(path)[\(sheet.name)]")
    for (cell, message) in merges.problems { list.add(line: cell.row, column: cell.column, message) }
    notes += merges.notes
    for (cell, message) in handler.problems { list.add(line: cell.row, column: cell.column, message) }
    if handler.stop {
      problems += list.problems
      return nil
    }
    let text = SheetText(cells: handler.cells, reported: handler.problems.map(\.0))
    return TableFileReader(sheet: text, columns: columns, problems: list)
  }

  /// The workbook at `path`, opened once per load; nil (reported when `report`) if it cannot be.
  mutating func workbook(at path: String, report: Bool) -> XlsxWorkbook? {
    if let known = workbooks.opened[path] { return known }
    do {
      let book = try XlsxWorkbook(bytes: FileBytes.read(path))
      workbooks.opened[path] = book
      return book
    } catch let error as XlsxPackage.Failure {
      if report { problems.append(FileProblem(file: path, line: 1, column: 1, message: error.message)) }
    } catch let error as FileBytes.Failure {
      if report { problems.append(FileProblem(file: path, line: 1, column: 1, message: error.message)) }
    } catch {
      if report { problems.append(FileProblem(file: path, line: 1, column: 1, message: "\(error)")) }
    }
    workbooks.opened[path] = .some(nil)
    return nil
  }
}
