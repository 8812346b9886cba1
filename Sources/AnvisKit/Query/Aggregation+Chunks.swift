/// The passes of aggregation that read every row (counting, bucketing, summing), split on a
/// large table into chunks of rows that run on all cores (`Parallel.chunks`). Each gives
/// exactly what one pass in row order gives: counts are added, buckets keep the row order
/// within each group, and sums are split only when every partial sum is exact.
extension Aggregation {
  /// The chunks for a pass over `n` rows into per-group tables of `g` entries: one chunk when
  /// the tables would not be small beside the rows.
  static func chunks(_ n: Int, groups g: Int) -> [Range<Int>] {
    let chunks = Parallel.chunks(n)
    return chunks.count > 1 && g * chunks.count <= n / 4 ? chunks : [0..<n]
  }

  /// Rows per group, leaving out missing ones.
  static func counts(_ groupOf: [Int32], _ g: Int, missing: [Bool]?) -> [Int] {
    if missing == nil, g == 1 { return [groupOf.count] }
    return sizes(groupOf, g, missing: missing).total
  }

  /// Rows per group, leaving out missing ones, in all and in each chunk of rows.
  static func sizes(_ groupOf: [Int32], _ g: Int, missing: [Bool]?) -> GroupSizes {
    let chunks = chunks(groupOf.count, groups: g)
    let parts = Parallel.map(chunks.count, worthIt: chunks.count > 1) { c in
      counts(groupOf, g, missing: missing, in: chunks[c])
    }
    let total = parts.count == 1 ? parts[0] : (0..<g).map { k in parts.reduce(0) { $0 &+ $1[k] } }
    return GroupSizes(chunks: chunks, perChunk: parts, total: total)
  }

  /// Rows of `range` per group, leaving out missing ones: four interleaved tallies, added up
  /// at the end (rows of one group often come in runs, and a single tally would make each row
  /// wait for the previous row's store).
  static func counts(_ groupOf: [Int32], _ g: Int, missing: [Bool]?, in range: Range<Int>) -> [Int] {
    var lanes = [Int](repeating: 0, count: 4 * g)
    lanes.withUnsafeMutableBufferPointer { lanes in
      groupOf.withUnsafeBufferPointer { groupOf in
        let whole = range.lowerBound + (range.count & ~3)
        if let missing {
          missing.withUnsafeBufferPointer { missing in
            for i in stride(from: range.lowerBound, to: whole, by: 4) {
              for lane in 0..<4 where !missing[i &+ lane] {
                lanes[Int(groupOf[i &+ lane]) &* 4 &+ lane] &+= 1
              }
            }
            for i in whole..<range.upperBound where !missing[i] { lanes[Int(groupOf[i]) &* 4] &+= 1 }
          }
        } else {
          for i in stride(from: range.lowerBound, to: whole, by: 4) {
            for lane in 0..<4 { lanes[Int(groupOf[i &+ lane]) &* 4 &+ lane] &+= 1 }
          }
          for i in whole..<range.upperBound { lanes[Int(groupOf[i]) &* 4] &+= 1 }
        }
      }
    }
    return (0..<g).map { lanes[4 * $0] + lanes[4 * $0 + 1] + lanes[4 * $0 + 2] + lanes[4 * $0 + 3] }
  }

  /// The values that are not missing, grouped (a counting sort): group `k`'s values in row
  /// order at `start[k]..<start[k + 1]` (`start`: the running sum of the groups' sizes). In
  /// chunks, each chunk writes its rows of group `k` after those of the chunks before it.
  static func bucket<T: GroupValue>(
    _ a: [T], _ groupOf: [Int32], _ start: [Int], _ sizes: GroupSizes, missing m: [Bool]?
  ) -> [Double] {
    let g = start.count - 1
    let chunks = sizes.chunks
    // Where each chunk writes its next value of each group.
    var fills: [[Int]] = [start]
    for c in chunks.indices.dropFirst() {
      fills.append((0...g).map { k in k < g ? fills[c - 1][k] + sizes.perChunk[c - 1][k] : 0 })
    }
    let starts = fills
    return [Double](unsafeUninitializedCapacity: start[g]) { out, initialized in
      let shared = SharedOutput(buffer: out)
      Parallel.forEach(chunks.count) { c in
        var fill = starts[c]
        fill.withUnsafeMutableBufferPointer { fill in
          a.withUnsafeBufferPointer { a in
            groupOf.withUnsafeBufferPointer { groupOf in
              let out = shared.buffer
              if let m {
                for i in chunks[c] where !m[i] {
                  let k = Int(groupOf[i])
                  out[fill[k]] = a[i].groupValue
                  fill[k] &+= 1
                }
              } else {
                for i in chunks[c] {
                  let k = Int(groupOf[i])
                  out[fill[k]] = a[i].groupValue
                  fill[k] &+= 1
                }
              }
            }
          }
        }
      }
      initialized = start[g]
    }
  }

