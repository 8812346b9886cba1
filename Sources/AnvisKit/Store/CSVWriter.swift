/// Writes CSV as RFC 4180 describes it, with `,` between fields and LF line ends.
///
/// A field is quoted when it holds `,`, `"`, CR or LF (quotes doubled inside). Numbers are
/// formatted the same way on every machine: integers as digits, decimals with at most
/// `maxFractionDigits` digits after a `.` (trailing zeros dropped, never an exponent, never a
/// locale); dates as `YYYY-MM-DD`; booleans as `true`/`false`; a missing value as an empty field.
public struct CSVWriter: Sendable {
  /// The CSV text written so far, as UTF-8.
  public private(set) var bytes: [UInt8] = []
  private var fieldsInRow = 0

  /// Starts a CSV with the given header row.
  public init(header: [String], reservingCapacity capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
    for name in header { field(name) }
    endRow()
  }

  /// The CSV written so far, as text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  public mutating func field(_ text: String) {
    separate()
    CSVWriter.appendQuoted(text, to: &bytes)
  }

  public mutating func field(_ value: Int) {
    separate()
    bytes.append(contentsOf: String(value).utf8)
  }

  public mutating func field(_ value: Double, maxFractionDigits: Int = 2) {
    separate()
    CSVWriter.appendNumber(value, maxFractionDigits: maxFractionDigits, to: &bytes)
  }

  public mutating func field(_ value: Bool) {
    separate()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  /// A date, or an empty field for nil.
  public mutating func field(_ day: Day?) {
    separate()
    if let day { bytes.append(contentsOf: day.description.utf8) }
  }

  /// Ends the current row with LF.
  public mutating func endRow() {
    bytes.append(UInt8(ascii: "\n"))
    fieldsInRow = 0
  }

  private mutating func separate() {
    if fieldsInRow > 0 { bytes.append(UInt8(ascii: ",")) }
    fieldsInRow += 1
  }

  /// `field` as it appears in a CSV file: quoted if it must be.
  public static func quoted(_ field: String) -> String {
    var out = [UInt8]()
    appendQuoted(field, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// `value` as anvis writes numbers: e.g. `3450`, `3450.5`, `0.27`, `-12.05`; empty if not finite.
  public static func format(_ value: Double, maxFractionDigits: Int = 2) -> String {
    var out = [UInt8]()
    appendNumber(value, maxFractionDigits: maxFractionDigits, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  static func appendQuoted(_ field: String, to out: inout [UInt8]) {
    let utf8 = field.utf8
    let needsQuotes = utf8.contains { b in
      b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\r") || b == UInt8(ascii: "\n")
    }
    guard needsQuotes else {
      out.append(contentsOf: utf8)
      return
    }
    out.append(UInt8(ascii: "\""))
    for b in utf8 {
      if b == UInt8(ascii: "\"") { out.append(b) }
      out.append(b)
    }
    out.append(UInt8(ascii: "\""))
  }

  private static let powersOfTen: [Int64] = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000]

  static func appendNumber(_ value: Double, maxFractionDigits: Int, to out: inout [UInt8]) {
    guard value.isFinite else { return }
    let digits = min(max(maxFractionDigits, 0), powersOfTen.count - 1)
    let scale = powersOfTen[digits]
    let scaled = (value * Double(scale)).rounded(.toNearestOrAwayFromZero)
    guard abs(scaled) < 9.0e18 else {
      // Beyond ±9e18 / scale: whole numbers only (never data anvis holds).
      let whole = value.rounded(.toNearestOrAwayFromZero)
      out.append(contentsOf: (abs(whole) < 9.0e18 ? String(Int64(whole)) : whole.description).utf8)
      return
    }
    let n = Int64(scaled)
    if n < 0 { out.append(UInt8(ascii: "-")) }
    let magnitude = n.magnitude
    out.append(contentsOf: String(magnitude / UInt64(scale)).utf8)
    var fraction = magnitude % UInt64(scale)
    guard fraction != 0 else { return }
    var width = digits
    while fraction % 10 == 0 {
      fraction /= 10
      width -= 1
    }
    let text = String(fraction)
    out.append(UInt8(ascii: "."))
    out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - text.utf8.count))
    out.append(contentsOf: text.utf8)
  }
}
