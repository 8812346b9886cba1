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
    /// `valueCell`: a `<c>` holding only `<v>` and its text, which `XMLEventHandler.valueCell`
    /// takes in one call.
    enum Kind { case start, empty, text, end, valueCell }
    var kind: Kind
    /// The element's name (start, empty, end and value-cell events).
    var name: Range<Int>
    /// The attributes (start, empty and value-cell events) or the text.
    var region: Range<Int>
    /// A value cell's `<v>` name, and its text.
    var v: Range<Int> = 0..<0
    var text: Range<Int> = 0..<0
  }

  /// Reads the plain row at `i` and hands out its events; false (nothing read or handed out)
  /// when the bytes at `i` are not one.
  mutating func plainRow(_ handler: inout some XMLEventHandler) -> Bool {
    let (bytes, end, start) = (self.bytes, self.end, i)
    var noted: (count: Int, after: Int)?
    while true {
      if rowEvents.count < 64 { rowEvents = Array(repeating: RowEvent(kind: .end, name: 0..<0, region: 0..<0), count: 64) }
      var notes = RowNotes(bytes: bytes, end: end)
      noted = rowEvents.withUnsafeMutableBufferPointer { events in
        notes.row(at: start, into: events).map { (notes.count, $0) }
      }
      guard notes.full else { break }
      rowEvents += rowEvents
    }
    guard let noted else { return false }
    for k in 0..<noted.count {
      let event = rowEvents[k]
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
      case .valueCell:
        let v = XMLTag(name: XMLBytes(bytes, event.v), attributes: XMLAttributes(region: XMLBytes(bytes, event.v.upperBound..<event.v.upperBound)))
        handler.valueCell(
          XMLTag(name: name, attributes: XMLAttributes(region: XMLBytes(bytes, event.region))), v,
          XMLBytes(bytes, event.text))
        if handler.stop { return true }
      }
    }
    i = noted.after
    return true
  }
}

/// Checks a plain row and notes its events (`XMLScanner.plainRow`).
private struct RowNotes {
  typealias Event = XMLScanner.RowEvent
  let bytes: UnsafeBufferPointer<UInt8>
  let end: Int
  private(set) var count = 0
  /// The row has more events than there was room for.
  private(set) var full = false

  init(bytes: UnsafeBufferPointer<UInt8>, end: Int) {
    self.bytes = bytes
    self.end = end
  }

  /// Notes the events of the plain row at `start`; the offset after it, nil when it is not one
  /// (or `full`).
  mutating func row(at start: Int, into events: UnsafeMutableBufferPointer<Event>) -> Int? {
    var p = start
    guard spells(p, "<row"), endsName(p + 4) else { return nil }
    let row = (p + 1)..<(p + 4)
    p += 4
    guard let rowTag = attributes(from: p), !rowTag.empty else { return nil }
    guard note(.start, row, p..<rowTag.end, events) else { return nil }
    p = rowTag.after
    while true {
      guard let q = space(from: p, events) else { return nil }
      p = q
      if spells(p, "</row>") {
        guard note(.end, (p + 2)..<(p + 5), p..<p, events) else { return nil }
        return p + 6
      }
      guard spells(p, "<c"), endsName(p + 2) else { return nil }
      let cell = (p + 1)..<(p + 2)
      p += 2
      guard let cellTag = attributes(from: p) else { return nil }
      let first = count
      guard note(cellTag.empty ? .empty : .start, cell, p..<cellTag.end, events) else { return nil }
      p = cellTag.after
      if cellTag.empty { continue }
      guard let r = space(from: p, events) else { return nil }
      p = r
      if spells(p, "<v>") {
        guard note(.start, (p + 1)..<(p + 2), (p + 2)..<(p + 2), events) else { return nil }
        p += 3
        guard let q = text(from: p, events), spells(q, "</v>") else { return nil }
        guard note(.end, (q + 2)..<(q + 3), q..<q, events), let r = space(from: q + 4, events) else { return nil }
        p = r
      }
      guard spells(p, "</c>"), note(.end, (p + 2)..<(p + 3), p..<p, events) else { return nil }
      p += 4
      joinValueCell(from: first, events)
    }
  }

