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
  ])
  func malformedXMLSaysWhatAndWhere(xml: String, message: String) {
    #expect(Self.events(xml).error == message)
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
