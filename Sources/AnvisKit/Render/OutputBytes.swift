/// A growing UTF-8 buffer with the few appends the table writers need, written straight as
/// bytes (no intermediate strings for integers, dates and plain text).
struct OutputBytes {
  var bytes: [UInt8] = []

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  var count: Int { bytes.count }

  mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

  mutating func append(_ byte: UInt8) { bytes.append(byte) }

  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

  mutating func append(_ other: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: other) }

  mutating func append(text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
      bytes.append(contentsOf: text.utf8)
    }
  }

  /// `-1234` in decimal.
  mutating func append(int value: Int) {
    if value >= 0, value < 10 {
      bytes.append(UInt8(48 + value))
      return
    }
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var n = value.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var i = 20
      repeat {
        i -= 1
        digits[i] = UInt8(48 + n % 10)
        n /= 10
      } while n > 0
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i..<20]))
    }
  }

  /// A number for programs, as `NumberFormat.exact` writes it.
  mutating func append(exact value: Double) {
    if value == value.rounded(.towardZero), abs(value) < 1e16 {
      append(int: Int(value))
    } else {
      append(text: NumberFormat.exact(value))
    }
  }

  /// `YYYY-MM-DD`, as `Day.description` writes it.
  mutating func append(day ordinal: Int) {
    let day = Day(ordinal: ordinal)
    let (y, m, d) = day.components
    guard (0...9999).contains(y) else {
      append(text: day.description)
      return
    }
    bytes.append(UInt8(48 + y / 1000))
    bytes.append(UInt8(48 + y / 100 % 10))
    bytes.append(UInt8(48 + y / 10 % 10))
    bytes.append(UInt8(48 + y % 10))
    bytes.append(UInt8(ascii: "-"))
    bytes.append(UInt8(48 + m / 10))
    bytes.append(UInt8(48 + m % 10))
    bytes.append(UInt8(ascii: "-"))
    bytes.append(UInt8(48 + d / 10))
    bytes.append(UInt8(48 + d % 10))
  }

  /// A csv field (RFC 4180): quoted, with quotes doubled, when it holds `,`, `"`, CR or LF.
  mutating func append(csvField text: String) {
    let plain =
      text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
        for b in utf8 where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { return false }
        bytes.append(contentsOf: utf8)
        return true
      } ?? false
    if plain { return }
    var copy = text
    copy.makeContiguousUTF8()
    guard copy.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
      append(text: copy)
      return
    }
    bytes.append(0x22)
    for b in copy.utf8 {
      if b == 0x22 { bytes.append(0x22) }
      bytes.append(b)
    }
    bytes.append(0x22)
  }

  /// A JSON string literal, as `StringLiteral.quoted` writes it.
  mutating func append(jsonString text: String) {
    let plain =
      text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
        for b in utf8 where b < 0x20 || b == 0x22 || b == 0x5C { return false }
        bytes.append(0x22)
        bytes.append(contentsOf: utf8)
        bytes.append(0x22)
        return true
      } ?? false
    if !plain { append(text: StringLiteral.quoted(text)) }
  }
}
