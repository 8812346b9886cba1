/// A small, fast, seeded random number generator (xoshiro256**, seeded through SplitMix64).
///
/// The same seed gives the same numbers on every machine; anvis draws no other randomness.
/// Independent streams (one per Monte Carlo run) come from `SeededRandom(seed:stream:)`.
public struct SeededRandom: RandomNumberGenerator, Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  public init(seed: UInt64, stream: UInt64 = 0) {
    var sm = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
    func splitmix(_ x: inout UInt64) -> UInt64 {
      x &+= 0x9E37_79B9_7F4A_7C15
      var z = x
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    s0 = splitmix(&sm)
    s1 = splitmix(&sm)
    s2 = splitmix(&sm)
    s3 = splitmix(&sm)
    if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
  }

  public mutating func next() -> UInt64 {
    let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = s3 << 45 | s3 >> 19
    return result
  }

  /// A uniform number in [0, 1) with 53 random bits; the same on every platform.
  public mutating func unit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// True with probability `p`.
  public mutating func chance(_ p: Double) -> Bool { unit() < p }

  /// A uniform integer in `range`, without modulo bias, the same on every platform.
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    let width = UInt64(range.upperBound - range.lowerBound) &+ 1
    if width == 0 { return Int(truncatingIfNeeded: next()) }
    return range.lowerBound + Int(next(upperBound: width))
  }
}