  /// The sum per group of the values that are not missing, in chunks, when that is exactly the
  /// sum one running sum per group gives: every value a whole number no larger than 2^53 / rows,
  /// so that every partial sum, in any order, is a whole number below 2^53 and exact. nil when
  /// not chunked or when a value is not such a number.
  static func wholeGroupSums<T: GroupValue>(
    _ a: [T], _ groupOf: [Int32], _ g: Int, missing m: [Bool]?
  ) -> [Double]? {
    let chunks = chunks(groupOf.count, groups: g)
    guard chunks.count > 1 else { return nil }
    let bound = min(Double(1 << 53) / Double(max(1, groupOf.count)), Double(1 << 51))
    let parts = Parallel.map(chunks.count) { c -> [Double]? in
      // A block of rows at a time: checked (a value that is not such a number ends the chunk),
      // then added up in two interleaved sums per group (exact, so their order does not
      // matter), so that a run of rows of one group does not wait on one sum.
      var sums = [Double](repeating: 0, count: 2 * g)
      let whole = sums.withUnsafeMutableBufferPointer { sums in
        a.withUnsafeBufferPointer { a in
          groupOf.withUnsafeBufferPointer { groupOf in
            @inline(__always) func add(_ skip: (Int) -> Bool) -> Bool {
              var lo = chunks[c].lowerBound
              while lo < chunks[c].upperBound {
                let hi = min(lo + 8192, chunks[c].upperBound)
                // Missing rows hold a placeholder (0), which passes.
                guard T.allWhole(UnsafeBufferPointer(rebasing: a[lo..<hi]), bound: bound) else {
                  return false
                }
                for i in lo..<hi where !skip(i) {
                  sums[Int(groupOf[i]) &* 2 &+ (i & 1)] += a[i].groupValue
                }
                lo = hi
              }
              return true
            }
            guard let m else { return add { _ in false } }
            return m.withUnsafeBufferPointer { m in add { m[$0] } }
          }
        }
      }
      guard whole else { return nil }
      return (0..<g).map { k -> Double in sums[2 * k] + sums[2 * k + 1] }
    }
    var sums = [Double](repeating: 0, count: g)
    for part in parts {
      guard let part else { return nil }
      for k in 0..<g { sums[k] += part[k] }
    }
    return sums
  }
}

/// A value that aggregates as a number.
protocol GroupValue: Sendable {
  var groupValue: Double { get }
  /// Whether every value is a whole number no larger than `bound` (below 2^51) in magnitude.
  static func allWhole(_ values: UnsafeBufferPointer<Self>, bound: Double) -> Bool
}

extension Int: GroupValue {
  @inline(__always) var groupValue: Double { Double(self) }

  static func allWhole(_ values: UnsafeBufferPointer<Int>, bound: Double) -> Bool {
    var largest: UInt = 0
    for v in values { largest = Swift.max(largest, v.magnitude) }
    return Double(largest) <= bound
  }
}

extension Double: GroupValue {
  @inline(__always) var groupValue: Double { self }

  /// Four at a time. A whole number below 2^51 in magnitude comes back unchanged from adding
  /// and taking away 1.5 × 2^52 (with round to nearest); any other number does not, nor NaN.
  static func allWhole(_ values: UnsafeBufferPointer<Double>, bound: Double) -> Bool {
    guard let base = values.baseAddress else { return true }
    let magic = SIMD4<Double>(repeating: 0x1.8p52)
    let limit = SIMD4<Double>(repeating: bound)
    let half = SIMD4<Double>(repeating: 0.5)
    var bad = SIMDMask<SIMD4<Int64>>(repeating: false)
    let raw = UnsafeRawPointer(base)
    let whole4 = values.count & ~3
    for i in stride(from: 0, to: whole4, by: 4) {
      let v = raw.loadUnaligned(fromByteOffset: i * 8, as: SIMD4<Double>.self)
      // Beyond the bound: 0.5, which is not whole.
      let w = v.replacing(with: half, where: (v .> limit) .| (v .< -limit))
      bad .|= (w + magic) - magic .!= w
    }
    var tailBad = false
    for v in values[whole4...] {
      let w = v.magnitude <= bound ? v : 0.5
      tailBad = tailBad || (w + 0x1.8p52) - 0x1.8p52 != w
    }
    return !any(bad) && !tailBad
  }
}

/// Rows per group (leaving out missing ones), in all and in each chunk of rows.
struct GroupSizes: Sendable {
  let chunks: [Range<Int>]
  let perChunk: [[Int]]
  let total: [Int]
}

/// An output buffer that parallel workers write at disjoint places.
private struct SharedOutput: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Double>
}
