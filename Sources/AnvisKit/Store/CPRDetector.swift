/// Finds text that looks like a Danish CPR number (personal identity number): `DDMMYY-XXXX`
/// or ten digits `DDMMYYXXXX`, with a day and month that can exist, not part of a longer
/// run of digits. anvis refuses such values and never echoes them in full.
public enum CPRDetector {
  /// Where a CPR-like number starts in `bytes[range]`, or nil.
  public static func find(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    guard range.count >= 10 else { return nil }
    var i = range.lowerBound
    let end = range.upperBound
    while i + 10 <= end {
      // Only a digit that starts a run of digits can start a match.
      if isDigit(bytes[i]) && (i == range.lowerBound || !isDigit(bytes[i - 1]))
        && !isFraction(bytes, at: i, start: range.lowerBound)
      {
        if matches(bytes, at: i, end: end) { return i }
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

  /// `DD MM YY-****` for the number starting at `i`: the birth date only, never the last four.
  public static func masked(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> String {
    func pair(_ k: Int) -> String { String(decoding: [bytes[i + k], bytes[i + k + 1]], as: UTF8.self) }
    return "\(pair(0)) \(pair(2)) \(pair(4))-****"
  }

  /// The message for a refused value.
  public static func message(_ masked: String) -> String {
    "looks like a CPR number (\(masked)); personal identity numbers are refused"
  }

  private static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }

  /// Whether the digits at `i` are the decimals of a number (`0.3112991234`, `0,3112991234`).
  private static func isFraction(_ b: UnsafeBufferPointer<UInt8>, at i: Int, start: Int) -> Bool {
    guard i - 2 >= start else { return false }
    return (b[i - 1] == UInt8(ascii: ".") || b[i - 1] == UInt8(ascii: ",")) && isDigit(b[i - 2])
  }

  private static func matches(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
    for k in 0..<6 where !isDigit(b[i + k]) { return false }
    var j = i + 6
    if b[j] == UInt8(ascii: "-") { j += 1 }
    guard j + 4 <= end else { return false }
    for k in 0..<4 where !isDigit(b[j + k]) { return false }
    if j + 4 < end && isDigit(b[j + 4]) { return false }
    let day = Int(b[i] - 48) * 10 + Int(b[i + 1] - 48)
    let month = Int(b[i + 2] - 48) * 10 + Int(b[i + 3] - 48)
    guard (1...12).contains(month) else { return false }
    let longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return (1...longest).contains(day)
  }
}
