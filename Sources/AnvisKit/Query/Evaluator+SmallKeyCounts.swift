/// `count by` over keys with few combinations of values, counted without grouping.
extension Evaluator {
  /// Counts per combination of keys with few values each (`SmallKey`: enumerations,
  /// true/false, text with cached codes), when the combinations are few: each row's
  /// combination numbered arithmetically, a block of rows at a time, and counted in four
  /// interleaved tables, so that a run of equal rows does not wait on one counter. On a large
  /// table, chunks of rows are counted on all cores and their counts added (the same numbers
  /// whatever the chunks). The keys of each combination that occurs are decoded from its
  /// number: the key columns (one row per combination, in number order) and the counts.
  static func smallKeyCounts(_ keys: [Column], _ frame: Frame) -> (keys: [Column], counts: [Int])? {
    guard let (small, strides, total) = smallKeys(keys) else { return nil }
    let chunks = Parallel.chunks(frame.count)
    let parts = Parallel.map(chunks.count, worthIt: chunks.count > 1) { k in
      countCombinations(small, strides, total, frame.selection, chunks[k])
    }
    var present: [Int] = []
    var counts: [Int] = []
    for c in 0..<total {
      var n = 0
      for part in parts { n &+= part[c] }
      if n > 0 {
        present.append(c)
        counts.append(n)
      }
    }
    let columns = small.enumerated().map { k, key in
      key.column(of: present.map { ($0 / strides[k]) % key.size })
    }
    return (columns, counts)
  }

  /// The keys as codes, and the combination numbers (`total` of them: few) as strides.
  private static func smallKeys(_ columns: [Column]) -> (keys: [SmallKey], strides: [Int], total: Int)? {
    var keys: [SmallKey] = []
    var strides: [Int] = []
    var total = 1
    for column in columns {
      guard let key = SmallKey(column) else { return nil }
      keys.append(key)
      strides.append(total)
      total *= key.size
      if total > 4096 { return nil }
    }
    return (keys, strides, total)
  }

  /// The rows of `range` (positions in the selection, or rows) per combination number.
  private static func countCombinations(
    _ keys: [SmallKey], _ strides: [Int], _ total: Int, _ selection: [Int]?, _ range: Range<Int>
  ) -> [Int] {
    let block = 2048
    var lanes = [Int](repeating: 0, count: 4 * total)
    lanes.withUnsafeMutableBufferPointer { lanes in
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: block) { code in
        let code = code.baseAddress!
        var lo = range.lowerBound
        while lo < range.upperBound {
          let count = min(block, range.upperBound - lo)
          for (k, key) in keys.enumerated() {
            key.addCodes(times: Int32(strides[k]), first: k == 0, selection, lo, count, code)
          }
          let c0 = lanes.baseAddress!
          let c1 = c0 + total
          let c2 = c1 + total
          let c3 = c2 + total
          var i = 0
          while i + 4 <= count {
            c0[Int(code[i])] &+= 1
            c1[Int(code[i + 1])] &+= 1
            c2[Int(code[i + 2])] &+= 1
            c3[Int(code[i + 3])] &+= 1
            i += 4
          }
          while i < count {
            c0[Int(code[i])] &+= 1
            i += 1
          }
          lo += count
        }
      }
    }
    return (0..<total).map { c in lanes[c] &+ lanes[c + total] &+ lanes[c + 2 * total] &+ lanes[c + 3 * total]
    }
  }
}
