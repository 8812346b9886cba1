import Foundation

/// The byte-level XML reader behind `XMLEvents`: the subset of XML 1.0 that spreadsheet parts
/// use (elements, attributes, text, character and the five predefined entity references,
/// CDATA, comments, processing instructions), with line ends normalised as XML requires. It
/// makes no `String` per event: names, attributes and plain text are handed out in place, and
/// text with references is decoded into one reused buffer.
///
/// It can also read a part of the bytes (`init(bytes:from:to:open:)`) inside elements another
/// pass opened: a large sheet is read in pieces on all cores (`SheetChunks`).
struct XMLScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var i = 0
  /// Where the pass stops: `bytes.count`, or the end of the piece being read.
  let end: Int
  /// The qualified names of the open elements, as ranges of `bytes`: `open[..<depth]`.
  private var open: [Range<Int>] = []
  private var depth = 0
  /// Where the last name read (`name()`) starts after its last colon.
  private var localStart = 0
  private var sawRoot = false
  /// Decoded text, reused from one text event to the next.
  private var scratch: [UInt8] = []
  /// The events of the plain row being read (`XMLScanner+Rows`), reused from row to row.
  var rowEvents: [RowEvent] = []

  /// A pass over the document in `bytes`, stopping at `end` when given (a document's beginning).
  init(bytes: UnsafeBufferPointer<UInt8>, upTo end: Int? = nil) {
    self.bytes = bytes
    self.end = end ?? bytes.count
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
  }

  /// A pass over `bytes[start..<end]` inside the elements `open` (ranges of `bytes`), after
  /// the root element started.
  init(bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, open: [Range<Int>]) {
    self.bytes = bytes
    self.end = end
    i = start
    self.open = open
    depth = open.count
    sawRoot = true
  }

  /// The elements open where the pass stopped, outermost first.
  var openElements: [Range<Int>] { Array(open[..<depth]) }

  private static let lt = UInt8(ascii: "<")
  private static let gt = UInt8(ascii: ">")
  private static let amp = UInt8(ascii: "&")

  /// Reads the whole document: it must be one well-formed element.
  mutating func run(_ handler: inout some XMLEventHandler) throws(XMLScanError) {
    try scan(&handler)
    if handler.stop { return }
    if depth > 0 {
      throw XMLScanError(message: "unclosed element <\(XMLBytes(bytes, open[depth - 1]).string)>", offset: bytes.count)
    }
    if !sawRoot { throw XMLScanError(message: "no root element", offset: bytes.count) }
  }

  /// Reads up to the end of the piece (or until the handler stops), leaving elements open.
  mutating func scan(_ handler: inout some XMLEventHandler) throws(XMLScanError) {
    let count = end
    while i < count {
      if bytes[i] != Self.lt {
        let start = i
        var plain = true
        while i < count {
          let b = bytes[i]
          if b == Self.lt { break }
          if b == Self.amp || b == 0x0D { plain = false }
          i += 1
        }
        if depth > 0 { try text(start..<i, plain: plain, &handler) }
        continue
      }
      let next = i + 1 < count ? bytes[i + 1] : 0
      if next == UInt8(ascii: "/") {
        try endTag(&handler)
      } else if next == UInt8(ascii: "?") {
        i = try skip(past: "?>", from: i + 2, what: "processing instruction")
      } else if next == UInt8(ascii: "!") {
        if matches("<!--", at: i) {
          i = try skip(past: "-->", from: i + 4, what: "comment")
        } else if matches("<![CDATA[", at: i) {
          let start = i + 9
          i = try skip(past: "]]>", from: start, what: "CDATA section")
          if depth > 0 { handler.text(XMLBytes(bytes, start..<(i - 3))) }
        } else {
          throw XMLScanError(message: "a document type declaration is not allowed", offset: i)
        }
      } else {
        if sawRoot && depth == 0 { throw XMLScanError(message: "content after the root element", offset: i) }
        sawRoot = true
        if depth > 0, next == UInt8(ascii: "r"), plainRow(&handler) {
          // Read in one go, with the events the lines below would have handed out.
        } else {
          try startTag(&handler)
        }
      }
      if handler.stop { return }
    }
  }

  private mutating func text(_ range: Range<Int>, plain: Bool, _ handler: inout some XMLEventHandler) throws(XMLScanError) {
    if plain { return handler.text(XMLBytes(bytes, range)) }
    scratch.removeAll(keepingCapacity: true)
    do throws(XMLScanError) {
      try Self.decode(XMLBytes(bytes, range).bytes, attribute: false, into: &scratch)
    } catch {
      throw XMLScanError(message: error.message, offset: range.lowerBound + error.offset)
    }
    let decoded = scratch
    decoded.withUnsafeBufferPointer { handler.text(XMLBytes($0)) }
  }

  private mutating func startTag(_ handler: inout some XMLEventHandler) throws(XMLScanError) {
    i += 1
    let name = self.name()
    if name.isEmpty { throw XMLScanError(message: "expected an element name after '<'", offset: i) }
    let localName = XMLBytes(bytes, localStart..<name.upperBound)
    let attributesStart = i
    while true {
      skipSpace()
      guard i < end else {
        throw XMLScanError(message: "unclosed tag <\(XMLBytes(bytes, name).string)>", offset: i)
      }
      if bytes[i] == Self.gt {
        let attributes = XMLAttributes(region: XMLBytes(bytes, attributesStart..<i))
        i += 1
        if depth == open.count { open.append(name) } else { open[depth] = name }
        depth += 1
        handler.start(localName, attributes)
        return
      }
      if bytes[i] == UInt8(ascii: "/"), i + 1 < end, bytes[i + 1] == Self.gt {
        let attributes = XMLAttributes(region: XMLBytes(bytes, attributesStart..<i))
        i += 2
        handler.start(localName, attributes)
        if !handler.stop { handler.end(localName) }
        return
      }
      try attribute(of: name)
    }
  }

  /// Checks one `key="value"` (its references too), leaving it in place for `XMLAttributes`.
  private mutating func attribute(of element: Range<Int>) throws(XMLScanError) {
    let key = self.name()
    skipSpace()
    guard !key.isEmpty, i < end, bytes[i] == UInt8(ascii: "=") else {
      throw XMLScanError(message: "malformed attribute in <\(XMLBytes(bytes, element).string)>", offset: i)
    }
    i += 1
    skipSpace()
    guard i < end, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
      throw XMLScanError(message: "expected a quoted value for \(XMLBytes(bytes, key).string)", offset: i)
    }
    let quote = bytes[i]
    let start = i + 1
    i = start
    var plain = true
    while i < end, bytes[i] != quote {
      if bytes[i] == Self.amp { plain = false }
      i += 1
    }
    guard i < end else { throw XMLScanError(message: "unclosed attribute value", offset: start) }
    if !plain {
      scratch.removeAll(keepingCapacity: true)
      do throws(XMLScanError) {
        try Self.decode(XMLBytes(bytes, start..<i).bytes, attribute: true, into: &scratch)
      } catch {
        throw XMLScanError(message: error.message, offset: start + error.offset)
      }
    }
    i += 1
  }

  private mutating func endTag(_ handler: inout some XMLEventHandler) throws(XMLScanError) {
    let at = i
    i += 2
    let name = self.name()
    skipSpace()
    guard i < end, bytes[i] == Self.gt else {
      throw XMLScanError(message: "expected '>' after </\(XMLBytes(bytes, name).string)", offset: i)
    }
    i += 1
    guard depth > 0, same(open[depth - 1], name) else {
      throw XMLScanError(message: "unexpected end tag </\(XMLBytes(bytes, name).string)>", offset: at)
    }
    depth -= 1
    handler.end(XMLBytes(bytes, localStart..<name.upperBound))
  }

  private func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    guard a.count == b.count else { return false }
    guard let base = bytes.baseAddress else { return true }
    return memcmp(base + a.lowerBound, base + b.lowerBound, a.count) == 0
  }

  /// The 1-based line of a byte offset.
  func line(of offset: Int) -> Int {
    1 + bytes[..<min(offset, bytes.count)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
  }

  /// The 1-based column (in bytes) of a byte offset.
  func column(of offset: Int) -> Int {
    let end = min(offset, bytes.count)
    var start = end
    while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
    return end - start + 1
  }

  private func matches(_ text: StaticString, at offset: Int) -> Bool {
    let n = text.utf8CodeUnitCount
    guard offset + n <= end else { return false }
    for k in 0..<n where bytes[offset + k] != text.utf8Start[k] { return false }
    return true
  }

  private func skip(past close: StaticString, from offset: Int, what: String) throws(XMLScanError) -> Int {
    var j = offset
    let first = close.utf8Start[0]
    while j < end {
      if bytes[j] == first, matches(close, at: j) { return j + close.utf8CodeUnitCount }
      j += 1
    }
    throw XMLScanError(message: "unclosed \(what)", offset: offset)
  }

  static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  private mutating func skipSpace() {
    while i < end, Self.isSpace(bytes[i]) { i += 1 }
  }

  /// A name at `i`; `localStart` is where its part after the last colon starts.
  private mutating func name() -> Range<Int> {
    let start = i
    localStart = i
    while i < end {
      let b = bytes[i]
      // Letters and most name characters lie above every byte that ends a name.
      if b < UInt8(ascii: "A") {
        if Self.isSpace(b) || b == Self.gt || b == UInt8(ascii: "/") || b == UInt8(ascii: "=") { break }
        if b == UInt8(ascii: ":") { localStart = i + 1 }
      }
      i += 1
    }
    return start..<i
  }
}
