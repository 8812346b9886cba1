/// Text and attribute values with their references replaced and line ends normalised.
extension XMLScanner {
  /// Appends `raw` decoded to `out`: `&amp;` and the other predefined entities, `&#…;` and
  /// `&#x…;` character references, CR LF and CR as LF; in an attribute value (`attribute`),
  /// literal tabs and line ends become spaces, as XML requires. The error's offset is in `raw`.
  static func decode(_ raw: UnsafeBufferPointer<UInt8>, attribute: Bool, into out: inout [UInt8])
    throws(XMLScanError)
  {
    out.reserveCapacity(out.count + raw.count)
    var k = 0
    let end = raw.count
    while k < end {
      let b = raw[k]
      if b == 0x0D {
        out.append(attribute ? 0x20 : 0x0A)
        k += (k + 1 < end && raw[k + 1] == 0x0A) ? 2 : 1
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
      var stop = k + 1
      while stop < end, raw[stop] != UInt8(ascii: ";"), stop - k < 12 { stop += 1 }
      guard stop < end, raw[stop] == UInt8(ascii: ";") else {
        throw XMLScanError(message: "unterminated entity reference", offset: k)
      }
      let name = XMLBytes(raw, (k + 1)..<stop)
      guard let scalar = entity(name) else {
        throw XMLScanError(message: "unknown entity reference &\(name.string);", offset: k)
      }
      append(scalar, to: &out)
      k = stop + 1
    }
  }

  private static func entity(_ name: XMLBytes) -> Unicode.Scalar? {
    if name.is("amp") { return "&" }
    if name.is("lt") { return "<" }
    if name.is("gt") { return ">" }
    if name.is("quot") { return "\"" }
    if name.is("apos") { return "'" }
    guard name.count > 1, name.bytes[0] == UInt8(ascii: "#") else { return nil }
    let text = name.string
    let digits = text.dropFirst()
    let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
    return value.flatMap(Unicode.Scalar.init)
  }

  private static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
    UTF8.encode(scalar) { out.append($0) }
  }
}
