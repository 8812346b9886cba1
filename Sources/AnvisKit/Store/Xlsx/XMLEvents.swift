import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A SAX pass over one XML part with Foundation's `XMLParser` (libxml2 underneath): element
/// starts with their attributes, text, element ends, by local name (namespace prefixes dropped).
/// Chosen over SWXMLHash and XMLCoder, which build a tree or decode on top of the same parser:
/// a sheet is read in one pass without holding its XML as objects.
protocol XMLEventHandler: AnyObject {
  func start(_ name: String, _ attributes: [String: String])
  func text(_ text: String)
  func end(_ name: String)
  /// Set to stop the pass early (a limit was hit); the handler already reported why.
  var stop: Bool { get }
}

enum XMLEvents {
  /// Runs `handler` over `data`; the parser's error message when the XML is malformed.
  static func parse(_ data: Data, _ handler: some XMLEventHandler) -> String? {
    let parser = XMLParser(data: data)
    let delegate = Delegate(handler)
    parser.delegate = delegate
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    // FoundationXML on Linux may report an internal error after the root element of a large
    // document has closed; the document was read whole by then, so that is no failure.
    if parser.parse() || handler.stop || delegate.closedRoot { return nil }
    let at = "line \(parser.lineNumber), column \(parser.columnNumber)"
    return parser.parserError.map { "\($0) at \(at)" } ?? "malformed XML at \(at)"
  }

  private final class Delegate<H: XMLEventHandler>: NSObject, XMLParserDelegate {
    let handler: H
    private var depth = 0
    private(set) var closedRoot = false
    init(_ handler: H) { self.handler = handler }

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
      depth += 1
      handler.start(elementName, attributeDict)
      if handler.stop { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { handler.text(string) }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
      depth -= 1
      if depth == 0 { closedRoot = true }
      handler.end(elementName)
    }
  }
}
