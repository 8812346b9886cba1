import Foundation
import TestSupport
import Testing

@testable import AnvisKit

/// Workbooks through the binary: `.once`/`.output FILE.xlsx`, `results FILE.xlsx`, `anvis
/// convert`, and `--data`/`validate` on a workbook.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct XlsxEndToEndTests {
  let folder: TemporaryFolder
  let data: String

  init() throws {
    folder = try TemporaryFolder()
    data = try TinyDataSet.write(to: folder.path + "/tiny")
  }

  /// Permission bits of `path`.
  static func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int ?? 0) & 0o777
  }

  @Test func onceAndOutputWriteWorkbooksOfOwnerOnlyMode() throws {
    let once = folder.path + "/once.xlsx"
    let output = folder.path + "/all.xlsx"
    let r = try AnvisBinary.run(
      ["--data", data], stdin: ".once \(once)\nunits | where rent < 4000\n.output \(output)\nunits | count\ncases | take 2\n.output\n")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try Self.mode(once) == 0o600)
    #expect(try Self.mode(output) == 0o600)
    // A workbook written by anvis is a data set's table to anvis too: read `once.xlsx` back as units.
    let copy = folder.path + "/copy"
    try FileManager.default.copyItem(atPath: data, toPath: copy)
    try FileManager.default.removeItem(atPath: copy + "/units.csv")
    try FileManager.default.copyItem(atPath: once, toPath: copy + "/units.xlsx")
    let v = try AnvisBinary.run(["validate", copy])
    // The result carries the joined columns (organisation, area, …) a data set's units lack.
    #expect(v.stdout.contains("unknown column 'organisation'"), "\(v.stdout)")
    #expect(v.stdout.contains("copy/units.xlsx[result]!"), "\(v.stdout)")
  }

  @Test func convertValidateAndOpenAWorkbookDataSet() throws {
    let books = folder.path + "/books"
    let c = try AnvisBinary.run(["convert", data, "--to", "xlsx", "--out", books])
    #expect(c.status == 0, "\(c.stderr)")
    #expect(FileManager.default.fileExists(atPath: books + "/units.xlsx"))
    let v = try AnvisBinary.run(["validate", books])
    #expect(v.status == 0, "\(v.stdout)\(v.stderr)")
    #expect(v.stdout.hasPrefix("ok: Tiny"))
    let q = try AnvisBinary.run(["--data", books, "-c", "units | count"])
    #expect(q.status == 0, "\(q.stderr)")
    #expect(q.stdout == "count\n-----\n    3\n")
    let back = folder.path + "/back"
    #expect(try AnvisBinary.run(["convert", books, "--to", "csv", "--out", back]).status == 0)
    for name in ["units.csv", "cases.csv", "anvis.toml"] {
      #expect(FileManager.default.contents(atPath: back + "/" + name) == FileManager.default.contents(atPath: data + "/" + name))
    }
  }

  @Test func resultsWritesTheScenarioWithLeversAndRun() throws {
    let book = folder.path + "/results.xlsx"
    let none = try AnvisBinary.run(["--data", data, "-c", "results \(book)"])
    #expect(none.status == 1)
    #expect(none.stderr.contains("scenario baseline has no results yet; run `simulate` first"))
    let r = try AnvisBinary.run(["--data", data, "-c", "simulate months 2 runs 2 seed 3", "-c", "results \(book)"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try Self.mode(book) == 0o600)
    let workbook = try XlsxWorkbook(bytes: FileBytes.read(book))
    #expect(workbook.sheets.map(\.name) == ScenarioWorkspace.simulationTableNames + ["levers", "run"])
  }

  @Test func aHiddenTableSheetIsNotedOnStandardErrorWhenLoading() throws {
    let books = folder.path + "/books"
    #expect(try AnvisBinary.run(["convert", data, "--to", "xlsx", "--out", books]).status == 0)
    // teams.xlsx again, its one sheet hidden.
    let path = books + "/teams.xlsx"
    let package = try XlsxPackage(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    let names = [
      "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
      "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml",
    ]
    let parts = try names.map { name throws -> (String, [UInt8]) in
      let text = String(decoding: try package.part(name), as: UTF8.self)
      return (name, Array(text.replacingOccurrences(of: "<sheet name=", with: "<sheet state=\"hidden\" name=").utf8))
    }
    try Data(try XlsxWriter.zip(parts)).write(to: URL(fileURLWithPath: path))
    let q = try AnvisBinary.run(["--data", books, "-c", "teams | count"])
    #expect(q.status == 0, "\(q.stderr)")
    #expect(q.stdout == "count\n-----\n    1\n")
    #expect(q.stderr == "note: \(books)/teams.xlsx[teams]: the sheet is hidden; read all the same\n")
  }
}
