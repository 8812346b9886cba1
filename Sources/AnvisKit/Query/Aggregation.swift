import Dispatch

/// Aggregates over groups: count, sum, avg, min, max, median and percentiles. Missing values
/// are skipped; a group with no values gives missing (count gives 0).
enum Aggregation {
  /// `sizes`: the rows per group, when the caller has counted them (`sizes(_:_:missing:)`; used where no value is
  /// missing and no condition drops any).
  static func compute(
    _ aggregate: Plan.Aggregate, values: Column?, keep: [Bool]? = nil, grouping: Grouping,
    sizes: GroupSizes? = nil
  ) throws(Diagnostic) -> Column {
    let g = grouping.groupCount
    let groupOf = grouping.groupOf
    guard var values else {
      return Column(
        name: aggregate.name,
        storage: .int((keep == nil ? sizes?.total : nil) ?? counts(groupOf, g, keep: keep)))
    }
    // A condition (sumif, avgif): rows where it does not hold count as missing.
    let dropped = keep.map { $0.map { !$0 } }
    if let dropped { values.missing = unionMissing(values.missing, dropped) }
    let m = values.missing
    // Values per group that are not missing.
    let presentSizes = (m == nil ? sizes : nil) ?? Aggregation.sizes(groupOf, g, missing: m)
    let present = presentSizes.total
    let empty = present.map { $0 == 0 }
    switch aggregate.kind {
    case .count:
      return Column(name: aggregate.name, storage: .int(present))
    case .dcount:
      return Column(name: aggregate.name, storage: .int(distinctCounts(values, grouping: grouping)))
    case .sum:
      if case .double(let a) = values.storage {
        let sums =
          wholeGroupSums(a, groupOf, g, missing: m) ?? groupSums(a, groupOf, g, missing: m, lanes: 1) { $0 }
        if sums.contains(where: { !$0.isFinite }) {
          throw Evaluator.decimalOverflowError(at: aggregate.range)
        }
        return Column(name: aggregate.name, storage: .double(sums), missing: empty)
      }
      let a = values.intValues
      var sums = [Int](repeating: 0, count: g)
      for i in groupOf.indices where m?[i] != true {
        let (s, overflow) = sums[Int(groupOf[i])].addingReportingOverflow(a[i])
        if overflow { throw Evaluator.overflowError(at: aggregate.range) }
        sums[Int(groupOf[i])] = s
      }
      return Column(name: aggregate.name, storage: .int(sums), missing: empty)
    case .avg:
      var sums: [Double]
      switch values.storage {
      // Integers: two interleaved partial sums, exact below 2^53, so the result is that of one
      // running sum; other numbers keep one running sum, so their rounding stays as it was.
      case .int(let a), .date(let a):
        sums =
          wholeGroupSums(a, groupOf, g, missing: m)
          ?? groupSums(a, groupOf, g, missing: m, lanes: 2) { Double($0) }
      default:
        let a = numbers(values)
        sums =
          wholeGroupSums(a, groupOf, g, missing: m) ?? groupSums(a, groupOf, g, missing: m, lanes: 1) { $0 }
      }
      if sums.contains(where: { !$0.isFinite }) { throw Evaluator.decimalOverflowError(at: aggregate.range) }
      for k in 0..<g where present[k] > 0 { sums[k] /= Double(present[k]) }
      return Column(name: aggregate.name, storage: .double(sums), missing: empty)
    case .min, .max:
      return extreme(
        values, grouping: grouping, max: aggregate.kind.isMax, name: aggregate.name, empty: empty)
    case .median:
      return quantile(
        0.5, values, grouping: grouping, present: presentSizes, name: aggregate.name, empty: empty)
    case .percentile(let p):
      return quantile(
        p / 100, values, grouping: grouping, present: presentSizes, name: aggregate.name, empty: empty)
    }
  }

  /// The sum per group of the values that are not missing, in `lanes` (1 or a power of two)
  /// interleaved partial sums per group added up at the end: rows of one group often come in
  /// runs, and a single sum would make each row wait for the previous row's store.
  static func groupSums<T>(
    _ a: [T], _ groupOf: [Int32], _ g: Int, missing m: [Bool]?, lanes: Int, _ double: (T) -> Double
  ) -> [Double] {
    var partial = [Double](repeating: 0, count: lanes * g)
    let mask = lanes - 1
    partial.withUnsafeMutableBufferPointer { partial in
      a.withUnsafeBufferPointer { a in
        groupOf.withUnsafeBufferPointer { groupOf in
          if let m {
            for i in groupOf.indices where !m[i] {
              partial[Int(groupOf[i]) &* lanes &+ (i & mask)] += double(a[i])
            }
          } else {
            for i in groupOf.indices { partial[Int(groupOf[i]) &* lanes &+ (i & mask)] += double(a[i]) }
          }
        }
      }
    }
    return (0..<g).map { k in (0..<lanes).reduce(0) { $0 + partial[k * lanes + $1] } }
  }

