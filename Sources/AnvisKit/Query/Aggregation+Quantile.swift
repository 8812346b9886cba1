/// The quantile of one group's values: by counting when the values are whole numbers in a
/// range not much wider than their number (rents in kroner), else by quickselect. Both give
/// the same two order statistics, so the same result to the last bit.
extension Aggregation {
  /// The first group whose values begin at or after `value` (`start`: ascending).
  static func firstGroup(from value: Int, _ start: [Int]) -> Int {
    var lo = 0
    var hi = start.count - 1
    while lo < hi {
      let mid = (lo + hi) / 2
      if start[mid] >= value { hi = mid } else { lo = mid + 1 }
    }
    return lo
  }

  /// The interpolated quantile of the values (reordered in place); `counts` is room for
  /// counting that the caller keeps from one group to the next.
  static func quantile(_ q: Double, of slice: UnsafeMutableBufferPointer<Double>, counts: inout [Int32])
    -> Double
  {
    let position = q * Double(slice.count - 1)
    let lo = Int(position.rounded(.down))
    let hi = Int(position.rounded(.up))
    let d = position - Double(lo)
    if let (a, b) = wholeOrderStatistics(lo, hi, UnsafeBufferPointer(slice), &counts) {
      return a + (b - a) * d
    }
    select(lo, in: slice)
    let upper = hi > lo ? (slice[(lo + 1)...].min() ?? slice[lo]) : slice[lo]
    return slice[lo] + (upper - slice[lo]) * d
  }

  /// The values at positions `lo` and `hi` (`lo` or `lo + 1`) of the values in order, found by
  /// counting each value; nil unless there are 64 or more, every one a whole number below 2^51
  /// in magnitude and none -0 (so that each value is its count's bin, bit for bit), and their
  /// range is below 4 times their number plus 4096 (the bins searched stay few beside them).
  static func wholeOrderStatistics(
    _ lo: Int, _ hi: Int, _ a: UnsafeBufferPointer<Double>, _ counts: inout [Int32]
  ) -> (Double, Double)? {
    guard a.count >= 64, let start = a.baseAddress else { return nil }
    // A whole number below 2^51 in magnitude comes back unchanged from adding and taking away
    // 1.5 × 2^52 (with round to nearest); any other number does not, nor does NaN.
    let magic = 0x1.8p52
    let m4 = SIMD4<Double>(repeating: magic)
    var smallest4 = SIMD4<Double>(repeating: .infinity)
    var largest4 = SIMD4<Double>(repeating: -.infinity)
    var bad4 = SIMDMask<SIMD4<Int64>>(repeating: false)
    let raw = UnsafeRawPointer(start)
    let whole4 = a.count & ~3
    for i in stride(from: 0, to: whole4, by: 4) {
      let v = raw.loadUnaligned(fromByteOffset: i * 8, as: SIMD4<Double>.self)
      smallest4.replace(with: v, where: v .< smallest4)
      largest4.replace(with: v, where: v .> largest4)
      bad4 .|= ((v + m4) - m4 .!= v) .| (unsafeBitCast(v, to: SIMD4<Int64>.self) .== Int64.min)
    }
    var smallest = smallest4.min()
    var largest = largest4.max()
    var bad = any(bad4)
    for v in a[whole4...] {
      smallest = min(smallest, v)
      largest = max(largest, v)
      bad = bad || (v + magic) - magic != v || v.bitPattern == (-0.0).bitPattern
    }
    guard !bad, smallest > -0x1p51, largest < 0x1p51, largest - smallest < Double(4 * a.count + 4096) else {
      return nil
    }
    let range = Int(largest - smallest)
    let size = range + 1
    if counts.count < size { counts = [Int32](repeating: 0, count: size) }
    return counts.withUnsafeMutableBufferPointer { c in
      guard let c = c.baseAddress else { return nil }
      c.update(repeating: 0, count: size)
      // v - smallest as the low bits of v - smallest + 1.5 × 2^52 (exact: below 2^52).
      let base = magic - smallest
      let low = (1 << 51) - 1
      for v in a { c[Int(truncatingIfNeeded: (v + base).bitPattern) & low] &+= 1 }
      // The bin of the value at position `k`, searching on from `bin` with `seen` values before
      // it: 64 bins at a time (added up without a branch per bin), then bin by bin.
      func find(_ k: Int, from: Int, seen before: Int) -> (bin: Int, seen: Int) {
        var seen = before
        var bin = from
        while bin + 64 <= size {
          var block: Int32 = 0
          for i in bin..<bin + 64 { block &+= c[i] }
          if seen + Int(block) > k { break }
          seen += Int(block)
          bin += 64
        }
        while seen + Int(c[bin]) <= k {
          seen += Int(c[bin])
          bin += 1
        }
        return (bin, seen)
      }
      let first = find(lo, from: 0, seen: 0)
      let second = hi == lo ? first.bin : find(hi, from: first.bin, seen: first.seen).bin
      return (smallest + Double(first.bin), smallest + Double(second))
    }
  }

  /// Rearranges `a` so that `a[k]` holds the value a full sort would put there, smaller
  /// values before it and larger after (quickselect, median-of-three pivots).
  static func select(_ k: Int, in a: UnsafeMutableBufferPointer<Double>) {
    var lo = 0
    var hi = a.count - 1
    while hi > lo {
      let mid = lo + (hi - lo) / 2
      if a[mid] < a[lo] { a.swapAt(mid, lo) }
      if a[hi] < a[lo] { a.swapAt(hi, lo) }
      if a[hi] < a[mid] { a.swapAt(hi, mid) }
      let pivot = a[mid]
      var i = lo
      var j = hi
      while i <= j {
        while a[i] < pivot { i &+= 1 }
        while a[j] > pivot { j &-= 1 }
        if i <= j {
          a.swapAt(i, j)
          i &+= 1
          j &-= 1
        }
      }
      if k <= j {
        hi = j
      } else if k >= i {
        lo = i
      } else {
        return
      }
    }
  }
}
