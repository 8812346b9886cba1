import Foundation
import Testing

@testable import AnvisKit
import TestSupport

/// Real clients: workbooks anvis writes open in openpyxl with their types and convert to csv in
/// LibreOffice with the same values; workbooks openpyxl and LibreOffice write load in anvis.
/// Needs python3 with openpyxl and LibreOffice (`.ci/run` installs both).
@Suite("Xlsx clients", .serialized)
struct XlsxClientTests {
  static func succeeds(_ arguments: [String]) -> Bool { (try? run(arguments).status) == 0 }

  static let openpyxl = succeeds(["python3", "-c", "import openpyxl"])
  static let libreoffice = succeeds(["sh", "-c", "command -v soffice"])
  static let needs = "python3 with openpyxl (pip install openpyxl) and LibreOffice (apt-get install libreoffice-calc-nogui)"

  /// Runs a command; its status and what it printed (stdout and stderr together).
  @discardableResult
  static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = arguments
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// `soffice --headless --convert-to FORMAT` of `files` into `out`, with a profile of its own.
  /// CSV is read and written as UTF-8 separated by commas (filter options 44,34,76).
  static func libreOffice(_ format: String, _ files: [String], out: String, profile: String) throws {
    let csvOptions = "44,34,76,1"
    let target = format == "csv" ? "csv:Text - txt - csv (StarCalc):\(csvOptions)" : format
    let result = try run(
      ["soffice", "-env:UserInstallation=file://\(profile)", "--headless", "--infilter=CSV:\(csvOptions)",
        "--convert-to", target, "--outdir", out] + files)
    try #require(result.status == 0, "\(result.output)")
  }

  static func python(_ script: String, _ arguments: [String], in scratch: ScratchFolder) throws -> String {
    let path = scratch.file("script.py")
    try script.write(toFile: path, atomically: true, encoding: .utf8)
    let result = try run(["python3", path] + arguments)
    try #require(result.status == 0, "\(result.output)")
    return result.output
  }

  @Test(.enabled(if: RequiredTool.runs(openpyxl && libreoffice), "needs \(needs)"))
  func anvisWorkbooksOpenInOpenpyxlAndLibreOffice() throws {
    try #require(Self.openpyxl && Self.libreoffice, "needs \(Self.needs)")
    let tiny = try TestFixtures.path("tiny")
    let scratch = try ScratchFolder("xlsx-clients")
    let books = scratch.file("books")
    try DatasetConverter.convert(tiny, to: .xlsx, out: books)
    #expect(try Self.python(Self.checkTypes, [books], in: scratch) == "ok\n")
    // LibreOffice reads every value back: the csv it writes equals the fixture's, cell by cell.
    let csv = scratch.file("csv")
    try Self.libreOffice(
      "csv", DatasetReader.tableFiles.map { books + "/" + $0.dropLast(4) + ".xlsx" }, out: csv,
      profile: scratch.file("profile"))
    for name in DatasetReader.tableFiles {
      let theirs = try String(contentsOfFile: csv + "/" + name, encoding: .utf8)
      let ours = try String(contentsOfFile: tiny + "/" + name, encoding: .utf8)
      #expect(Self.cells(theirs) == Self.cells(ours), "\(name)")
    }
  }

