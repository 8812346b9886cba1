/// A growing UTF-8 buffer with the few appends the table writers need, written straight as
/// bytes (no intermediate strings for integers, dates and plain text).
///
/// The bytes live in memory of its own rather than in an `[UInt8]`: appending a cell's few
/// bytes to an array went through the array's generic copy, about 150 instructions a cell and
/// over half the time of writing a csv result. Where the memory starts and how much it holds
/// are kept in the value itself, and an append checks only the room left (asking whether the
/// memory is shared cost a runtime call per cell, with the loads, 40 % of writing csv): a copy
/// of an `OutputBytes` shares its memory until `removeAll` or a growth gives it its own, so a
/// copy is emptied before it is written to (the writers' buffers are fresh or emptied first;
/// debug builds check it).
struct OutputBytes {
  /// Memory for `capacity` bytes, freed with the last value that refers to it.
  private final class Storage: @unchecked Sendable {
    let base: UnsafeMutablePointer<UInt8>
    let capacity: Int

    init(capacity: Int) {
      self.capacity = capacity
      base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }
  }

  private var storage: Storage
  /// `storage.base` and `storage.capacity`, kept here.
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The bytes written so far.
  private(set) var count = 0

  init(capacity: Int = 0) {
    storage = Storage(capacity: max(64, capacity))
    base = storage.base
    self.capacity = storage.capacity
  }

  /// The bytes written so far, as an array (a copy).
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// Empties the buffer, keeping its memory when no copy shares it.
  mutating func removeAll() {
    count = 0
    if !isKnownUniquelyReferenced(&storage) {
      storage = Storage(capacity: capacity)
      base = storage.base
    }
  }

  /// Where the next `n` bytes go. The caller initializes them and adds `n` to `count`.
  @inline(__always)
  private mutating func room(_ n: Int) -> UnsafeMutablePointer<UInt8> {
    if _slowPath(count + n > capacity) { grow(n) }
    assert(isKnownUniquelyReferenced(&storage), "a copy of an OutputBytes written to before removeAll")
    return base + count
  }

  /// New memory of its own with room for `n` more bytes, the bytes so far copied into it.
  @inline(never)
  private mutating func grow(_ n: Int) {
    let copy = Storage(capacity: max(count + n, 2 * capacity))
    copy.base.initialize(from: base, count: count)
    storage = copy
    base = copy.base
    capacity = copy.capacity
  }

  mutating func append(_ byte: UInt8) {
    room(1).initialize(to: byte)
    count += 1
  }

  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { append($0) }
  }

  mutating func append(_ other: [UInt8]) { other.withUnsafeBufferPointer { append($0) } }

  mutating func append(_ other: OutputBytes) {
    append(UnsafeBufferPointer(start: other.base, count: other.count))
  }

  mutating func append(_ other: UnsafeBufferPointer<UInt8>) {
    guard let source = other.baseAddress, other.count > 0 else { return }
    room(other.count).initialize(from: source, count: other.count)
    count += other.count
  }

  mutating func append(text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
      append(Array(text.utf8))
    }
  }

  /// `-1234` in decimal.
  mutating func append(int value: Int) {
    if value >= 0, value < 10 {
      append(UInt8(48 + value))
      return
    }
    var n = value.magnitude
    var digits = 0
    var rest = n
    repeat {
      digits += 1
      rest /= 10
    } while rest > 0
    let sign = value < 0 ? 1 : 0
    let p = room(sign + digits)  // at most 20: Int.min
    if sign == 1 { p.initialize(to: UInt8(ascii: "-")) }
    var i = sign + digits
    repeat {
      i -= 1
      (p + i).initialize(to: UInt8(48 + n % 10))
      n /= 10
    } while n > 0
    count += sign + digits
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
    let p = room(10)
    p.initialize(to: UInt8(48 + y / 1000))
    p[1] = UInt8(48 + y / 100 % 10)
    p[2] = UInt8(48 + y / 10 % 10)
    p[3] = UInt8(48 + y % 10)
    p[4] = UInt8(ascii: "-")
    p[5] = UInt8(48 + m / 10)
    p[6] = UInt8(48 + m % 10)
    p[7] = UInt8(ascii: "-")
    p[8] = UInt8(48 + d / 10)
    p[9] = UInt8(48 + d % 10)
    count += 10
  }

  /// A csv field (RFC 4180): quoted, with quotes doubled, when it holds `,`, `"`, CR or LF.
  mutating func append(csvField text: String) {
    let plain =
      text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
        for b in utf8 where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { return false }
        append(utf8)
        return true
      } ?? false
    if plain { return }
    var copy = text
    copy.makeContiguousUTF8()
    guard copy.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
      append(text: copy)
      return
    }
    append(0x22)
    for b in copy.utf8 {
      if b == 0x22 { append(0x22) }
      append(b)
    }
    append(0x22)
  }

  /// A JSON string literal, as `StringLiteral.quoted` writes it.
  mutating func append(jsonString text: String) {
    let plain =
      text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
        for b in utf8 where b < 0x20 || b == 0x22 || b == 0x5C { return false }
        append(0x22)
        append(utf8)
        append(0x22)
        return true
      } ?? false
    if !plain { append(text: StringLiteral.quoted(text)) }
  }
}
