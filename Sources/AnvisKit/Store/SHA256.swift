/// SHA-256 (FIPS 180-4), small and dependency-free; used for the data set's content hash in
/// session headers. Feed bytes with `update`, then read `hexDigest` once.
public struct SHA256: Sendable {
  private var state: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
  ]
  private var buffer: [UInt8] = []
  private var length: UInt64 = 0

  public init() { buffer.reserveCapacity(64) }

  /// Adds bytes to the message.
  public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    let array = Array(bytes)
    length &+= UInt64(array.count)
    array.withUnsafeBufferPointer { input in
      var offset = 0
      if !buffer.isEmpty {
        let take = min(64 - buffer.count, input.count)
        buffer.append(contentsOf: input[0..<take])
        offset = take
        if buffer.count == 64 {
          let block = buffer
          block.withUnsafeBufferPointer { compress($0, at: 0) }
          buffer.removeAll(keepingCapacity: true)
        }
      }
      while offset + 64 <= input.count {
        compress(input, at: offset)
        offset += 64
      }
      if offset < input.count { buffer.append(contentsOf: input[offset...]) }
    }
  }

  /// Adds the UTF-8 bytes of a string.
  public mutating func update(_ text: String) { update(Array(text.utf8)) }

  /// The digest as 64 lowercase hex digits (pads a copy; the hasher itself is unchanged).
  public var hexDigest: String {
    var copy = self
    let bitLength = length &* 8
    var tail: [UInt8] = [0x80]
    let fill = (64 + 56 - (copy.buffer.count + 1) % 64) % 64
    tail += [UInt8](repeating: 0, count: fill)
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    copy.update(tail)
    let digits: [Character] = Array("0123456789abcdef")
    var out = ""
    for word in copy.state {
      for shift in stride(from: 28, through: 0, by: -4) {
        out.append(digits[Int((word >> UInt32(shift)) & 0xf)])
      }
    }
    return out
  }

  /// The hex digest of one byte sequence.
  public static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
    var hasher = SHA256()
    hasher.update(bytes)
    return hasher.hexDigest
  }

  private mutating func compress(_ input: UnsafeBufferPointer<UInt8>, at offset: Int) {
    var a = state[0], b = state[1], c = state[2], d = state[3]
    var e = state[4], f = state[5], g = state[6], h = state[7]
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
      for i in 0..<16 {
        let j = offset &+ i &* 4
        w[i] =
          UInt32(input[j]) << 24 | UInt32(input[j &+ 1]) << 16 | UInt32(input[j &+ 2]) << 8
          | UInt32(input[j &+ 3])
      }
      for i in 16..<64 {
        let x = w[i &- 15], y = w[i &- 2]
        let s0 = (x >> 7 | x << 25) ^ (x >> 18 | x << 14) ^ (x >> 3)
        let s1 = (y >> 17 | y << 15) ^ (y >> 19 | y << 13) ^ (y >> 10)
        w[i] = w[i &- 16] &+ s0 &+ w[i &- 7] &+ s1
      }
      SHA256.k.withUnsafeBufferPointer { k in
        for i in 0..<64 {
          let s1 = (e >> 6 | e << 26) ^ (e >> 11 | e << 21) ^ (e >> 25 | e << 7)
          let ch = (e & f) ^ (~e & g)
          let t1 = h &+ s1 &+ ch &+ k[i] &+ w[i]
          let s0 = (a >> 2 | a << 30) ^ (a >> 13 | a << 19) ^ (a >> 22 | a << 10)
          let maj = (a & b) ^ (a & c) ^ (b & c)
          h = g; g = f; f = e; e = d &+ t1
          d = c; c = b; b = a; a = t1 &+ s0 &+ maj
        }
      }
    }
    state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
    state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
  }

  private static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]
}
