/// The byte-level XML reader behind `XMLEvents`: the subset of XML 1.0 that spreadsheet parts
/// use (elements, attributes, text, character and the five predefined entity references,
/// CDATA, comments, processing instructions), with line ends normalised as XML requires.
struct XMLScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  private var i = 0
  private var open: [String] = []

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  mutating func run(_ handler: some XMLEventHandler) throws(XMLScanError) {
    var sawRoot = false
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    while i < bytes.count {
      if bytes[i] != UInt8(ascii: "<") {
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "<") { i += 1 }
        if !open.isEmpty { handler.text(try decode(start..<i, attribute: false)) }
        continue
      }
      if matches("<?", at: i) {
        i = try skip(past: "?>", from: i + 2, what: "processing instruction")
      } else if matches("<!--", at: i) {
        i = try skip(past: "-->", from: i + 4, what: "comment")
      } else if matches("<![CDATA[", at: i) {
        let start = i + 9
        i = try skip(past: "]]>", from: start, what: "CDATA section")
        if !open.isEmpty { handler.text(String(decoding: bytes[start..<(i - 3)], as: UTF8.self)) }
      } else if matches("<!", at: i) {
        throw XMLScanError(message: "a document type declaration is not allowed", offset: i)
      } else if matches("</", at: i) {
        let at = i
        i += 2
        let name = name()
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else {
          throw XMLScanError(message: "expected '>' after </\(name)", offset: i)
        }
        i += 1
        guard let last = open.popLast(), last == name else {
          throw XMLScanError(message: "unexpected end tag </\(name)>", offset: at)
        }
        handler.end(Self.local(name))
      } else {
        if sawRoot && open.isEmpty { throw XMLScanError(message: "content after the root element", offset: i) }
        sawRoot = true
        i += 1
        let name = name()
        if name.isEmpty { throw XMLScanError(message: "expected an element name after '<'", offset: i) }
        var attributes: [String: String] = [:]
        while true {
          skipSpace()
          guard i < bytes.count else { throw XMLScanError(message: "unclosed tag <\(name)", offset: i) }
          if bytes[i] == UInt8(ascii: ">") {
            i += 1
            open.append(name)
            handler.start(Self.local(name), attributes)
            break
          }
          if matches("/>", at: i) {
            i += 2
            handler.start(Self.local(name), attributes)
            if !handler.stop { handler.end(Self.local(name)) }
            break
          }
          let key = self.name()
          skipSpace()
          guard !key.isEmpty, i < bytes.count, bytes[i] == UInt8(ascii: "=") else {
            throw XMLScanError(message: "malformed attribute in <\(name)>", offset: i)
          }
          i += 1
          skipSpace()
          guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
            throw XMLScanError(message: "expected a quoted value for \(key)", offset: i)
          }
          let quote = bytes[i]
          let start = i + 1
          i = start
          while i < bytes.count, bytes[i] != quote { i += 1 }
          guard i < bytes.count else { throw XMLScanError(message: "unclosed attribute value", offset: start) }
          attributes[key] = try decode(start..<i, attribute: true)
          i += 1
        }
      }
      if handler.stop { return }
    }
    if let last = open.last { throw XMLScanError(message: "unclosed element <\(last)>", offset: bytes.count) }
    if !sawRoot { throw XMLScanError(message: "no root element", offset: bytes.count) }
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

  private static func local(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }

  private func matches(_ text: StaticString, at offset: Int) -> Bool {
    let n = text.utf8CodeUnitCount
    guard offset + n <= bytes.count else { return false }
    for k in 0..<n where bytes[offset + k] != text.utf8Start[k] { return false }
    return true
  }

  private func skip(past end: StaticString, from offset: Int, what: String) throws(XMLScanError) -> Int {
    var j = offset
    while j < bytes.count {
      if matches(end, at: j) { return j + end.utf8CodeUnitCount }
      j += 1
    }
    throw XMLScanError(message: "unclosed \(what)", offset: offset)
  }

  private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  private mutating func skipSpace() {
    while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
  }

  private mutating func name() -> String {
    let start = i
    while i < bytes.count {
      let b = bytes[i]
      if Self.isSpace(b) || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=") { break }
      i += 1
    }
    return String(decoding: bytes[start..<i], as: UTF8.self)
  }

  /// Text or an attribute value with its references replaced and line ends normalised (in an
  /// attribute value, literal tabs and line ends become spaces, as XML requires).
  private func decode(_ range: Range<Int>, attribute: Bool) throws(XMLScanError) -> String {
    var plain = true
    for k in range where bytes[k] == UInt8(ascii: "&") || bytes[k] == 0x0D || (attribute && (bytes[k] == 0x0A || bytes[k] == 0x09)) {
      plain = false
      break
    }
    if plain { return String(decoding: bytes[range], as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(range.count)
    var k = range.lowerBound
    while k < range.upperBound {
      let b = bytes[k]
      if b == 0x0D {
        out.append(attribute ? 0x20 : 0x0A)
        k += (k + 1 < range.upperBound && bytes[k + 1] == 0x0A) ? 2 : 1
        continue
      }
      if attribute && (b == 0x0A || b == 0x09) {
        out.append(0x20)
        k += 1
        continue
      }
      guard b == UInt8(ascii: "&") else {
        out.append(b)
        k += 1
        continue
      }
      var end = k + 1
      while end < range.upperBound, bytes[end] != UInt8(ascii: ";"), end - k < 12 { end += 1 }
      guard end < range.upperBound, bytes[end] == UInt8(ascii: ";") else {
        throw XMLScanError(message: "unterminated entity reference", offset: k)
      }
      let entity = String(decoding: bytes[(k + 1)..<end], as: UTF8.self)
      guard let scalar = Self.entity(entity) else {
        throw XMLScanError(message: "unknown entity reference &\(entity);", offset: k)
      }
      out.append(contentsOf: Array(String(Character(scalar)).utf8))
      k = end + 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func entity(_ name: String) -> Unicode.Scalar? {
    switch name {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    default:
      guard name.hasPrefix("#") else { return nil }
      let digits = name.dropFirst()
      let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      return value.flatMap(Unicode.Scalar.init)
    }
  }
}
