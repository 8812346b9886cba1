/// Windows (`AGG(x) over (…)`, `row_number()`, `running_sum(x)`), `top N by x per f`,
/// `pivot f` and membership in a pipeline's values.
extension Evaluator {
  /// A window expression's value for each selected row.
  static func window(_ w: Plan.Window, in frame: Frame) throws(Diagnostic) -> Column {
    let n = frame.count
    let grouping = Grouping(keys: w.partition.map { frame.columns[$0] }, frame: frame)
    switch w.kind {
    case .aggregate(let a):
      guard n > 0 else { return Column.allMissing(type: a.type, count: 0) }
      let values = try a.argument.map { e throws(Diagnostic) in try evaluate(e, in: frame) }
      let keep = try a.condition.map { e throws(Diagnostic) in truth(try evaluate(e, in: frame)) }
      let perGroup = try Aggregation.compute(a, values: values, keep: keep, grouping: grouping)
      return perGroup.picking(grouping.groupOf.map { Int($0) })
    case .rowNumber:
      var seen = [Int](repeating: 0, count: grouping.groupCount)
      var out = [Int](repeating: 0, count: n)
      for p in positions(w.sort, frame) {
        let g = Int(grouping.groupOf[p])
        seen[g] += 1
        out[p] = seen[g]
      }
      return Column(name: "", storage: .int(out))
    case .runningSum(let x):
      let v = try evaluate(x, in: frame)
      var missing = [Bool](repeating: true, count: n)
      var started = [Bool](repeating: false, count: grouping.groupCount)
      if case .double(let a) = v.storage {
        var sums = [Double](repeating: 0, count: grouping.groupCount)
        var out = [Double](repeating: 0, count: n)
        for p in positions(w.sort, frame) {
          let g = Int(grouping.groupOf[p])
          if !v.isMissing(p) {
            sums[g] += a[p]
            if !sums[g].isFinite { throw decimalOverflowError(at: w.range) }
            started[g] = true
          }
          out[p] = sums[g]
          missing[p] = !started[g]
        }
        return Column(name: "", storage: .double(out), missing: missing)
      }
      let a = v.intValues
      var sums = [Int](repeating: 0, count: grouping.groupCount)
      var out = [Int](repeating: 0, count: n)
      for p in positions(w.sort, frame) {
        let g = Int(grouping.groupOf[p])
        if !v.isMissing(p) {
          let (s, overflow) = sums[g].addingReportingOverflow(a[p])
          if overflow { throw overflowError(at: w.range) }
          sums[g] = s
          started[g] = true
        }
        out[p] = sums[g]
        missing[p] = !started[g]
      }
      return Column(name: "", storage: .int(out), missing: missing)
    }
  }

  /// Positions 0..<count in the order of the sort keys (stable); as they are without keys.
  static func positions(_ keys: [Plan.SortKey], _ frame: Frame) -> [Int] {
    guard !keys.isEmpty else { return Array(0..<frame.count) }
    let order = RowOrder(keys.map { (frame.dense(frame.columns[$0.column]), $0.descending) })
    return order.sorted(Array(0..<frame.count))
  }

  /// `top N by key [per f, …]`: overall, a top-N selection; per group, the groups in key order
  /// (ascending, missing last) and within each its first N rows by the key.
  static func top(_ n: Int, _ key: Plan.SortKey, per: [Int], _ frame: Frame) -> Frame {
    var out = frame
    let keyColumn = (frame.columns[key.column], key.descending)
    guard !per.isEmpty else {
      let order = RowOrder([keyColumn])
      out.selection =
        n < frame.count ? order.top(n, of: frame.selection, count: frame.baseCount) : order.sorted(frame.rows)
      return out
    }
    let perColumns = per.map { frame.dense(frame.columns[$0]) }
    let key = frame.dense(frame.columns[key.column])
    let dense = Frame(columns: perColumns, baseCount: frame.count)
    let grouping = Grouping(keys: perColumns, frame: dense)
    let rows = frame.rows
    // Each group keeps its n best positions, in order (a small sorted list per group):
    // one pass, no full sort. A later row enters only when strictly better (stable).
    let best = bestPerGroup(n, key: (key, keyColumn.1), grouping: grouping, count: frame.count)
    let groupOrder = RowOrder(perColumns.map { ($0, false) })
    let first = grouping.firstRow
    let groups = Array(0..<grouping.groupCount).sorted { a, b in
      let o = groupOrder.compare(first[a], first[b])
      return o != 0 ? o < 0 : a < b
    }
    out.selection = groups.flatMap { best[$0].map { rows[$0] } }
    return out
  }

  /// For each group, the positions of its first `n` rows by the key (ties in position order).
  static func bestPerGroup(
    _ n: Int, key: (Column, Bool), grouping: Grouping, count: Int
  ) -> [[Int]] {
    var best = [[Int]](repeating: [], count: grouping.groupCount)
    guard n > 0 else { return best }
    let positions = Array(0..<count)
    let order = RowOrder([key])
    let scores = RowOrder.exactScores(key.0, descending: key.1, rows: positions)
    @inline(__always) func better(_ p: Int, _ q: Int) -> Bool {
      if let scores { return scores[p] < scores[q] }
      return order.compare(p, q) < 0
    }
    for p in 0..<count {
      let g = Int(grouping.groupOf[p])
      if best[g].count == n {
        guard let last = best[g].last, better(p, last) else { continue }
        best[g].removeLast()
      }
      var i = best[g].count
      while i > 0, better(p, best[g][i - 1]) { i -= 1 }
      best[g].insert(p, at: i)
    }
    return best
  }

  /// Whether each value of `v` is among the values of `other` (missing values of `other` are
  /// left out; a missing `v` gives false either way).
  static func membership(_ v: Column, in other: Column, negated: Bool) -> [Bool] {
    var out = [Bool](repeating: false, count: v.count)
    func test<K: Hashable>(_ values: [K], _ pool: [K]) {
      var set = Set<K>()
      for (i, k) in pool.enumerated() where !other.isMissing(i) { set.insert(k) }
      for i in values.indices where !v.isMissing(i) { out[i] = set.contains(values[i]) != negated }
    }
    switch v.storage {
    case .string, .enumeration, .coded: test(v.stringValues, other.stringValues)
    case .int(let a), .date(let a): test(a, other.intValues)
    case .double(let a): test(a.map { $0 == 0 ? 0 : $0 }, Aggregation.numbers(other).map { $0 == 0 ? 0 : $0 })
    case .bool(let a): test(a, other.boolValues)
    }
    return out
  }
}
