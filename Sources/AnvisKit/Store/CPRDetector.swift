/// Finds text that looks like a Danish CPR number (personal identity number): six digits
/// `DDMMYY` with a day and month that can exist, then four digits, not part of a longer run
/// of digits. The spellings people type are covered:
///
/// - no separator, `DDMMYYXXXX` (ten digits);
/// - one separator: `-`, `/`, `.`, a space (also a no-break space), an en dash, a minus sign,
///   optionally with a space on either side (`311299 - 9999`);
/// - full-width digits and separators (`０１０１９０-１２３４`), folded as NFKC folds them.
///
/// Phone numbers (`+45 12 34 56 78`, `12345678`), amounts (`4.500,00`), dates (`2026-01-31`)
/// ten-digit numbers that do not start with a date (`1234567890`) and digits inside a word
/// (`abc0101901234def` as in a hex hash, `9f030578-1234-4abc-…` as in a UUID) do not match. anvis
/// refuses such values and never echoes them in full.
public enum CPRDetector {
  /// Where a CPR-like number starts in `bytes[range]` (UTF-8), or nil.
  public static func find(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    match(in: bytes, range).map(\.lowerBound)
  }

  /// The byte range of the first CPR-like number in `bytes[range]`, or nil.
  public static func match(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
    guard range.count >= 10 else { return nil }
    var i = range.lowerBound
    let end = range.upperBound
    while i + 10 <= end {
      // Only a digit that starts a run of digits can start a match.
      let b = bytes[i]
      if (isASCIIDigit(b) || b == 0xEF), digit(bytes, at: i, end: end) != nil,
        !digitEnds(bytes, before: i, start: range.lowerBound),
        !isFraction(bytes, at: i, start: range.lowerBound),
        let found = matches(bytes, at: i, end: end),
        !isInsideAWord(bytes, i..<found, range)
      {
        return i..<found
      }
      i += 1
    }
    return nil
  }

  /// The masked form of the first CPR-like number in `text`, or nil when there is none.
  public static func maskedMatch(in text: String) -> String? {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { b in
      find(in: b, 0..<b.count).map { masked(b, at: $0) }
    }
  }

  /// `text` with every CPR-like number replaced by its masked form, and where each masked
  /// form sits in the result (as character offsets and lengths, for a caret).
  public static func masking(_ text: String) -> (text: String, spans: [(offset: Int, length: Int)]) {
    let bytes = Array(text.utf8)
    var out = [UInt8]()
    var spans: [(offset: Int, length: Int)] = []
    var characters = 0
    var copied = 0
    bytes.withUnsafeBufferPointer { b in
      while let found = match(in: b, copied..<b.count) {
        let before = String(decoding: b[copied..<found.lowerBound], as: UTF8.self)
        out += before.utf8
        characters += before.count
        let mask = masked(b, at: found.lowerBound)
        spans.append((characters, mask.count))
        out += mask.utf8
        characters += mask.count
        copied = found.upperBound
      }
      out += b[copied...]
    }
    return (String(decoding: out, as: UTF8.self), spans)
  }

  /// `DD MM YY-****` for the number starting at `i`: the birth date only, never the last four.
  public static func masked(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> String {
    var digits = [UInt8]()
    var j = i
    while digits.count < 6, j < bytes.count, let (value, length) = digit(bytes, at: j, end: bytes.count) {
      digits.append(48 + value)
      j += length
    }
    while digits.count < 6 { digits.append(UInt8(ascii: "?")) }
    func pair(_ k: Int) -> String { String(decoding: digits[k..<(k + 2)], as: UTF8.self) }
    return "\(pair(0)) \(pair(2)) \(pair(4))-****"
  }

  /// The message for a refused value.
  public static func message(_ masked: String) -> String {
    "looks like a CPR number (\(masked)); personal identity numbers are refused"
  }

  private static func isASCIIDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }

