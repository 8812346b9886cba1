/// `count by f, …`: rows per combination of keys, sorted by count descending, then by the keys.
extension Evaluator {
  static func countBy(_ keys: [Int], _ frame: Frame) -> Frame {
    let keyColumns = keys.map { frame.columns[$0] }
    if let (small, counts) = smallKeyCounts(keyColumns, frame) {
      let order = RowOrder(small.map { ($0, false) })
      let groups = Array(counts.indices).sorted { a, b in
        if counts[a] != counts[b] { return counts[a] > counts[b] }
        let o = order.compare(a, b)
        return o != 0 ? o < 0 : a < b
      }
      let columns = small.map { $0.picking(groups) } + [Column(name: "count", storage: .int(groups.map { counts[$0] }))]
      return Frame(columns: columns, baseCount: groups.count)
    }
    let grouping = Grouping(keys: keyColumns, frame: frame)
    let counts = Aggregation.counts(grouping.groupOf, grouping.groupCount, missing: nil)
    let order = RowOrder(keyColumns.map { ($0, false) })
    let first = grouping.firstRow
    let groups = Array(0..<grouping.groupCount).sorted { a, b in
      if counts[a] != counts[b] { return counts[a] > counts[b] }
      let o = order.compare(first[a], first[b])
      return o != 0 ? o < 0 : a < b
    }
    let rows = groups.map { first[$0] }
    let columns =
      keyColumns.map { $0.picking(rows) } + [Column(name: "count", storage: .int(groups.map { counts[$0] }))]
    return Frame(columns: columns, baseCount: rows.count)
  }

  /// Counts per combination of enumeration and true/false keys, when the combinations are
  /// few: one pass a block of rows at a time, each row's combination numbered arithmetically
  /// (a missing value is one more code) and counted in four interleaved tables, so that a run
  /// of equal rows does not wait on one counter. The keys of each combination that occurs are
  /// decoded from its number: the key columns (one row per combination, in number order) and
  /// the counts.
  static func smallKeyCounts(_ keys: [Column], _ frame: Frame) -> (keys: [Column], counts: [Int])? {
    var sizes: [Int] = []
    var strides: [Int] = []
    var total = 1
    for key in keys {
      switch key.storage {
      case .enumeration(_, let values): sizes.append(values.count + 1)
      case .bool: sizes.append(3)
      default: return nil
      }
      strides.append(total)
      total *= sizes[sizes.count - 1]
      if total > 4096 { return nil }
    }
    let n = frame.count
    let block = 2048
    var lanes = [Int](repeating: 0, count: 4 * total)
    lanes.withUnsafeMutableBufferPointer { lanes in
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: block) { code in
        let code = code.baseAddress!
        var lo = 0
        while lo < n {
          let count = min(block, n - lo)
          for (k, key) in keys.enumerated() {
            addCodes(key, times: Int32(strides[k]), first: k == 0, frame.selection, lo, count, code)
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
    var present: [Int] = []
    var counts: [Int] = []
    for c in 0..<total {
      let n = lanes[c] + lanes[c + total] + lanes[c + 2 * total] + lanes[c + 3 * total]
      if n > 0 {
        present.append(c)
        counts.append(n)
      }
    }
    let columns = keys.enumerated().map { k, key in
      let codes = present.map { ($0 / strides[k]) % sizes[k] }
      let missingCode = sizes[k] - 1
      let missing = codes.contains(missingCode) ? codes.map { $0 == missingCode } : nil
      let storage: Column.Storage
      switch key.storage {
      case .enumeration(_, let values):
        storage = .enumeration(codes: codes.map { Int32($0 == missingCode ? 0 : $0) }, values: values)
      default:
        storage = .bool(codes.map { $0 == 1 })
      }
      return Column(name: key.name, storage: storage, missing: missing)
    }
    return (columns, counts)
  }

  /// Sets (the first key) or adds `times ×` the key's code for rows `lo..<lo+n` of the table
  /// (through the selection when there is one); missing is the code after the last value.
  @inline(__always)
  private static func addCodes(
    _ key: Column, times: Int32, first: Bool, _ selection: [Int]?, _ lo: Int, _ n: Int,
    _ out: UnsafeMutablePointer<Int32>
  ) {
    func run<T>(_ a: [T], _ missingCode: Int32, _ code: (T) -> Int32) {
      a.withUnsafeBufferPointer { a in
        let m = key.missing
        @inline(__always) func value(_ r: Int) -> Int32 {
          if let m, m[r] { return missingCode }
          return code(a[r])
        }
        if let selection {
          selection.withUnsafeBufferPointer { s in
            if first {
              for i in 0..<n { out[i] = value(s[lo + i]) &* times }
            } else {
              for i in 0..<n { out[i] &+= value(s[lo + i]) &* times }
            }
          }
        } else if m == nil {
          let base = a.baseAddress! + lo
          if first {
            for i in 0..<n { out[i] = code(base[i]) &* times }
          } else {
            for i in 0..<n { out[i] &+= code(base[i]) &* times }
          }
        } else {
          if first {
            for i in 0..<n { out[i] = value(lo + i) &* times }
          } else {
            for i in 0..<n { out[i] &+= value(lo + i) &* times }
          }
        }
      }
    }
    switch key.storage {
    case .enumeration(let codes, let values): run(codes, Int32(values.count)) { $0 }
    case .bool(let b): run(b, 2) { $0 ? 1 : 0 }
    default: break
    }
  }
}
