/// The byte-level XML reader behind `XMLEvents`: the subset of XML 1.0 that spreadsheet parts
/// use (elements, attributes, text, character and the five predefined entity references,
/// CDATA, comments, processing instructions), with line ends normalised as XML requires. It
/// makes no `String` per event: names, attributes and plain text are handed out in place, and
/// text with references is decoded into one reused buffer.
struct XMLScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  private var i = 0
  /// The qualified names of the open elements, as ranges of `bytes`.
  private var open: [Range<Int>] = []
  /// Decoded text, reused from one text event to the next.
  private var scratch: [UInt8] = []

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  private static let lt = UInt8(ascii: "<")
  private static let gt = UInt8(ascii: ">")
  private static let amp = UInt8(ascii: "&")

  mutating func run(_ handler: inout some XMLEventHandler) throws(XMLScanError) {
    var sawRoot = false
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    let count = bytes.count
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
        if !open.isEmpty { try text(start..<i, plain: plain, &handler) }
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
          if !open.isEmpty { handler.text(XMLBytes(bytes, start..<(i - 3))) }
        } else {
          throw XMLScanError(message: "a document type declaration is not allowed", offset: i)
        }
      } else {
        if sawRoot && open.isEmpty { throw XMLScanError(message: "content after the root element", offset: i) }
        sawRoot = true
        try startTag(&handler)
      }
      if handler.stop { return }
    }
    if let last = open.last {
      throw XMLScanError(message: "unclosed element <\(XMLBytes(bytes, last).string)>", offset: bytes.count)
    }
    if !sawRoot { throw XMLScanError(message: "no root element", offset: bytes.count) }
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
    let attributesStart = i
    while true {
      skipSpace()
      guard i < bytes.count else {
        throw XMLScanError(message: "unclosed tag <\(XMLBytes(bytes, name).string)>", offset: i)
      }
      if bytes[i] == Self.gt {
        let attributes = XMLAttributes(region: XMLBytes(bytes, attributesStart..<i))
        i += 1
        open.append(name)
        handler.start(local(name), attributes)
        return
      }
      if bytes[i] == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == Self.gt {
        let attributes = XMLAttributes(region: XMLBytes(bytes, attributesStart..<i))
        i += 2
        handler.start(local(name), attributes)
        if !handler.stop { handler.end(local(name)) }
        return
      }
      try attribute(of: name)
    }
  }

  /// Checks one `key="value"` (its references too), leaving it in place for `XMLAttributes`.
  private mutating func attribute(of element: Range<Int>) throws(XMLScanError) {
    let key = self.name()
    skipSpace()
    guard !key.isEmpty, i < bytes.count, bytes[i] == UInt8(ascii: "=") else {
      throw XMLScanError(message: "malformed attribute in <\(XMLBytes(bytes, element).string)>", offset: i)
    }
    i += 1
    skipSpace()
    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
      throw XMLScanError(message: "expected a quoted value for \(XMLBytes(bytes, key).string)", offset: i)
    }
    let quote = bytes[i]
    let start = i + 1
    i = start
    var plain = true
    while i < bytes.count, bytes[i] != quote {
      if bytes[i] == Self.amp { plain = false }
      i += 1
    }
    guard i < bytes.count else { throw XMLScanError(message: "unclosed attribute value", offset: start) }
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
    guard i < bytes.count, bytes[i] == Self.gt else {
      throw XMLScanError(message: "expected '>' after </\(XMLBytes(bytes, name).string)", offset: i)
    }
    i += 1
    guard let last = open.popLast(), same(last, name) else {
      throw XMLScanError(message: "unexpected end tag </\(XMLBytes(bytes, name).string)>", offset: at)
    }
    handler.end(local(name))
  }

  private func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    guard a.count == b.count else { return false }
    for k in 0..<a.count where bytes[a.lowerBound + k] != bytes[b.lowerBound + k] { return false }
    return true
  }

  /// The name after its last colon.
  private func local(_ name: Range<Int>) -> XMLBytes {
    var start = name.upperBound
    while start > name.lowerBound, bytes[start - 1] != UInt8(ascii: ":") { start -= 1 }
    return XMLBytes(bytes, start..<name.upperBound)
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
    guard offset + n <= bytes.count else { return false }
    for k in 0..<n where bytes[offset + k] != text.utf8Start[k] { return false }
    return true
  }

  private func skip(past end: StaticString, from offset: Int, what: String) throws(XMLScanError) -> Int {
    var j = offset
    let first = end.utf8Start[0]
    while j < bytes.count {
      if bytes[j] == first, matches(end, at: j) { return j + end.utf8CodeUnitCount }
      j += 1
    }
    throw XMLScanError(message: "unclosed \(what)", offset: offset)
  }

  static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  private mutating func skipSpace() {
    while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
  }

  private mutating func name() -> Range<Int> {
    let start = i
    while i < bytes.count {
      let b = bytes[i]
      if Self.isSpace(b) || b == Self.gt || b == UInt8(ascii: "/") || b == UInt8(ascii: "=") { break }
      i += 1
    }
    return start..<i
  }
}
