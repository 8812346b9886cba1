import Foundation
import Testing

@testable import AnvisKit

/// The XML reader under the workbook parts: events, references, line ends and its refusals.
@Suite struct XMLScannerTests {
  struct Recorder: XMLEventHandler {
    var events: [String] = []
    var stop = false
    mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes) {
      let pairs = attributes.map { ($0.name.string, $0.value.string) }.sorted { $0.0 < $1.0 }
      events.append("<\(name.string)" + pairs.map { " \($0.0)=\($0.1)" }.joined() + ">")
    }
    mutating func text(_ text: XMLBytes) { events.append("'\(text.string)'") }
    mutating func end(_ name: XMLBytes) { events.append("</\(name.string)>") }
  }

  static func events(_ xml: String) -> (events: [String], error: String?) {
    var recorder = Recorder()
    let error = XMLEvents.parse(Data(xml.utf8), &recorder)
    return (recorder.events, error)
  }

  @Test func elementsAttributesAndTextByLocalName() {
    let (events, error) = Self.events(
      "<?xml version=\"1.0\"?>\n<x:sheet xmlns:x=\"u\"><c r=\"A1\" t='s'><v>0</v></c><br/></x:sheet>\n")
    #expect(error == nil)
    #expect(events == ["<sheet xmlns:x=u>", "<c r=A1 t=s>", "<v>", "'0'", "</v>", "</c>", "<br>", "</br>", "</sheet>"])
  }

  @Test func referencesCDATACommentsAndLineEnds() {
    let xml = "<t a=\"x&amp;y&#10;z\tw\">a &lt;b&gt; &quot;&apos; &#x00E6;&#248;\r\nc<!-- no --><![CDATA[<raw>&amp;]]></t>"
    let (events, error) = Self.events(xml)
    #expect(error == nil)
    #expect(events == ["<t a=x&y\nz w>", "'a <b> \"' æø\nc'", "'<raw>&amp;'", "</t>"])
  }

  @Test func spaceInsideTextIsKept() {
    #expect(Self.events("<t xml:space=\"preserve\">  </t>").events == ["<t xml:space=preserve>", "'  '", "</t>"])
  }

  @Test(arguments: [
    ("<a><b></a>", "unexpected end tag </a> at line 1, column 7"),
    ("<a>\n<b>", "unclosed element <b> at line 2, column 4"),
    ("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", "a document type declaration is not allowed at line 1, column 1"),
    ("<a>&e;</a>", "unknown entity reference &e; at line 1, column 4"),
    ("<a b=c/>", "expected a quoted value for b at line 1, column 6"),
    ("", "no root element at line 1, column 1"),
    ("<a/><b/>", "content after the root element at line 1, column 5"),
    // Rows the plain-row reader looks at first, left to the general pass.
    ("<s><row r=\"1\"><c><v>1</v></x></row></s>", "unexpected end tag </x> at line 1, column 26"),
    ("<s><row r=\"1\"><c t=\"&q;\"/></row></s>", "unknown entity reference &q; at line 1, column 21"),
    ("<s><row r=\"1\"><c r=A1/></row></s>", "expected a quoted value for r at line 1, column 20"),
    ("<s><row r=\"1\"><c><v>1</v></c>", "unclosed element <row> at line 1, column 30"),
  ])
  func malformedXMLSaysWhatAndWhere(xml: String, message: String) {
    #expect(Self.events(xml).error == message)
  }

  /// Plain rows are read in one go (`XMLScanner+Rows`), with the events the general pass
  /// hands out: white space, empty and self-closing cells; a row with a reference, an inline
  /// string or a carriage return goes the general way.
  @Test func plainRowsGiveTheEventsOfTheGeneralPass() {
    let xml =
      "<sheetData>\n<row r=\"1\" spans=\"1:3\"> <c r=\"A1\" t='s'><v>0</v></c><c r=\"B1\"/><c><v></v></c>"
      + "<c s=\"2\">\n<v>7</v> </c></row><row r=\"2\"><c><v>a&amp;b</v></c></row>"
      + "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row><row r=\"4\"><c>\r\n<v>1</v></c></row></sheetData>"
    let (events, error) = Self.events(xml)
    #expect(error == nil)
    #expect(events == [
      "<sheetData>", "'\n'", "<row r=1 spans=1:3>", "' '", "<c r=A1 t=s>", "<v>", "'0'", "</v>", "</c>", "<c r=B1>",
      "</c>", "<c>", "<v>", "</v>", "</c>", "<c s=2>", "'\n'", "<v>", "'7'", "</v>", "' '", "</c>", "</row>",
      "<row r=2>", "<c>", "<v>", "'a&b'", "</v>", "</c>", "</row>", "<row>", "<c t=inlineStr>", "<is>", "<t>", "'x'",
      "</t>", "</is>", "</c>", "</row>", "<row r=4>", "<c>", "'\n'", "<v>", "'1'", "</v>", "</c>", "</row>",
      "</sheetData>",
    ])
  }

  @Test func aHandlerCanStopThePass() {
    struct StopAtFirst: XMLEventHandler {
      var seen = 0
      var stop: Bool { seen > 0 }
      mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes) { seen += 1 }
      func text(_ text: XMLBytes) {}
      func end(_ name: XMLBytes) {}
    }
    var handler = StopAtFirst()
    #expect(XMLEvents.parse(Data("<a><b/><c/>".utf8), &handler) == nil)
    #expect(handler.seen == 1)
  }
}
