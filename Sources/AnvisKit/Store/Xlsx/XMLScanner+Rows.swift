/// Worksheet rows in the plain form spreadsheet writers use, read in one go:
///
///     <row ATTRIBUTES> ( <c ATTRIBUTES/> | <c ATTRIBUTES> [<v>TEXT</v>] </c> )* </row>
///
/// with white space between the tags, names without a prefix, attribute values and text
/// without references or carriage returns. The row is first checked and its events noted
/// (`rowEvents`), then the events are handed out: exactly those, with exactly the bytes, that
/// the general pass (`startTag`, `endTag`, `text`) hands out for the same row, so that any
/// handler reads the same. A row of any other form (an inline string, a formula, a reference,
/// a comment, a malformed tag) is left to the general pass, which also reports its errors.
extension XMLScanner {
  struct RowEvent {
    enum Kind { case start, empty, text, end }
    var kind: Kind
    /// The element's name (start, empty and end events).
    var name: Range<Int>
    /// The attributes (start and empty events) or the text.
    var region: Range<Int>
  }

  /// Reads the plain row at `i` and hands out its events; false (nothing read or handed out)
  /// when the bytes at `i` are not one.
  mutating func plainRow(_ handler: inout some XMLEventHandler) -> Bool {
    rowEvents.removeAll(keepingCapacity: true)
    guard let after = noteRow(at: i) else { return false }
    for event in rowEvents {
      let name = XMLBytes(bytes, event.name)
      switch event.kind {
      case .start:
        handler.start(name, XMLAttributes(region: XMLBytes(bytes, event.region)))
        // The general pass stops after the tag that stopped the handler.
        if handler.stop { return true }
      case .empty:
        handler.start(name, XMLAttributes(region: XMLBytes(bytes, event.region)))
        if handler.stop { return true }
        handler.end(name)
      case .text: handler.text(XMLBytes(bytes, event.region))
      case .end: handler.end(name)
      }
    }
    i = after
    return true
  }

  /// Notes the events of the plain row at `start`; the offset after it, nil when it is not one.
  private mutating func noteRow(at start: Int) -> Int? {
    var p = start
    guard tag("<row", at: p) else { return nil }
    let row = (p + 1)..<(p + 4)
    p += 4
    guard let rowTag = attributes(from: p), !rowTag.empty else { return nil }
    rowEvents.append(RowEvent(kind: .start, name: row, region: p..<rowTag.end))
    p = rowTag.after
    while true {
      guard let q = space(from: p) else { return nil }
      p = q
      if closing("</row>", at: p) {
        rowEvents.append(RowEvent(kind: .end, name: (p + 2)..<(p + 5), region: p..<p))
        return p + 6
      }
      guard tag("<c", at: p) else { return nil }
      let cell = (p + 1)..<(p + 2)
      p += 2
      guard let cellTag = attributes(from: p) else { return nil }
      rowEvents.append(RowEvent(kind: cellTag.empty ? .empty : .start, name: cell, region: p..<cellTag.end))
      p = cellTag.after
      if cellTag.empty { continue }
      guard let r = space(from: p) else { return nil }
      p = r
      if closing("<v>", at: p) {
        rowEvents.append(RowEvent(kind: .start, name: (p + 1)..<(p + 2), region: (p + 2)..<(p + 2)))
        p += 3
        guard let q = text(from: p) else { return nil }
        p = q
        guard closing("</v>", at: p) else { return nil }
        rowEvents.append(RowEvent(kind: .end, name: (p + 2)..<(p + 3), region: p..<p))
        guard let r = space(from: p + 4) else { return nil }
        p = r
      }
      guard closing("</c>", at: p) else { return nil }
      rowEvents.append(RowEvent(kind: .end, name: (p + 2)..<(p + 3), region: p..<p))
      p += 4
    }
  }

  /// Whether `text` is at `p`, followed by what ends a name (white space, `>` or `/`).
  private func tag(_ text: StaticString, at p: Int) -> Bool {
    let n = text.utf8CodeUnitCount
    guard p + n < end, closing(text, at: p) else { return false }
    let b = bytes[p + n]
    return Self.isSpace(b) || b == UInt8(ascii: ">") || b == UInt8(ascii: "/")
  }

  /// Whether the bytes at `p` spell `text`.
  private func closing(_ text: StaticString, at p: Int) -> Bool {
    let n = text.utf8CodeUnitCount
    guard p + n <= end else { return false }
    let t = text.utf8Start
    for k in 0..<n where bytes[p + k] != t[k] { return false }
    return true
  }

  /// White space from `p` noted as a text event (as the general pass hands it out); the offset
  /// after it. Nil for a carriage return (the general pass would normalise it) or the end.
  private mutating func space(from p: Int) -> Int? {
    var q = p
    while q < end, Self.isSpace(bytes[q]) {
      if bytes[q] == 0x0D { return nil }
      q += 1
    }
    guard q < end else { return nil }
    if q > p { rowEvents.append(RowEvent(kind: .text, name: p..<p, region: p..<q)) }
    return q
  }

  /// Text from `p` up to the next `<` noted as a text event (none when empty); nil when it
  /// holds a reference or a carriage return, or runs to the end.
  private mutating func text(from p: Int) -> Int? {
    var q = p
    while q < end {
      let b = bytes[q]
      if b == UInt8(ascii: "<") { break }
      if b == UInt8(ascii: "&") || b == 0x0D { return nil }
      q += 1
    }
    guard q < end else { return nil }
    if q > p { rowEvents.append(RowEvent(kind: .text, name: p..<p, region: p..<q)) }
    return q
  }

  /// The attributes of a start tag from `p` (just after its name), checked as `startTag` checks
  /// them: where they end, the offset after the tag and whether it closes itself. Nil for a
  /// value with a reference, or anything `startTag` would refuse.
  private func attributes(from start: Int) -> (end: Int, after: Int, empty: Bool)? {
    var p = start
    while true {
      while p < end, Self.isSpace(bytes[p]) { p += 1 }
      guard p < end else { return nil }
      let b = bytes[p]
      if b == UInt8(ascii: ">") { return (p, p + 1, false) }
      if b == UInt8(ascii: "/") {
        guard p + 1 < end, bytes[p + 1] == UInt8(ascii: ">") else { return nil }
        return (p, p + 2, true)
      }
      let key = p
      while p < end {
        let c = bytes[p]
        if Self.isSpace(c) || c == UInt8(ascii: ">") || c == UInt8(ascii: "/") || c == UInt8(ascii: "=") { break }
        p += 1
      }
      guard p > key else { return nil }
      while p < end, Self.isSpace(bytes[p]) { p += 1 }
      guard p < end, bytes[p] == UInt8(ascii: "=") else { return nil }
      p += 1
      while p < end, Self.isSpace(bytes[p]) { p += 1 }
      guard p < end, bytes[p] == UInt8(ascii: "\"") || bytes[p] == UInt8(ascii: "'") else { return nil }
      let quote = bytes[p]
      p += 1
      while p < end, bytes[p] != quote {
        if bytes[p] == UInt8(ascii: "&") { return nil }
        p += 1
      }
      guard p < end else { return nil }
      p += 1
    }
  }
}
