import Foundation
import Testing

@testable import AnvisKit

/// Tables read from workbooks: values as Excel stores them, one workbook as a whole data set,
/// and the csv round trip of `examples/aalborg` through workbooks.
@Suite("Xlsx reader")
struct XlsxReaderTests {
  /// The tiny fixture with `table.csv` replaced by `table.xlsx` holding `maker`'s workbook.
  static func load(replacing table: String, with maker: WorkbookMaker) throws -> Result<Dataset, StoreError> {
    let scratch = try ScratchDataset()
    try FileManager.default.removeItem(atPath: scratch.path(table + ".csv"))
    try Data(maker.bytes()).write(to: URL(fileURLWithPath: scratch.path(table + ".xlsx")))
    do {
      return .success(try DatasetReader.load(from: scratch.directory))
    } catch {
      return .failure(error)
    }
  }

  /// The problems of a failed load, without the scratch folder's path.
  static func problems(_ result: Result<Dataset, StoreError>) -> [String] {
    guard case .failure(let failure) = result else { return [] }
    return failure.problems.map { p in
      var p = p
      p.file = String(p.file.split(separator: "/").last ?? "")
      return p.description
    }
  }

  static func teamsHeader() -> String { WorkbookMaker.row(1, "id", "method", "capacity", "caseload") }

  @Test func sharedAndInlineStringsFormulasWithCachedValuesAndHiddenSheets() throws {
    var maker = WorkbookMaker()
    maker.sharedStrings = ["t-01", "t-02", "t-03", "CTI"]
    let rows = [
      // Shared strings, a formula with its cached value, a whole number stored as 52.0.
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>3</v></c><c r=\"C2\"><f>50+10</f><v>60</v></c><c r=\"D2\"><v>52.0</v></c></row>",
      // Inline strings and a text cell holding a number.
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>ICM</t></is></c><c r=\"C3\" t=\"inlineStr\"><is><t>60</t></is></c><c r=\"D3\"><v>57</v></c></row>",
      // A string formula's cached value; trailing empty rows and columns are ignored.
      "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>2</v></c><c r=\"B4\" t=\"str\"><f>\"AC\"&amp;\"T\"</f><v>ACT</v></c><c r=\"C4\"><v>60</v></c><c r=\"D4\"><v>58</v></c></row>",
      "<row r=\"9\"></row><row r=\"10\"><c r=\"H10\" t=\"inlineStr\"><is><t></t></is></c></row>",
    ]
    maker.sheet("teams", "<sheetData>" + Self.teamsHeader() + rows.joined() + "</sheetData>", hidden: true)
    maker.sheet("other", "<sheetData/>")
    let dataset = try Self.load(replacing: "teams", with: maker).get()
    let tiny = try DatasetReader.load(from: TestFixtures.path("tiny"))
    #expect(dataset.teams == tiny.teams)
    #expect(dataset.notes.count == 1)
    #expect(dataset.notes.first?.hasSuffix("teams.xlsx[teams]: the sheet is hidden; read all the same") == true)
  }

  @Test func anIntegerFieldRefusesAFractionAndNamesTheCell() throws {
    var maker = WorkbookMaker()
    let row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>t-01</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>CTI</t></is></c><c r=\"C2\"><v>4500.5</v></c><c r=\"D2\"><v>4500.0</v></c></row>"
    maker.sheet("teams", "<sheetData>" + Self.teamsHeader() + row + "</sheetData>")
    #expect(Self.problems(try Self.load(replacing: "teams", with: maker)) == [
      "teams.xlsx[teams]!C2: expected an integer, found '4500.5'"
    ])
  }

  @Test(arguments: [
    (1, "1900-01-01"), (59, "1900-02-28"), (61, "1900-03-01"), (25_569, "1970-01-01"), (46_175, "2026-06-02"),
  ])
  func excelSerialsAreDays(serial: Int, day: String) {
    #expect(ExcelDate.day(serial: serial) == .day(Day(iso: day)!))
    #expect(ExcelDate.serial(of: Day(iso: day)!) == serial)
  }

  @Test func theInventedLeapDayAndThe1904SystemAreKnown() {
    #expect(ExcelDate.day(serial: 60) == .phantomLeapDay)
    #expect(ExcelDate.day(serial: 0) == .outOfRange)
    #expect(ExcelDate.day(serial: 0, date1904: true) == .day(Day(iso: "1904-01-01")!))
  }

  @Test func oneWorkbookWithAManifestSheetIsAWholeDataSet() throws {
    let tiny = try TestFixtures.path("tiny")
    var tables = [Self.manifestTable()]
    for name in DatasetReader.tableFiles {
      let bytes = try FileBytes.read(tiny + "/" + name)
      tables.append(DatasetConverter.sheetTable(name: String(name.dropLast(4)), csv: bytes))
    }
    let scratch = try ScratchFolder("xlsx-book")
    let book = scratch.file("book.xlsx")
    try AtomicFile.write(XlsxWriter.workbook(tables), to: book)
    let fromBook = try DatasetReader.load(from: book)
    StoreRoundTripTests.expectSameData(fromBook, try DatasetReader.load(from: tiny))
  }

  /// The tiny manifest as `key | value` rows.
  static func manifestTable() -> Table {
    let rows: [(String, String)] = [
      ("name", "Tiny (test fixture)"), ("as_of", "2026-11-01"), ("flow.inflow_per_month", "2"),
      ("flow.acceptance", "0.8"), ("flow.claim_days", "30"), ("flow.turnover.family", "0.104"),
      ("flow.turnover.youth", "0.399"), ("flow.turnover.senior", "0.08"), ("flow.turnover.skaev", "0.05"),
      ("flow.turnover.shared_room", "0.25"), ("flow.turnover.transition", "0.3"),
      ("levers.anvisning_share", "0.27"), ("levers.rent_cap", "3500"), ("levers.youth_claim", "false"),
      ("levers.area_restrictions", "true"),
    ]
    return Table(
      name: "anvis",
      columns: [
        Column(name: "key", storage: .string(rows.map(\.0))), Column(name: "value", storage: .string(rows.map(\.1))),
      ])
  }

  @Test func aalborgGoesToWorkbooksAndBackToTheSameBytes() throws {
    let aalborg = StoreRoundTripTests.root + "/examples/aalborg"
    let scratch = try ScratchFolder("xlsx-roundtrip")
    let books = scratch.file("xlsx")
    let back = scratch.file("csv")
    try DatasetConverter.convert(aalborg, to: .xlsx, out: books)
    #expect(FileManager.default.fileExists(atPath: books + "/units.xlsx"))
    #expect(!FileManager.default.fileExists(atPath: books + "/units.csv"))
    try DatasetConverter.convert(books, to: .csv, out: back)
    let original = try FileManager.default.contentsOfDirectory(atPath: aalborg).sorted()
    #expect(try FileManager.default.contentsOfDirectory(atPath: back).sorted() == original)
    for name in original {
      #expect(try FileBytes.read(back + "/" + name) == FileBytes.read(aalborg + "/" + name), "\(name)")
    }
  }
}
