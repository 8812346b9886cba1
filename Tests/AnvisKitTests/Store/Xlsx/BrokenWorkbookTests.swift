import Foundation
import Testing

@testable import AnvisKit

/// The broken-workbook corpus: each case and the exact message it gets. Nothing is loaded.
@Suite("Broken workbooks")
struct BrokenWorkbookTests {
  typealias R = XlsxReaderTests

  /// The tiny fixture with `units.xlsx` (raw bytes) in place of `units.csv`.
  static func problems(units bytes: [UInt8]) throws -> [String] {
    let scratch = try ScratchDataset()
    try FileManager.default.removeItem(atPath: scratch.path("units.csv"))
    try Data(bytes).write(to: URL(fileURLWithPath: scratch.path("units.xlsx")))
    do {
      _ = try DatasetReader.load(from: scratch.directory)
      return []
    } catch {
      return R.problems(.failure(error))
    }
  }

  @Test func notAZip() throws {
    #expect(try Self.problems(units: Array("id,department\n".utf8)) == [
      "units.xlsx:1:1: not an Excel workbook: the file is not a zip archive (save it as .xlsx, 'Excel Workbook')"
    ])
  }

  @Test func aZipWithoutAWorkbook() throws {
    let zip = try XlsxWriter.zip([("hello.txt", Array("hello".utf8))])
    #expect(try Self.problems(units: zip) == [
      "units.xlsx:1:1: not an Excel workbook: the zip holds no xl/workbook.xml (save it as .xlsx, 'Excel Workbook')"
    ])
  }

  /// `bytes` with the CRC-32 the zip's central directory holds for `path` changed.
  static func damagingChecksum(of path: String, in bytes: [UInt8]) -> [UInt8] {
    var bytes = bytes
    let name = Array(path.utf8)
    for at in 0..<(bytes.count - 46)
    where bytes[at..<(at + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02])
      && Int(bytes[at + 28]) | Int(bytes[at + 29]) << 8 == name.count
      && bytes[(at + 46)..<(at + 46 + name.count)].elementsEqual(name)
    {
      bytes[at + 16] ^= 0xFF
    }
    return bytes
  }

  /// Every part is checked against the CRC-32 the zip holds: in a book of one sheet (read on
  /// two cores) and in a book of several.
  @Test func aPartThatFailsItsChecksum() throws {
    let damaged = "units.xlsx:1:1: the workbook's xl/worksheets/sheet1.xml is damaged and cannot be unpacked"
    var maker = WorkbookMaker()
    maker.sheet("units", "<sheetData/>")
    let sheet = "xl/worksheets/sheet1.xml"
    #expect(try Self.problems(units: Self.damagingChecksum(of: sheet, in: maker.bytes())) == [damaged])
    maker.sheet("notes", "<sheetData/>")
    #expect(try Self.problems(units: Self.damagingChecksum(of: sheet, in: maker.bytes())) == [damaged])
    #expect(try Self.problems(units: maker.bytes()) != [damaged])
  }

  @Test func aMissingSheet() throws {
    var maker = WorkbookMaker()
    maker.sheet("Ark1", "<sheetData/>")
    maker.sheet("Ark2", "<sheetData/>")
    #expect(try Self.problems(units: maker.bytes()) == [
      "units.xlsx:1:1: no sheet named 'units' (the workbook has 'Ark1', 'Ark2')"
    ])
  }

  @Test func aFormulaWithoutAValue() throws {
    var maker = WorkbookMaker()
    let row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>t-01</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>CTI</t></is></c><c r=\"C2\"><f>SUM(X1:X9)</f></c><c r=\"D2\"><v>52</v></c></row>"
    maker.sheet("teams", "<sheetData>" + R.teamsHeader() + row + "</sheetData>")
    #expect(R.problems(try R.load(replacing: "teams", with: maker)) == [
      "teams.xlsx[teams]!C2: a formula without a cached value (=SUM(X1:X9)); open the workbook in Excel or LibreOffice and save it, so that its results are stored"
    ])
  }

  @Test func aDateAsText() throws {
    var maker = WorkbookMaker()
    let header = WorkbookMaker.row(1, DatasetReader.Columns.cases.joined(separator: "|"))
      .replacingOccurrences(of: "|", with: "</t></is></c><c t=\"inlineStr\"><is><t>")
    let values = [
      "c-0001", "19", "1", "shelter", "snart", "su", "6545", "CTI", "false", "false", "false", "false", "false",
      "true", "false", "false",
    ]
    var row = "<row r=\"2\">"
    for (i, v) in values.enumerated() {
      row += "<c r=\"\(CellReference.letters(i + 1))2\" t=\"inlineStr\"><is><t>\(v)</t></is></c>"
    }
    maker.sheet("cases", "<sheetData>" + header + row + "</row></sheetData>")
    #expect(R.problems(try R.load(replacing: "cases", with: maker)) == [
      "cases.xlsx[cases]!E2: expected a date, found 'snart'"
    ])
  }

  @Test func aMergedHeader() throws {
    var maker = WorkbookMaker()
    let header = WorkbookMaker.row(1, "id", "", "capacity", "caseload")
    maker.sheet("teams", "<sheetData>" + header + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>")
    let problems = R.problems(try R.load(replacing: "teams", with: maker))
    #expect(problems.first == "teams.xlsx[teams]!A1: merged cells A1:B1; a table needs one value in each cell: unmerge them")
    #expect(problems.contains("teams.xlsx[teams]!A1: missing column: method"))
  }

  @Test func aCPRNumberIsRefusedAndMasked() throws {
    var maker = WorkbookMaker()
    let row = WorkbookMaker.row(2, "010190-1234", "CTI", "60", "52")
    maker.sheet("teams", "<sheetData>" + R.teamsHeader() + row + "</sheetData>")
    let problems = R.problems(try R.load(replacing: "teams", with: maker))
    #expect(problems == [
      "teams.xlsx[teams]!A2: looks like a CPR number (01 01 90-****); personal identity numbers are refused"
    ])
    #expect(!problems.joined().contains("1234"))
  }

  @Test func aSheetOfTwoMillionRows() throws {
    var data = "<sheetData>" + WorkbookMaker.row(1, "id")
    data += String(repeating: "<row/>", count: 2_000_000)
    var maker = WorkbookMaker()
    maker.sheet("units", data + "</sheetData>")
    #expect(try Self.problems(units: maker.bytes()) == [
      "units.xlsx[units]!A1048577: the sheet has more than 1,048,576 rows, more than Excel allows; split the table or load it as csv"
    ])
  }
}