  /// The events from `first` on, when they are those of `<c …><v>text</v></c>`, as one.
  @inline(__always)
  private mutating func joinValueCell(from first: Int, _ events: UnsafeMutableBufferPointer<Event>) {
    let n = count - first
    guard n == 4 || n == 5, events[first + 1].kind == .start, events[first + n - 2].kind == .end else { return }
    var cell = events[first]
    cell.kind = .valueCell
    cell.v = events[first + 1].name
    let end = events[first + n - 2].region.lowerBound
    cell.text = n == 5 ? events[first + 2].region : end..<end
    if n == 5 { guard events[first + 2].kind == .text else { return } }
    events[first] = cell
    count = first + 1
  }

  @inline(__always)
  private mutating func note(_ kind: Event.Kind, _ name: Range<Int>, _ region: Range<Int>, _ events: UnsafeMutableBufferPointer<Event>) -> Bool {
    guard count < events.count else {
      full = true
      return false
    }
    events[count] = Event(kind: kind, name: name, region: region)
    count += 1
    return true
  }

  /// Whether the bytes at `p` spell `text`.
  @inline(__always)
  private func spells(_ p: Int, _ text: StaticString) -> Bool {
    let n = text.utf8CodeUnitCount
    guard p + n <= end else { return false }
    let t = text.utf8Start
    for k in 0..<n where bytes[p + k] != t[k] { return false }
    return true
  }

  /// Whether the byte at `p` ends a name (white space, `>` or `/`).
  @inline(__always)
  private func endsName(_ p: Int) -> Bool {
    guard p < end else { return false }
    let b = bytes[p]
    return XMLScanner.isSpace(b) || b == UInt8(ascii: ">") || b == UInt8(ascii: "/")
  }

  /// White space from `p` noted as a text event (as the general pass hands it out); the offset
  /// after it. Nil for a carriage return (the general pass would normalise it) or the end.
  @inline(__always)
  private mutating func space(from p: Int, _ events: UnsafeMutableBufferPointer<Event>) -> Int? {
    if p < end, bytes[p] == UInt8(ascii: "<") { return p }
    var q = p
    while q < end, XMLScanner.isSpace(bytes[q]) {
      if bytes[q] == 0x0D { return nil }
      q += 1
    }
    guard q < end else { return nil }
    if q > p { guard note(.text, p..<p, p..<q, events) else { return nil } }
    return q
  }

  /// Text from `p` up to the next `<` noted as a text event (none when empty); nil when it
  /// holds a reference or a carriage return, or runs to the end.
  @inline(__always)
  private mutating func text(from p: Int, _ events: UnsafeMutableBufferPointer<Event>) -> Int? {
    var q = p
    while q < end {
      let b = bytes[q]
      if b == UInt8(ascii: "<") { break }
      if b == UInt8(ascii: "&") || b == 0x0D { return nil }
      q += 1
    }
    guard q < end else { return nil }
    if q > p { guard note(.text, p..<p, p..<q, events) else { return nil } }
    return q
  }

  /// The attributes of a start tag from `p` (just after its name), checked as `startTag` checks
  /// them: where they end, the offset after the tag and whether it closes itself. Nil for a
  /// value with a reference, or anything `startTag` would refuse.
  @inline(__always)
  private func attributes(from start: Int) -> (end: Int, after: Int, empty: Bool)? {
    var p = start
    while true {
      while p < end, XMLScanner.isSpace(bytes[p]) { p += 1 }
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
        if XMLScanner.isSpace(c) || c == UInt8(ascii: ">") || c == UInt8(ascii: "/") || c == UInt8(ascii: "=") { break }
        p += 1
      }
      guard p > key else { return nil }
      while p < end, XMLScanner.isSpace(bytes[p]) { p += 1 }
      guard p < end, bytes[p] == UInt8(ascii: "=") else { return nil }
      p += 1
      while p < end, XMLScanner.isSpace(bytes[p]) { p += 1 }
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