  @Test(.enabled(if: RequiredTool.runs(openpyxl && libreoffice), "needs \(needs)"))
  func workbooksFromOpenpyxlAndLibreOfficeLoad() throws {
    try #require(Self.openpyxl && Self.libreoffice, "needs \(Self.needs)")
    let tiny = try TestFixtures.path("tiny")
    let expected = try DatasetReader.load(from: tiny)
    let scratch = try ScratchFolder("xlsx-clients")
    let profile = scratch.file("profile")
    // openpyxl: one workbook, typed cells, a hidden sheet, formulas it cannot compute.
    let folder = scratch.file("openpyxl")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    try FileManager.default.copyItem(atPath: tiny + "/anvis.toml", toPath: folder + "/anvis.toml")
    _ = try Self.python(Self.writeBook, [tiny, folder + "/book.xlsx"], in: scratch)
    do {
      _ = try DatasetReader.load(from: folder)
      Issue.record("a formula without a cached value loaded")
    } catch {
      #expect(error.problems.map(\.description) == ["C2", "C3", "C4"].map {
        "\(folder)/book.xlsx[teams]!\($0): a formula without a cached value (=50+10); open the workbook in Excel or LibreOffice and save it, so that its results are stored"
      })
    }
    // LibreOffice saves it again with the formulas' results: it loads, the hidden sheet noted.
    let saved = scratch.file("saved")
    try Self.libreOffice("xlsx", [folder + "/book.xlsx"], out: saved, profile: profile)
    try FileManager.default.copyItem(atPath: tiny + "/anvis.toml", toPath: saved + "/anvis.toml")
    let fromBook = try DatasetReader.load(from: saved)
    StoreRoundTripTests.expectSameData(fromBook, expected)
    #expect(fromBook.notes == ["\(saved)/book.xlsx[areas]: the sheet is hidden; read all the same"])
    // LibreOffice from csv: a folder of workbooks, one per table.
    let fromCSV = scratch.file("from-csv")
    try Self.libreOffice("xlsx", DatasetReader.tableFiles.map { tiny + "/" + $0 }, out: fromCSV, profile: profile)
    try FileManager.default.copyItem(atPath: tiny + "/anvis.toml", toPath: fromCSV + "/anvis.toml")
    StoreRoundTripTests.expectSameData(try DatasetReader.load(from: fromCSV), expected)
  }

  /// Rows of cells (read as anvis reads csv), numbers compared as numbers, booleans in any case.
  static func cells(_ csv: String) -> [[String]] {
    var reader = CSVReader(bytes: Array(csv.utf8))
    var fields: [CSVField] = []
    var rows: [[String]] = []
    while reader.nextRecord(into: &fields) {
      rows.append(
        fields.map { field in
          let s = reader.string(field)
          if let d = Double(s) { return SheetHandler.numberText(d) }
          return s.lowercased() == "true" || s.lowercased() == "false" ? s.lowercased() : s
        })
    }
    return rows
  }

  static let checkTypes = """
    import datetime, sys, openpyxl
    books = sys.argv[1]
    ws = openpyxl.load_workbook(books + "/cases.xlsx")["cases"]
    assert ws.freeze_panes == "A2", ws.freeze_panes
    assert ws.auto_filter.ref == "A1:P11", ws.auto_filter.ref
    assert all(c.font.b for c in ws[1])
    r = [c.value for c in ws[2]]
    assert r[0] == "c-0001", r
    assert r[1] == 19 and type(r[1]) is int, r
    assert r[4] == datetime.datetime(2026, 6, 2), r
    assert ws["E2"].number_format == "yyyy-mm-dd", ws["E2"].number_format
    assert r[6] == 6545, r
    assert r[8] is False and r[13] is True, r
    ws = openpyxl.load_workbook(books + "/units.xlsx")["units"]
    r = [c.value for c in ws[3]]
    assert r[5] == 4280.5 and r[9] is None, r
    assert ws.column_dimensions["A"].width >= 8
    print("ok")
    """

  /// The fixture's csv files as one workbook of typed cells; teams' capacity as formulas
  /// without values (openpyxl computes none); the areas sheet hidden.
  static let writeBook = """
    import csv, datetime, sys, openpyxl
    tiny, out = sys.argv[1], sys.argv[2]
    dates = {"registered", "vacant_since"}
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for table in ["areas", "organisations", "departments", "units", "cases", "teams"]:
        ws = wb.create_sheet(table)
        with open(f"{tiny}/{table}.csv", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        ws.append(rows[0])
        for row in rows[1:]:
            cells = []
            for name, v in zip(rows[0], row):
                if v == "":
                    cells.append(None)
                elif name in dates:
                    cells.append(datetime.datetime.strptime(v, "%Y-%m-%d"))
                elif v in ("true", "false"):
                    cells.append(v == "true")
                elif table == "teams" and name == "capacity":
                    cells.append("=50+10")
                else:
                    try:
                        cells.append(float(v) if "." in v else int(v))
                    except ValueError:
                        cells.append(v)
            ws.append(cells)
        if table == "areas":
            ws.sheet_state = "hidden"
    wb.save(out)
    """
}