  /// Rows per group where `keep` holds (all rows without it).
  static func counts(_ groupOf: [Int32], _ g: Int, keep: [Bool]?) -> [Int] {
    guard let keep else { return counts(groupOf, g, missing: nil) }
    var counts = [Int](repeating: 0, count: g)
    counts.withUnsafeMutableBufferPointer { counts in
      groupOf.withUnsafeBufferPointer { groupOf in
        keep.withUnsafeBufferPointer { keep in
          if g == 1 {
            var n = 0
            for k in keep { n &+= k ? 1 : 0 }
            counts[0] = n
          } else {
            for i in groupOf.indices { counts[Int(groupOf[i])] &+= keep[i] ? 1 : 0 }
          }
        }
      }
    }
    return counts
  }

  /// Distinct values that are not missing, per group.
  static func distinctCounts(_ values: Column, grouping: Grouping) -> [Int] {
    let n = values.count
    let (codes, cardinality) = Grouping.encode(values, nil, n, limit: max(1 << 16, 2 * n))
    let m = values.missing
    var seen = Set<Int>()
    var out = [Int](repeating: 0, count: grouping.groupCount)
    for i in 0..<n where m?[i] != true {
      let g = Int(grouping.groupOf[i])
      if seen.insert(g * cardinality + codes[i]).inserted { out[g] += 1 }
    }
    return out
  }

  static func numbers(_ values: Column) -> [Double] {
    if case .double(let a) = values.storage { return a }
    if case .bool(let a) = values.storage { return a.map { $0 ? 1 : 0 } }
    return values.intValues.map(Double.init)
  }

  /// The smallest or largest value per group; by text for enumerations.
  static func extreme(_ values: Column, grouping: Grouping, max: Bool, name: String, empty: [Bool]) -> Column
  {
    let m = values.missing
    let groupOf = grouping.groupOf
    func pick<T: Comparable>(_ a: [T], _ initial: T) -> [T] {
      var best = [T](repeating: initial, count: grouping.groupCount)
      var seen = [Bool](repeating: false, count: grouping.groupCount)
      for i in groupOf.indices where m?[i] != true {
        let k = Int(groupOf[i])
        if !seen[k] || (max ? a[i] > best[k] : a[i] < best[k]) {
          best[k] = a[i]
          seen[k] = true
        }
      }
      return best
    }
    let storage: Column.Storage
    switch values.storage {
    case .int(let a): storage = .int(pick(a, 0))
    case .date(let a): storage = .date(pick(a, 0))
    case .double(let a): storage = .double(pick(a, 0))
    case .string(let a): storage = .string(pick(a, ""))
    case .bool(let a): storage = .bool(pick(a.map { $0 ? 1 : 0 }, 0).map { $0 == 1 })
    case .enumeration(let codes, let vals):
      let rank = RowOrder.textRanks(vals)
      var codeOfRank = [Int32](repeating: 0, count: vals.count)
      for (code, r) in rank.enumerated() { codeOfRank[Int(r)] = Int32(code) }
      let best = pick(codes.map { rank[Int($0)] }, 0)
      storage = .enumeration(codes: best.map { codeOfRank[Int($0)] }, values: vals)
    case .coded:
      return extreme(values.decoded, grouping: grouping, max: max, name: name, empty: empty)
    }
    return Column(name: name, storage: storage, missing: empty)
  }

  /// Interpolated quantile per group (like DuckDB's quantile_cont).
  static func quantile(
    _ q: Double, _ values: Column, grouping: Grouping, present sizes: GroupSizes, name: String, empty: [Bool]
  ) -> Column {
    let present = sizes.total
    let m = values.missing
    let g = grouping.groupCount
    // Bucket the values by group (a counting sort), then select within each bucket.
    var start = [Int](repeating: 0, count: g + 1)
    for k in 0..<g { start[k + 1] = start[k] + present[k] }
    // Integers are converted as they are bucketed, with no converted copy of the column.
    var bucketed: [Double]
    switch values.storage {
    case .int(let a), .date(let a): bucketed = bucket(a, grouping.groupOf, start, sizes, missing: m)
    default: bucketed = bucket(numbers(values), grouping.groupOf, start, sizes, missing: m)
    }
    var out = [Double](repeating: 0, count: g)
    bucketed.withUnsafeMutableBufferPointer { buffer in
      out.withUnsafeMutableBufferPointer { out in
        let shared = SharedBuffers(values: buffer, results: out)
        // Groups are independent: on large inputs, the groups are split into pieces of about
        // as many values each (so that they cost about the same), run on all cores. The result
        // does not depend on it.
        let total = start[g]
        let cuts = Parallel.chunks(total).map { c in firstGroup(from: c.lowerBound, start) } + [g]
        let ranges = (0..<cuts.count - 1).map { cuts[$0]..<cuts[$0 + 1] }.filter { !$0.isEmpty }
        let start = start
        Parallel.forEach(ranges.count) { part in
          var counts: [Int32] = []
          for k in ranges[part] where present[k] > 0 {
            shared.results[k] = Aggregation.quantile(
              q, of: UnsafeMutableBufferPointer(rebasing: shared.values[start[k]..<start[k + 1]]),
              counts: &counts)
          }
        }
      }
    }
    return Column(name: name, storage: .double(out), missing: empty)
  }
}

/// Buffers that parallel workers write at disjoint places.
private struct SharedBuffers: @unchecked Sendable {
  let values: UnsafeMutableBufferPointer<Double>
  let results: UnsafeMutableBufferPointer<Double>
}

extension Plan.Aggregate.Kind {
  var isMax: Bool {
    if case .max = self { return true }
    return false
  }
}
