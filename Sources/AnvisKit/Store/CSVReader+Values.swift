/// Typed values straight from a field's bytes, without building a `String` first.
extension CSVReader {
  /// An integer with an optional sign; nil when the text is anything else or overflows.
  public func int(_ field: CSVField) -> Int? {
    bytes.withUnsafeBufferPointer { b in
      var i = field.start
      let end = field.end
      guard i < end else { return nil }
      var negative = false
      if b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
        negative = b[i] == UInt8(ascii: "-")
        i += 1
      }
      guard i < end, end - i <= 18 else { return nil }
      var value = 0
      while i < end {
        let d = b[i] &- 48
        guard d < 10 else { return nil }
        value = value * 10 + Int(d)
        i += 1
      }
      return negative ? -value : value
    }
  }

  /// Whether the field's text is exactly `text`'s bytes (doubled quotes not undone).
  public func holds(_ field: CSVField, _ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { t in
      t.count == field.count
        && bytes.withUnsafeBufferPointer { b in
          var i = 0
          while i < t.count {
            if b[field.start + i] != t[i] { return false }
            i += 1
          }
          return true
        }
    } ?? false
  }

  /// Whether the field is an optionally signed run of digits (a whole number, whatever its size).
  public func isWholeNumeral(_ field: CSVField) -> Bool {
    var i = field.start
    if i < field.end && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) { i += 1 }
    guard i < field.end else { return false }
    return bytes[i..<field.end].allSatisfy { $0 &- 48 < 10 }
  }

  /// Whether the field is written as a number but too large for one (`1e400`, 400 digits).
  public func isOverflowingNumber(_ field: CSVField, decimalComma: Bool) -> Bool {
    var text = string(field)
    if decimalComma { text = String(text.map { $0 == "," ? "." : $0 }) }
    guard let value = Double(text) else { return false }
    return value.isInfinite
  }

  /// A decimal number: digits with an optional sign, decimal point and exponent; a decimal
  /// comma is accepted when `decimalComma` is set (files separated by `;`). No thousands
  /// separators.
  public func double(_ field: CSVField, decimalComma: Bool) -> Double? {
    let fast: Double?? = bytes.withUnsafeBufferPointer { b in
      var i = field.start
      let end = field.end
      guard i < end else { return .some(nil) }
      var negative = false
      if b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
        negative = b[i] == UInt8(ascii: "-")
        i += 1
      }
      var mantissa = 0
      var digits = 0
      var fractionDigits = 0
      var seenPoint = false
      while i < end {
        let c = b[i]
        let d = c &- 48
        if d < 10 {
          if digits >= 15 { return nil }  // leave long numbers to the slow path
          mantissa = mantissa * 10 + Int(d)
          digits += 1
          if seenPoint { fractionDigits += 1 }
        } else if !seenPoint && (c == UInt8(ascii: ".") || (decimalComma && c == UInt8(ascii: ","))) {
          seenPoint = true
        } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
          return nil  // exponent: slow path
        } else {
          return .some(nil)
        }
        i += 1
      }
      guard digits > 0 else { return .some(nil) }
      // Exact integers divided by an exact power of ten: correctly rounded (Clinger's fast path).
      let value = Double(mantissa) / CSVReader.powersOfTen[fractionDigits]
      return .some(negative ? -value : value)
    }
    if let fast { return fast }
    var text = string(field)
    if decimalComma { text = String(text.map { $0 == "," ? "." : $0 }) }
    guard let value = Double(text), value.isFinite else { return nil }
    return value
  }

  static let powersOfTen: [Double] = (0...22).map { p in
    var v = 1.0
    for _ in 0..<p { v *= 10 }
    return v
  }

  /// true/false, 1/0, yes/no, ja/nej, in any case.
  public func bool(_ field: CSVField) -> Bool? {
    let n = field.count
    guard n >= 1, n <= 5 else { return nil }
    let packed = bytes.withUnsafeBufferPointer { b in
      var packed: UInt64 = 0
      for i in field.start..<field.end {
        let c = b[i]
        packed = packed << 8 | UInt64(c >= 65 && c <= 90 ? c + 32 : c)
      }
      return packed
    }
    // The lowered bytes, first byte highest, written out (a static list cost a look-up per cell).
    switch packed {
    case 0x74_72_75_65, 0x31, 0x79_65_73, 0x6A_61: return true  // true 1 yes ja
    case 0x66_61_6C_73_65, 0x30, 0x6E_6F, 0x6E_65_6A: return false  // false 0 no nej
    default: return nil
    }
  }

  /// The outcome of reading a date field.
  public enum DateRead: Sendable, Equatable {
    case day(Day)
    /// Shaped like a date, but no such day exists (`2025-02-30`).
    case noSuchDay
    case notADate
  }

  /// `YYYY-MM-DD`, or the Danish spreadsheet forms `DD-MM-YYYY` and `DD.MM.YYYY`.
  public func date(_ field: CSVField) -> DateRead {
    guard field.count == 10 else { return .notADate }
    let b = bytes[field.start..<field.end]
    let o = field.start
    func number(_ r: Range<Int>) -> Int? {
      var v = 0
      for i in r {
        let d = b[o + i] &- 48
        guard d < 10 else { return nil }
        v = v * 10 + Int(d)
      }
      return v
    }
    let dash = UInt8(ascii: "-")
    let dot = UInt8(ascii: ".")
    var parts: (Int, Int, Int)?
    if b[o + 4] == dash && b[o + 7] == dash, let y = number(0..<4), let m = number(5..<7),
      let d = number(8..<10)
    {
      parts = (y, m, d)
    } else if (b[o + 2] == dash && b[o + 5] == dash) || (b[o + 2] == dot && b[o + 5] == dot),
      let d = number(0..<2), let m = number(3..<5), let y = number(6..<10)
    {
      parts = (y, m, d)
    }
    guard let (y, m, d) = parts else { return .notADate }
    guard let day = Day(year: y, month: m, day: d) else { return .noSuchDay }
    return .day(day)
  }

  /// The case of `E` whose raw value the field holds, ignoring ASCII case.
  public func enumValue<E: FieldEnum>(_ field: CSVField, in table: EnumTable<E>) -> E? {
    let n = field.count
    let k: Int? = bytes.withUnsafeBufferPointer { b in
      table.bytes.withUnsafeBufferPointer { raw in
        table.offsets.withUnsafeBufferPointer { offsets in
          for k in 0..<(offsets.count - 1) where offsets[k + 1] - offsets[k] == n {
            var same = true
            var i = 0
            let r = offsets[k]
            while i < n {
              let c = b[field.start + i]
              if (c >= 65 && c <= 90 ? c + 32 : c) != raw[r + i] {
                same = false
                break
              }
              i += 1
            }
            if same { return k }
          }
          return nil
        }
      }
    }
    return k.map { table.values[$0] }
  }

  /// The field's text for a message, cut to 40 characters. (CPR-like values are refused
  /// before any field is read, so they never reach a message.)
  public func quoted(_ field: CSVField) -> String {
    let text = string(field)
    return text.count > 40 ? String(text.prefix(40)) + "…" : text
  }
}

/// The raw values of a `FieldEnum`, lowered, ready for byte comparison: all in one buffer
/// (value `k` is `bytes[offsets[k]..<offsets[k + 1]]`), so that a look-up touches no reference
/// count (an array per value cost a retain and a release per cell).
public struct EnumTable<E: FieldEnum>: Sendable {
  let bytes: [UInt8]
  let offsets: [Int]
  let values: [E]

  public init() {
    values = Array(E.allCases)
    var bytes = [UInt8]()
    var offsets = [0]
    for value in values {
      bytes += value.rawValue.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
      offsets.append(bytes.count)
    }
    self.bytes = bytes
    self.offsets = offsets
  }
}
