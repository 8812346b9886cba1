import Foundation
import Testing

@testable import AnvisKit

/// How a sheet's cells become the table reader's text: quotes, line breaks and escapes in
/// shared and inline strings, cells that name a column twice, and merged cells in and beside
/// the table.
@Suite struct SheetReadingTests {
  typealias R = XlsxReaderTests

  static func areasHeader() -> String { WorkbookMaker.row(1, "id", "name", "status") }

  @Test func textKeepsQuotesLineBreaksAndEscapesAndRowsStayRight() throws {
    var maker = WorkbookMaker()
    maker.sharedStrings = ["say \"hi\"", "two&#10;lines", "a_x000D_b", "x_x005F_x0041_", "ordinary"]
    let rows = [
      "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a-01</t></is></c><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>4</v></c></row>",
      "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>a-02</t></is></c><c r=\"B3\" t=\"s\"><v>1</v></c><c r=\"C3\" t=\"s\"><v>4</v></c></row>",
      "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>a-03</t></is></c><c r=\"B4\" t=\"s\"><v>2</v></c><c r=\"C4\" t=\"s\"><v>4</v></c></row>",
      // The same column twice: the first is read.
      "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>a-04</t></is></c><c r=\"B5\" t=\"s\"><v>3</v></c><c r=\"B5\" t=\"s\"><v>1</v></c><c r=\"C5\" t=\"s\"><v>4</v></c></row>",
      "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>a-05</t></is></c><c r=\"B6\" t=\"inlineStr\"><is><t>&lt;&quot;q&quot;&gt;</t></is></c><c r=\"C6\" t=\"s\"><v>4</v></c></row>",
    ]
    maker.sheet("areas", "<sheetData>" + Self.areasHeader() + rows.joined() + "</sheetData>")
    var bad = maker
    bad.sheets[0].data = bad.sheets[0].data.replacingOccurrences(
      of: "<c r=\"C6\" t=\"s\"><v>4</v></c>", with: "<c r=\"C6\" t=\"inlineStr\"><is><t>nowhere</t></is></c>")
    let problems = R.problems(try R.load(replacing: "areas", with: bad))
    // After a cell holding a line break, the messages still name the sheet's row.
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix("areas.xlsx[areas]!C6: ") == true)
    #expect(try R.load(replacing: "areas", with: maker).get().areas.count == 5)
    let book = try XlsxWorkbook(bytes: maker.bytes())
    let handler = try XlsxWorkbook.parse(
      book.package, try #require(book.sheet(named: "areas")).path,
      SheetHandler(sharedStrings: book.sharedStrings, dateStyles: book.dateStyles, date1904: false))
    let names = handler.cells.rows.dropFirst().map { handler.cells.string(row: $0, column: 2) }
    #expect(names == ["say \"hi\"", "two\nlines", "a\rb", "x_x0041_", "<\"q\">"])
  }

  @Test func mergedCellsAmongTheRowsAreRefusedAndBesideTheTableNoted() throws {
    var maker = WorkbookMaker()
    let rows = (2...4).map { WorkbookMaker.row($0, "t-0\($0 - 1)", "CTI", "60", "5\($0)") }.joined()
    let merges = ["B2:B3", "G1:H1", "A9:D9"].map { "<mergeCell ref=\"\($0)\"/>" }.joined()
    maker.sheet(
      "teams",
      "<sheetData>" + R.teamsHeader() + rows + "</sheetData><mergeCells count=\"3\">\(merges)</mergeCells>")
    #expect(R.problems(try R.load(replacing: "teams", with: maker)) == [
      "teams.xlsx[teams]!B2: merged cells B2:B3; a table needs one value in each cell: unmerge them"
    ])
    maker.sheets[0].data = maker.sheets[0].data.replacingOccurrences(of: "<mergeCell ref=\"B2:B3\"/>", with: "")
    let notes = try R.load(replacing: "teams", with: maker).get().notes
    #expect(notes.count == 2)
    #expect(notes.allSatisfy { $0.contains("teams.xlsx[teams]!") && $0.hasSuffix(": merged cells outside the table; left out") })
    #expect(notes.first?.contains("!G1:H1:") == true)
  }
}
