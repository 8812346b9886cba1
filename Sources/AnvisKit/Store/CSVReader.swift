/// Where one field of a CSV record lies in the file's bytes.
public struct CSVField: Sendable, Hashable {
  /// First byte of the field's text (after an opening quote; surrounding spaces trimmed).
  public var start: Int
  /// One past the last byte of the field's text.
  public var end: Int
  /// First byte of the cell as written (the opening quote of a quoted field), for messages.
  public var cellStart: Int
  /// 1-based line the cell starts on.
  public var line: Int
  /// Byte offset where that line starts.
  public var lineStart: Int
  /// The field was quoted.
  public var quoted: Bool
  /// The field's text holds doubled quotes (`""`) that stand for one quote each.
  public var hasDoubledQuotes: Bool

  public init(
    start: Int, end: Int, cellStart: Int, line: Int, lineStart: Int, quoted: Bool, hasDoubledQuotes: Bool
  ) {
    self.start = start
    self.end = end
    self.cellStart = cellStart
    self.line = line
    self.lineStart = lineStart
    self.quoted = quoted
    self.hasDoubledQuotes = hasDoubledQuotes
  }

  public var isEmpty: Bool { start == end }
  public var count: Int { end - start }
}

/// A problem the tokenizer found: broken quoting or bytes that are not UTF-8.
public struct CSVIssue: Sendable, Hashable {
  public var offset: Int
  public var line: Int
  public var lineStart: Int
  public var message: String
}

/// A fast, byte-level reader of CSV as spreadsheets write it: `,` or `;` (detected from the
/// header line), an optional UTF-8 byte-order mark, CRLF, LF or CR line ends, a missing final
/// newline, RFC 4180 quoted fields with separators, doubled quotes and newlines inside.
///
/// It hands out one record at a time as byte ranges into the file; nothing is copied until a
/// caller asks for a value. It also checks that the text is UTF-8.
public struct CSVReader: Sendable {
  /// A quote that is never closed.
  static let unterminatedQuote = "unterminated quoted field; a quote opened here is never closed"
  public let bytes: [UInt8]
  /// `,` or `;`.
  public let separator: UInt8
  /// Offset of the first byte after the byte-order mark.
  public let bodyStart: Int
  /// Quoting and encoding problems, in the order found.
  public private(set) var issues: [CSVIssue] = []

  private var offset: Int
  private var line = 1
  private var lineStart: Int
  /// No record starts at or after this offset (see `chunk(_:)`).
  private var limit = Int.max

  static let quote = UInt8(ascii: "\"")
  static let comma = UInt8(ascii: ",")
  static let semicolon = UInt8(ascii: ";")
  static let lf = UInt8(ascii: "\n")
  static let cr = UInt8(ascii: "\r")
  static let space = UInt8(ascii: " ")
  static let tab = UInt8(ascii: "\t")

