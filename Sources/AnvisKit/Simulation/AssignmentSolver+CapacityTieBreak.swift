extension AssignmentSolver {
  /// The canonical optimum of a capacity problem (`minimumCost(_:rows:units:capacities:)`)
  /// from an optimum of it and its duals, as the column of each row (a capacity column for
  /// every row on one of its copies).
  ///
  /// The optimum is expanded to the problem with each capacity column's copies: its rows take
  /// its copies in row order, each copy has its dual; a row tight with a capacity column is
  /// tight with every copy. Then the tie-break of the expanded problem runs on those tight
  /// pairs (`canonicalize(tight:start:rows:columns:columnOf:)`), and each row's copy is
  /// mapped back to its capacity column. The copies are alike, so which copy a row gets does
  /// not change which rows get which unit columns: the canonical optimum of the expanded
  /// problem, whatever the copies' order, gives every row what this one gives it.
  ///
  /// Unless `expand` (the tests compare), the moves run on the capacity problem's own columns
  /// (`moveToCanonical(tight:start:columnOf:rows:units:capacities:)`), to the same end.
  static func canonicalize(
    _ cost: UnsafeBufferPointer<Double>, rows n: Int, units: Int, capacities: [Int], solution: Solution,
    holders: [[Int]], tolerance: Double, expand: Bool = false
  ) -> [Int] {
    let m = units + capacities.count
    var first = [Int]()
    var width = units
    for k in capacities {
      first.append(width)
      width += k
    }
    var full = solution.columnOf
    for (c, held) in holders.enumerated() {
      for (k, r) in held.sorted().enumerated() { full[r] = first[c] + k }
    }
    guard let base = cost.baseAddress, n <= width, !full.contains(-1) else { return solution.columnOf }
    // No row tight with a column left of its own (in the order units, then capacity columns):
    // no row can move to a smaller unit or capacity column, canonical already (a move to a
    // smaller copy of its own capacity column changes nothing that is returned).
    guard
      mightMove(
        cost, rows: n, columns: m, columnOf: solution.columnOf, u: solution.u, v: solution.v,
        tolerance: tolerance)
    else { return solution.columnOf }
    if !expand {
      return canonicalizeCompact(
        base, rows: n, units: units, capacities: capacities, solution: solution, tolerance: tolerance)
    }
    // A row tight with a capacity column is tight with each of its copies.
    var (tight, start) = tightPairs(base, rows: n, columns: m, solution: solution, tolerance: tolerance) {
      j, tight in
      if j < units {
        tight.append(j)
      } else {
        let c = j - units
        tight.append(contentsOf: first[c]..<(first[c] + capacities[c]))
      }
    }
    canonicalize(tight: &tight, start: &start, rows: n, columns: width, columnOf: &full)
    var capacityOf = [Int](repeating: -1, count: width)
    for c in 0..<capacities.count {
      for j in first[c]..<(first[c] + capacities[c]) { capacityOf[j] = units + c }
    }
    return full.map { $0 < units ? $0 : capacityOf[$0] }
  }

  /// The tie-break on the capacity problem's own tight pairs.
  private static func canonicalizeCompact(
    _ base: UnsafePointer<Double>, rows n: Int, units: Int, capacities: [Int], solution: Solution,
    tolerance: Double
  ) -> [Int] {
    let m = units + capacities.count
    let (tight, start) = tightPairs(base, rows: n, columns: m, solution: solution, tolerance: tolerance) {
      $1.append($0)
    }
    var col = solution.columnOf
    moveToCanonical(tight: tight, start: start, columnOf: &col, rows: n, units: units, capacities: capacities)
    return col
  }

  /// The tight pairs of every row (`tightColumns`), then of the zero-cost rows (the columns
  /// with `-v ≤ tolerance`), each column put into the list by `put`:
  /// `tight[start[r]..<start[r + 1]]`, the zero-cost rows' at `r = n`.
  private static func tightPairs(
    _ base: UnsafePointer<Double>, rows n: Int, columns m: Int, solution: Solution, tolerance: Double,
    put: (_ column: Int, _ tight: inout [Int]) -> Void
  ) -> (tight: [Int], start: [Int]) {
    var start = [Int](repeating: 0, count: n + 2)
    var tight = [Int]()
    tight.reserveCapacity(2 * m + n)
    let buffer = UnsafeMutablePointer<Int>.allocate(capacity: m)
    defer { buffer.deallocate() }
    solution.v.withUnsafeBufferPointer { vb in
      guard let vp = vb.baseAddress else { return }
      for r in 0..<n {
        let count = tightColumns(
          row: base + r * m, vp, count: m, u: solution.u[r], tolerance: tolerance, into: buffer)
        for q in 0..<count { put(buffer[q], &tight) }
        start[r + 1] = tight.count
      }
    }
    for j in 0..<m where -solution.v[j] <= tolerance { put(j, &tight) }
    start[n + 1] = tight.count
    return (tight, start)
  }
}
