import Foundation
import Testing

@testable import AnvisKit

/// A sheet read in pieces on all cores gives what one pass gives, or is refused (and then read
/// in one pass) when a cut could mislead it.
@Suite struct SheetChunksTests {
  static let handler = SheetHandler(sharedStrings: SharedStringTable(), dateStyles: [false, false, true], date1904: false)

  static func row(_ r: Int, number: Bool = true) -> String {
    let cells = [
      "<c r=\"A\(r)\"><v>\(r)</v></c>",
      "<c r=\"B\(r)\" t=\"inlineStr\"><is><t>x\(r) &amp; \"y\"</t></is></c>",
      r % 7 == 0 ? "<c r=\"C\(r)\" t=\"e\"><v>#N/A</v></c>" : "<c r=\"C\(r)\" s=\"2\"><v>\(40000 + r)</v></c>",
      r % 11 == 0 ? "<c r=\"D\(r)\"><f>A\(r)*2</f></c>" : "<c r=\"D\(r)\" t=\"b\"><v>1</v></c>",
    ]
    return (number ? "<row r=\"\(r)\">" : "<row>") + cells.joined() + "</row>"
  }

  static func sheet(_ rows: String, after: String = "<mergeCells count=\"1\"><mergeCell ref=\"F1:G1\"/></mergeCells>")
    -> String
  {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<x:worksheet xmlns:x=\"urn:s\"><x:dimension ref=\"A1\"/><x:sheetData>"
      .replacingOccurrences(of: "x:", with: "") + rows + "</sheetData>" + after + "</worksheet>"
  }

  static func rows(_ range: ClosedRange<Int>) -> String { range.map { row($0) }.joined() }

  /// One pass: the handler and the XML error.
  static func serial(_ xml: String) -> (SheetHandler, String?) {
    var handler = Self.handler
    let error = XMLEvents.parse(Data(xml.utf8), &handler)
    return (handler, error)
  }

  static func pieces(_ xml: String) -> SheetHandler? {
    Array(xml.utf8).withUnsafeBufferPointer { SheetChunks.read($0, Self.handler, smallest: 256, most: 4) }
  }

  static func same(_ a: SheetHandler, _ b: SheetHandler) -> Bool {
    a.cells.text == b.cells.text && a.cells.cells == b.cells.cells && a.cells.rows == b.cells.rows
      && a.problems.map { "\($0.0.text): \($0.1)" } == b.problems.map { "\($0.0.text): \($0.1)" }
      && a.merges == b.merges && a.stop == b.stop
  }

  @Test func piecesGiveWhatOnePassGives() throws {
    let xml = Self.sheet(Self.rows(1...300))
    let (one, error) = Self.serial(xml)
    #expect(error == nil)
    let read = try #require(Self.pieces(xml))
    #expect(Self.same(read, one))
    #expect(read.cells.rows.count == 300)
    #expect(read.problems.count == 42 + 27)
    #expect(read.merges == ["F1:G1"])
  }

  @Test func aCutInsideACommentIsRefused() {
    let comment = "<!--" + String(repeating: "<row r=\"9\"><c/></row>", count: 200) + "-->"
    let xml = Self.sheet(Self.rows(1...20) + comment + Self.rows(21...40))
    #expect(Self.serial(xml).1 == nil)
    #expect(Self.pieces(xml) == nil)
  }

  @Test func rowsWithoutTheirNumberAreRefused() {
    let xml = Self.sheet((1...300).map { Self.row($0, number: $0 < 5) }.joined())
    #expect(Self.serial(xml).1 == nil)
    #expect(Self.pieces(xml) == nil)
  }

  @Test func malformedXMLIsLeftToOnePass() {
    let xml = Self.sheet(Self.rows(1...200) + "<row r=\"201\"><c></row>" + Self.rows(202...300))
    #expect(Self.serial(xml).1 != nil)
    #expect(Self.pieces(xml) == nil)
    #expect(Self.pieces(Self.sheet(Self.rows(1...300), after: "<x>")) == nil)
  }

  @Test func aSheetTooLongStopsWhereOnePassStops() throws {
    let xml = Self.sheet(Self.rows(1...150) + Self.row(CellReference.maxRows + 1) + Self.rows(152...300) + "<bad")
    let (one, error) = Self.serial(xml)
    #expect(error == nil)
    #expect(one.stop)
    let read = try #require(Self.pieces(xml))
    #expect(Self.same(read, one))
  }
}
