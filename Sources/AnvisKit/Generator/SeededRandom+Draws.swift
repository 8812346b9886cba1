/// The draws the generator needs, built only from `SeededRandom`'s uniform numbers and
/// exact arithmetic (no `log`, `exp` or `pow`, whose last bits differ between C libraries),
/// so a seed gives the same data set on every machine.
extension SeededRandom {
  /// Uniform in [low, high).
  mutating func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * unit() }

  /// Triangular on [low, high], peaked in the middle (the mean of two uniforms).
  mutating func triangular(_ low: Double, _ high: Double) -> Double {
    low + (high - low) * (unit() + unit()) / 2
  }

  /// An index drawn with probability proportional to `weights`.
  mutating func pick(_ weights: [Double]) -> Int {
    let total = weights.reduce(0, +)
    var target = unit() * total
    for (i, w) in weights.enumerated() {
      if target < w { return i }
      target -= w
    }
    return weights.count - 1
  }

  /// Fisher–Yates with this generator (not the standard library's `shuffle`, whose
  /// algorithm may change between Swift versions).
  mutating func shuffle<T>(_ items: inout [T]) {
    guard items.count > 1 else { return }
    for i in stride(from: items.count - 1, to: 0, by: -1) {
      let j = int(in: 0...i)
      if i != j { items.swapAt(i, j) }
    }
  }
}

/// A table for drawing from many weights quickly (binary search over the running sums).
struct WeightedTable: Sendable {
  private let cumulative: [Double]

  init(_ weights: [Double]) {
    var sum = 0.0
    cumulative = weights.map {
      sum += $0
      return sum
    }
  }

  func draw(_ rng: inout SeededRandom) -> Int {
    guard let total = cumulative.last else { return 0 }
    let target = rng.unit() * total
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let mid = (low + high) / 2
      if cumulative[mid] > target { high = mid } else { low = mid + 1 }
    }
    return low
  }
}

enum Quotas {
  /// Splits `total` into whole parts proportional to `shares` (largest remainder; ties go
  /// to the earlier share), so e.g. 290 cases × 13 % gives exactly 38 of them.
  static func split(_ total: Int, _ shares: [Double]) -> [Int] {
    let sum = shares.reduce(0, +)
    guard sum > 0, total > 0 else { return shares.map { _ in 0 } }
    let exact = shares.map { Double(total) * $0 / sum }
    var parts = exact.map { Int($0) }
    let order = exact.indices.sorted { a, b in
      let ra = exact[a] - Double(parts[a])
      let rb = exact[b] - Double(parts[b])
      return ra != rb ? ra > rb : a < b
    }
    var left = total - parts.reduce(0, +)
    var k = 0
    while left > 0 {
      parts[order[k % order.count]] += 1
      left -= 1
      k += 1
    }
    return parts
  }

  /// `total` labels, `shares` of each, in a seeded random order.
  static func shuffled<T>(_ labels: [T], _ shares: [Double], total: Int, _ rng: inout SeededRandom) -> [T] {
    var out = [T]()
    out.reserveCapacity(total)
    for (label, n) in zip(labels, split(total, shares)) {
      out.append(contentsOf: repeatElement(label, count: n))
    }
    rng.shuffle(&out)
    return out
  }
}

enum GeneratorIDs {
  /// `prefix` followed by `n` zero-padded to `width` digits (`d-007`).
  static func make(_ prefix: String, _ n: Int, width: Int) -> String {
    let digits = String(n)
    return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// The width for numbering `count` things, at least `minimum` (the example ids' width).
  static func width(_ count: Int, minimum: Int) -> Int { max(minimum, String(count).count) }
}
