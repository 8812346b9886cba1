/// UTF-8 well-formedness, byte by byte (Unicode 15, table 3-7).
enum UTF8Check {
  /// The length of the well-formed sequence starting at `i` (whose first byte is ≥ 0x80),
  /// or 0 when it is not well formed.
  static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let lead = b[i]
    func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
      i + k < b.count && b[i + k] >= low && b[i + k] <= high
    }
    switch lead {
    case 0xC2...0xDF: return cont(1) ? 2 : 0
    case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
    case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
    case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
    case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
    case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
    default: return 0
    }
  }

  /// Two upper-case hex digits.
  static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
  }

  /// Whether all of `bytes` is well-formed UTF-8.
  static func isValid(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { b in
      var i = 0
      while i < b.count {
        if b[i] < 0x80 {
          i += 1
          continue
        }
        let n = sequenceLength(b, at: i)
        if n == 0 { return false }
        i += n
      }
      return true
    }
  }
}