  /// Reads `bytes`, detecting the separator from the first line.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
    let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    bodyStart = bom ? 3 : 0
    offset = bodyStart
    lineStart = bodyStart
    separator = CSVReader.detectSeparator(bytes, from: bodyStart)
  }

  /// Where the next record starts (after any blank lines) and its line.
  public var position: (offset: Int, line: Int) { (offset, line) }

  /// Bytes from `position` to the end of the file or chunk.
  public var bytesLeft: Int { max(0, min(limit, bytes.count) - offset) }

  /// A reader of the same bytes that starts at `chunk.start` on `chunk.line` and reads the
  /// records that start before `chunk.end` (the last may run past it; then `position` shows it).
  public func chunk(_ chunk: CSVChunk) -> CSVReader {
    var reader = self
    reader.issues = []
    reader.offset = chunk.start
    reader.line = chunk.line
    reader.lineStart = chunk.start
    reader.limit = chunk.end
    return reader
  }

  /// `;` when the first line holds more semicolons than commas outside quotes, else `,`.
  static func detectSeparator(_ bytes: [UInt8], from start: Int) -> UInt8 {
    var commas = 0
    var semicolons = 0
    var inQuotes = false
    var i = start
    while i < bytes.count {
      let b = bytes[i]
      if b == quote {
        inQuotes.toggle()
      } else if !inQuotes {
        if b == lf || b == cr { break }
        if b == comma { commas += 1 } else if b == semicolon { semicolons += 1 }
      }
      i += 1
    }
    return semicolons > commas ? semicolon : comma
  }

  /// 1-based column of `offset` on the line starting at `lineStart`, in characters
  /// (UTF-8 continuation bytes do not count; the byte-order mark is not a character).
  public func column(of offset: Int, lineStart: Int) -> Int {
    let from = max(lineStart, bodyStart)
    var column = 1
    var i = from
    while i < offset && i < bytes.count {
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return column
  }

  /// The column of a field's cell.
  public func column(of field: CSVField) -> Int { column(of: field.cellStart, lineStart: field.lineStart) }

  /// The column of an issue.
  public func column(of issue: CSVIssue) -> Int { column(of: issue.offset, lineStart: issue.lineStart) }

  /// The field's text, with doubled quotes undone.
  public func string(_ field: CSVField) -> String {
    if !field.hasDoubledQuotes {
      return bytes.withUnsafeBufferPointer {
        String(decoding: UnsafeBufferPointer(rebasing: $0[field.start..<field.end]), as: UTF8.self)
      }
    }
    var out = [UInt8]()
    out.reserveCapacity(field.count)
    var i = field.start
    while i < field.end {
      out.append(bytes[i])
      i += bytes[i] == CSVReader.quote ? 2 : 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Reads the next record's fields into `fields` (replacing its contents). Blank lines are
  /// skipped. Returns false at the end of the file.
  public mutating func nextRecord(into fields: inout [CSVField]) -> Bool {
    fields.removeAll(keepingCapacity: true)
    let count = bytes.count
    let end = min(count, limit)
    // Skip blank lines.
    while offset < end && (bytes[offset] == CSVReader.lf || bytes[offset] == CSVReader.cr) {
      consumeLineBreak()
    }
    if offset >= end { return false }
    return bytes.withUnsafeBufferPointer { buffer in
      while true {
        let ended = readField(buffer, into: &fields)
        if ended { return true }
      }
    }
  }

  /// Forgets the issues found so far (after a caller has reported them).
  public mutating func clearIssues() { issues.removeAll() }

  /// Consumes one line break (CRLF, LF or CR) at `offset`.
  private mutating func consumeLineBreak() {
    if bytes[offset] == CSVReader.cr && offset + 1 < bytes.count && bytes[offset + 1] == CSVReader.lf {
      offset += 2
    } else {
      offset += 1
    }
    line += 1
    lineStart = offset
  }

  /// Reads one field at `offset`; returns true when it ended the record.
  @inline(__always)
  private mutating func readField(_ buffer: UnsafeBufferPointer<UInt8>, into fields: inout [CSVField])
    -> Bool
  {
    let count = buffer.count
    guard let base = buffer.baseAddress else { return finishField(at: offset) }
    let sep = separator
    var i = offset
    while i < count && (base[i] == CSVReader.space || base[i] == CSVReader.tab) { i += 1 }
    if i < count && base[i] == CSVReader.quote {
      return readQuotedField(buffer, at: i, into: &fields)
    }
    let cellStart = offset
    let start = i
    // Eight bytes at a time up to the first that may end the field or needs a look.
    while i + 8 <= count {
      let special = CSVReader.specialBytes(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), sep)
      if special != 0 {
        i += special.trailingZeroBitCount >> 3
        break
      }
      i += 8
    }
    while i < count {
      let b = base[i]
      // Printable ASCII from `-` on (digits, letters) other than the separator: one test.
      if b &- 0x2D < 0x53 && b != sep {
        i += 1
        continue
      }
      if b == sep || b == CSVReader.lf || b == CSVReader.cr { break }
      if b >= 0x80 {
        i = checkUTF8(buffer, at: i)
      } else {
        if b == 0 { nulByte(at: i) }
        i += 1
      }
    }
    var end = i
    while end > start && (base[end - 1] == CSVReader.space || base[end - 1] == CSVReader.tab) {
      end -= 1
    }
    fields.append(
      CSVField(
        start: start, end: end, cellStart: cellStart, line: line, lineStart: lineStart, quoted: false,
        hasDoubledQuotes: false))
    // The separator or line break after it, as `finishField` reads it.
    offset = i
    if i >= count { return true }
    let after = base[i]
    if after == sep {
      offset = i + 1
      return false
    }
    offset = after == CSVReader.cr && i + 1 < count && base[i + 1] == CSVReader.lf ? i + 2 : i + 1
    line += 1
    lineStart = offset
    return true
  }

  /// For eight bytes read little-endian, a mark (the byte's high bit) on each byte below `-`
  /// (0x2D: line breaks, quotes, spaces, NUL), at or above 0x80, or equal to `separator`. Bytes
  /// above the lowest marked one may be marked too (a borrow runs upwards), but the lowest mark
  /// is always a byte of that kind; 0 when all eight are plain text.
  @inline(__always)
  static func specialBytes(_ x: UInt64, _ separator: UInt8) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let y = x ^ (ones &* UInt64(separator))
    return ((x &- ones &* 0x2D) | x | ((y &- ones) & ~y)) & 0x8080_8080_8080_8080
  }

  /// After a field's text: consumes a separator (false) or a line break / end of file (true).
  private mutating func finishField(at i: Int) -> Bool {
    offset = i
    if i >= bytes.count { return true }
    if bytes[i] == separator {
      offset = i + 1
      return false
    }
    consumeLineBreak()
    return true
  }

  private mutating func readQuotedField(
    _ buffer: UnsafeBufferPointer<UInt8>, at quoteOffset: Int, into fields: inout [CSVField]
  ) -> Bool {
    let count = buffer.count
    let cellLine = line
    let cellLineStart = lineStart
    let issuesBefore = issues.count
    let start = quoteOffset + 1
    var i = start
    var doubled = false
    var end = -1
    while i < count {
      let b = buffer[i]
      if b == CSVReader.quote {
        if i + 1 < count && buffer[i + 1] == CSVReader.quote {
          doubled = true
          i += 2
          continue
        }
        end = i
        i += 1
        break
      }
      if b == CSVReader.lf || b == CSVReader.cr {
        if b == CSVReader.cr && i + 1 < count && buffer[i + 1] == CSVReader.lf { i += 1 }
        i += 1
        line += 1
        lineStart = i
      } else if b >= 0x80 {
        i = checkUTF8(buffer, at: i)
      } else {
        if b == 0 { nulByte(at: i) }
        i += 1
      }
    }
    // Allow spaces after the closing quote; anything else before the separator is an error.
    var after = i
    while after < count && (buffer[after] == CSVReader.space || buffer[after] == CSVReader.tab) { after += 1 }
    let cleanEnd =
      end >= 0
      && (after >= count || buffer[after] == separator || buffer[after] == CSVReader.lf
        || buffer[after] == CSVReader.cr)
    if !cleanEnd && line != cellLine {
      // The quote ran past its line and did not end cleanly: almost always a quote that was
      // never closed, which swallowed lines up to some other quote. Report it where it
      // opened, and read on from the next line as if the quote were text, so that the lines
      // it swallowed are read as what they are and do not each report a follow-on problem.
      issues.removeSubrange(issuesBefore...)  // the swallowed lines are read again
      return recoverFromOpenQuote(
        buffer, at: quoteOffset, line: cellLine, lineStart: cellLineStart, closedOn: end >= 0 ? line : nil,
        into: &fields)
    }
    if end < 0 {
      issues.append(
        CSVIssue(
          offset: quoteOffset, line: cellLine, lineStart: cellLineStart,
          message: CSVReader.unterminatedQuote))
      end = count
    }
    fields.append(
      CSVField(
        start: start, end: end, cellStart: quoteOffset, line: cellLine, lineStart: cellLineStart,
        quoted: true, hasDoubledQuotes: doubled))
    i = after
    if i < count && buffer[i] != separator && buffer[i] != CSVReader.lf && buffer[i] != CSVReader.cr {
      issues.append(
        CSVIssue(
          offset: i, line: line, lineStart: lineStart,
          message: "unexpected text after a closing quote; a quote inside a quoted field is written \"\""))
      while i < count && buffer[i] != separator && buffer[i] != CSVReader.lf && buffer[i] != CSVReader.cr {
        i += 1
      }
    }
    return finishField(at: i)
  }

  /// Reports the unclosed quote at `quoteOffset` and reads the rest of its line as the field's
  /// text (quote included), going back to the line the quote was on.
  private mutating func recoverFromOpenQuote(
    _ buffer: UnsafeBufferPointer<UInt8>, at quoteOffset: Int, line cellLine: Int, lineStart cellLineStart: Int,
    closedOn: Int?, into fields: inout [CSVField]
  ) -> Bool {
    let count = buffer.count
    let message =
      closedOn.map {
        "unterminated quoted field; the quote opened here is never closed on its line (the next quote, on line \($0), is read as its end)"
      } ?? CSVReader.unterminatedQuote
    issues.append(CSVIssue(offset: quoteOffset, line: cellLine, lineStart: cellLineStart, message: message))
    line = cellLine
    lineStart = cellLineStart
    var i = quoteOffset
    while i < count && buffer[i] != CSVReader.lf && buffer[i] != CSVReader.cr { i += 1 }
    fields.append(
      CSVField(
        start: quoteOffset, end: i, cellStart: quoteOffset, line: cellLine, lineStart: cellLineStart,
        quoted: false, hasDoubledQuotes: false))
    return finishField(at: i)
  }

  /// Records a NUL byte, which no text file holds (often a file saved as UTF-16).
  private mutating func nulByte(at i: Int) {
    issues.append(
      CSVIssue(
        offset: i, line: line, lineStart: lineStart,
        message: "a NUL byte (0x00) in the text; save the file as UTF-8 text"))
  }

  /// Checks the UTF-8 sequence starting at `i` (a byte ≥ 0x80); returns the offset after it.
  /// A bad sequence is recorded as an issue and skipped one byte at a time.
  private mutating func checkUTF8(_ buffer: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let length = UTF8Check.sequenceLength(buffer, at: i)
    if length == 3 && buffer[i] == 0xEF && buffer[i + 1] == 0xBB && buffer[i + 2] == 0xBF {
      issues.append(
        CSVIssue(
          offset: i, line: line, lineStart: lineStart,
          message: "a byte-order mark (U+FEFF) inside the text; it may only start the file"))
      return i + 3
    }
    if length > 0 { return i + length }
    issues.append(
      CSVIssue(
        offset: i, line: line, lineStart: lineStart,
        message: "invalid UTF-8 (byte 0x\(UTF8Check.hex(buffer[i]))); save the file as UTF-8"))
    return i + 1
  }
}
