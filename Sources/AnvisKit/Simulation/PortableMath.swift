/// Math from IEEE basic operations only (+ − × ÷ are correctly rounded everywhere), so random
/// draws that need a logarithm give the same bits on every machine and C library.
enum PortableMath {
  static let ln2 = 0.693_147_180_559_945_3

  /// Natural logarithm of a positive finite number (within a few ulps).
  static func log(_ x: Double) -> Double {
    guard x > 0, x.isFinite else { return x == 0 ? -.infinity : .nan }
    // x = m × 2^e with m in [1, 2), then m in [√½, √2) for a short series.
    var m = x.significand
    var e = Double(x.exponent)
    if m > 1.414_213_562_373_095 {
      m /= 2
      e += 1
    }
    let s = (m - 1) / (m + 1)
    let s2 = s * s
    // 2·atanh(s) = 2(s + s³/3 + s⁵/5 + …); |s| < 0.172, 11 terms reach double precision.
    var term = s
    var sum = 0.0
    var k = 1.0
    for _ in 0..<11 {
      sum += term / k
      term *= s2
      k += 2
    }
    return 2 * sum + e * ln2
  }

  /// An exponential draw with the given mean.
  static func exponential(mean: Double, _ rng: inout SeededRandom) -> Double {
    -log(1 - rng.unit()) * mean
  }
}