  private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 }

  /// Digits between a letter and a letter, `-` or `_` are part of a word such as a hex hash or a
  /// UUID (`9f030578-1234-4abc-…`, as in a temporary folder's name), not a number.
  private static func isInsideAWord(_ b: UnsafeBufferPointer<UInt8>, _ found: Range<Int>, _ range: Range<Int>)
    -> Bool
  {
    guard found.lowerBound > range.lowerBound, isASCIILetter(b[found.lowerBound - 1]),
      found.upperBound < range.upperBound
    else { return false }
    let next = b[found.upperBound]
    return isASCIILetter(next) || next == UInt8(ascii: "-") || next == UInt8(ascii: "_")
  }

  /// The digit at `i` (ASCII, or full-width U+FF10–U+FF19) and its length in bytes.
  private static func digit(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (UInt8, Int)? {
    if isASCIIDigit(b[i]) { return (b[i] - 48, 1) }
    if b[i] == 0xEF, i + 2 < end, b[i + 1] == 0xBC, b[i + 2] &- 0x90 < 10 { return (b[i + 2] - 0x90, 3) }
    return nil
  }

  /// Whether a digit ends just before `i`.
  private static func digitEnds(_ b: UnsafeBufferPointer<UInt8>, before i: Int, start: Int) -> Bool {
    if i > start, isASCIIDigit(b[i - 1]) { return true }
    return i - 3 >= start && b[i - 3] == 0xEF && b[i - 2] == 0xBC && b[i - 1] &- 0x90 < 10
  }

  /// A space at `i` (ASCII, no-break U+00A0, ideographic U+3000) and its length.
  private static func space(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
    guard i < end else { return nil }
    if b[i] == 0x20 { return 1 }
    if b[i] == 0xC2, i + 1 < end, b[i + 1] == 0xA0 { return 2 }
    if b[i] == 0xE3, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0x80 { return 3 }
    return nil
  }

  /// A dash, slash or full stop at `i` (ASCII, full-width, Unicode dashes) and its length.
  private static func mark(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
    guard i < end else { return nil }
    switch b[i] {
    case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."): return 1
    case 0xEF:  // full-width － ． ／ (U+FF0D, U+FF0E, U+FF0F)
      if i + 2 < end, b[i + 1] == 0xBC, (0x8D...0x8F).contains(b[i + 2]) { return 3 }
    case 0xE2:  // ‐ ‑ ‒ – (U+2010–U+2013), − (U+2212)
      if i + 2 < end, b[i + 1] == 0x80, (0x90...0x93).contains(b[i + 2]) { return 3 }
      if i + 2 < end, b[i + 1] == 0x88, b[i + 2] == 0x92 { return 3 }
    default: break
    }
    return nil
  }

  /// Whether the digits at `i` are the decimals of a number (`0.3112991234`, `0,3112991234`).
  private static func isFraction(_ b: UnsafeBufferPointer<UInt8>, at i: Int, start: Int) -> Bool {
    guard i - 2 >= start else { return false }
    return (b[i - 1] == UInt8(ascii: ".") || b[i - 1] == UInt8(ascii: ",")) && isASCIIDigit(b[i - 2])
  }

  /// The end of a CPR-like number starting at `i`, or nil.
  private static func matches(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
    // No allocation: this runs for every long field of a data file that starts with a digit.
    var day = 0
    var month = 0
    var count = 0
    var j = i
    while count < 6 {
      guard j < end, let (value, length) = digit(b, at: j, end: end) else { return nil }
      if count < 2 { day = day * 10 + Int(value) } else if count < 4 { month = month * 10 + Int(value) }
      count += 1
      j += length
    }
    if j < end, digit(b, at: j, end: end) == nil {
      // One separator, optionally with a space on either side: `-`, ` - `, ` `, `/`, `.`.
      var k = j
      if let s = space(b, at: k, end: end) { k += s }
      if let m = mark(b, at: k, end: end) {
        k += m
        if let s = space(b, at: k, end: end) { k += s }
      }
      guard k > j else { return nil }
      j = k
    }
    while count < 10 {
      guard j < end, let (_, length) = digit(b, at: j, end: end) else { return nil }
      count += 1
      j += length
    }
    if j < end, digit(b, at: j, end: end) != nil { return nil }
    guard (1...12).contains(month) else { return nil }
    let longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return (1...longest).contains(day) ? j : nil
  }
}
