import Foundation

/// A SAX pass over one XML part: element starts with their attributes, text, element ends, by
/// local name (namespace prefixes dropped from element names; attribute names as written, e.g.
/// `r:id`). Names, attribute values and text are views of the part's bytes (`XMLBytes`), valid
/// only during the call that hands them out: a handler copies what it keeps, and makes no
/// `String` or `Dictionary` for what it only looks at. Chosen over SWXMLHash and XMLCoder,
/// which build a tree or decode on top of libxml2, and over Foundation's `XMLParser`, whose
/// per-event bridging made loading the aalborg workbook 22× slower than its csv files.
///
/// A handler is a value the pass mutates in place (`inout`): a class's stored properties would
/// cost a run-time exclusivity check on every access, a third of the time on a large sheet.
protocol XMLEventHandler {
  mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes)
  /// Text with its references replaced and line ends normalised (a run of text may come in
  /// several calls, split by comments or CDATA sections).
  mutating func text(_ text: XMLBytes)
  mutating func end(_ name: XMLBytes)
  /// Set to stop the pass early (a limit was hit); the handler already reported why.
  var stop: Bool { get }
  /// A `<c>` element of a plain row holding only `<v>text</v>` (`XMLScanner+Rows`): by default
  /// its events one by one, as the general pass hands them out.
  mutating func valueCell(_ cell: XMLTag, _ v: XMLTag, _ text: XMLBytes)
}

/// A start tag's local name and attributes.
struct XMLTag {
  var name: XMLBytes
  var attributes: XMLAttributes
}

extension XMLEventHandler {
  mutating func valueCell(_ cell: XMLTag, _ v: XMLTag, _ text: XMLBytes) {
    start(cell.name, cell.attributes)
    if stop { return }
    start(v.name, v.attributes)
    if stop { return }
    // The general pass hands out no text for `<v></v>`, and looks at `stop` after tags only.
    if !text.isEmpty { self.text(text) }
    end(v.name)
    if stop { return }
    end(cell.name)
  }
}

enum XMLEvents {
  /// Runs `handler` over `data`; a message with the line and column when the XML is malformed.
  /// A document type declaration is refused (no entity expansion, no external entities).
  static func parse(_ data: Data, _ handler: inout some XMLEventHandler) -> String? {
    data.withUnsafeBytes { raw -> String? in
      parse(UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count), &handler)
    }
  }

  static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ handler: inout some XMLEventHandler) -> String? {
    var scanner = XMLScanner(bytes: bytes)
    do throws(XMLScanError) {
      try scanner.run(&handler)
      return nil
    } catch {
      return "\(error.message) at line \(scanner.line(of: error.offset)), column \(scanner.column(of: error.offset))"
    }
  }
}

/// What is wrong with the XML and where (a byte offset).
struct XMLScanError: Error {
  var message: String
  var offset: Int
}

/// A run of bytes of the part being read: a name, text, or an attribute's value.
struct XMLBytes {
  let bytes: UnsafeBufferPointer<UInt8>

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    self.bytes = UnsafeBufferPointer(rebasing: bytes[range])
  }

  var count: Int { bytes.count }
  var isEmpty: Bool { bytes.isEmpty }
  var string: String { String(decoding: bytes, as: UTF8.self) }

  /// Whether the bytes spell `text` exactly.
  @inline(__always)
  func `is`(_ text: StaticString) -> Bool {
    let n = text.utf8CodeUnitCount
    guard bytes.count == n else { return false }
    let other = text.utf8Start
    for k in 0..<n where bytes[k] != other[k] { return false }
    return true
  }

  /// A non-negative decimal number of at most 18 digits, nil for anything else.
  var int: Int? {
    guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
    var n = 0
    for b in bytes {
      let d = b &- UInt8(ascii: "0")
      guard d < 10 else { return nil }
      n = n &* 10 &+ Int(d)
    }
    return n
  }
}

/// The attributes of a start tag, read in place: the scanner has checked their syntax and
/// references; a value is decoded only when asked for (`string`).
struct XMLAttributes: Sequence {
  /// The bytes between the element's name and the tag's end.
  let region: XMLBytes

  /// The raw value of the attribute named `name` as written (`r`, `r:id`); nil when absent.
  subscript(_ name: StaticString) -> XMLAttributeValue? {
    for (key, value) in self where key.is(name) { return value }
    return nil
  }

  func makeIterator() -> Iterator { Iterator(bytes: region.bytes) }

  struct Iterator: IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    mutating func next() -> (name: XMLBytes, value: XMLAttributeValue)? {
      while i < bytes.count, XMLScanner.isSpace(bytes[i]) { i += 1 }
      guard i < bytes.count else { return nil }
      let nameStart = i
      while i < bytes.count, bytes[i] != UInt8(ascii: "="), !XMLScanner.isSpace(bytes[i]) { i += 1 }
      let name = XMLBytes(bytes, nameStart..<i)
      while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "'") { i += 1 }
      guard i < bytes.count else { return nil }
      let quote = bytes[i]
      i += 1
      let valueStart = i
      while i < bytes.count, bytes[i] != quote { i += 1 }
      let value = XMLAttributeValue(raw: XMLBytes(bytes, valueStart..<Swift.min(i, bytes.count)))
      i += 1
      return (name, value)
    }
  }
}

/// An attribute's value as written; `string` replaces references and normalises white space.
struct XMLAttributeValue {
  let raw: XMLBytes

  var string: String {
    var out: [UInt8] = []
    guard (try? XMLScanner.decode(raw.bytes, attribute: true, into: &out)) != nil else { return raw.string }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether the value is `text` (compared as written: the names and flags Excel writes hold
  /// no references).
  func `is`(_ text: StaticString) -> Bool { raw.is(text) || (needsDecoding && string == text.description) }

  /// A non-negative decimal number, nil for anything else.
  var int: Int? { raw.int ?? (needsDecoding ? Int(string) : nil) }

  /// Hands `body` the decoded bytes: the raw ones when they hold no reference.
  func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    guard needsDecoding else { return body(raw.bytes) }
    var text = string
    return text.withUTF8 { body($0) }
  }

  private var needsDecoding: Bool { raw.bytes.contains { $0 == UInt8(ascii: "&") || $0 < 0x20 } }
}
