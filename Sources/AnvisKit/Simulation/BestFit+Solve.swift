extension BestFit {
  /// The fewest blockers `solve` folds into capacity columns. Below, the problem is small (the
  /// daily matches after the first day: a few units and their candidates) and the blocker rows
  /// cost less than setting up the capacity columns: aalborg best-fit under
  /// `rent.rule = income`, 20 runs, solved 967 such problems (3.7 rows each) with capacity
  /// columns in 43.6 M instructions against 34.6 M with blocker rows.
  static let capacityBlockers = 64

  /// One solve: the units (rows) with a candidate left, against every case that is a candidate
  /// of some unit (columns, in order of first mention), less the `excluded` pairs. Returns the
  /// pairs, best score first (ties: the lower row first).
  ///
  /// A method with more candidate cases than free `places` gets one blocker row per case over: a
  /// blocker may take any case of its method and outscores any unit. Every optimum then gives
  /// each blocker a case (else a case of the method is free, or a unit holds one a blocker would
  /// outscore it on), so the units hold at most `places` of the method, and among such
  /// assignments the optimum is the units' best: the optimum under the places, in one solve.
  ///
  /// When there are `capacityBlockers` blockers or more and the blockers and units outnumber
  /// the cases, each method's blockers are solved as one column that takes them all
  /// (`solveByCapacity`): the same pairs, without a row per blocker. The tests solve the same
  /// problems both ways (`capacityBlockers` 1 and `.max`).
  static func solve(
    units: Int, candidates: [[(case: Int, score: Double)]], profiles: [CaseProfile],
    excluded: [(row: Int, case: Int)], places: [Int], capacityBlockers: Int = capacityBlockers
  ) -> [(row: Int, case: Int, score: Double)] {
    var columnOf = [Int](repeating: -1, count: profiles.count)
    var columns = [Int]()
    for row in candidates {
      for (c, _) in row where columnOf[c] < 0 {
        columnOf[c] = columns.count
        columns.append(c)
      }
    }
    let width = columns.count
    guard width > 0 else { return [] }
    var excludedByRow = [Int: Set<Int>]()
    for (r, c) in excluded { excludedByRow[r, default: []].insert(c) }
    // Rows without any allowed pair take no part (they would only slow the solver).
    let live = (0..<units).filter { r in
      let out = excludedByRow[r] ?? []
      return candidates[r].contains { !out.contains($0.case) }
    }
    guard !live.isEmpty else { return [] }
    var blockers = [Int]()
    var count = [0, 0, 0]
    for c in columns where profiles[c].method >= 0 { count[profiles[c].method] += 1 }
    for m in 0..<3 where count[m] > max(0, places[m]) {
      blockers += repeatElement(m, count: count[m] - max(0, places[m]))
    }
    if blockers.count >= max(1, capacityBlockers) && live.count + blockers.count > width {
      let over = (0..<3).map { m in max(0, count[m] - max(0, places[m])) }
      return solveByCapacity(
        live: live, candidates: candidates, excludedByRow: excludedByRow, columns: columns,
        columnOf: columnOf,
        profiles: profiles, blockers: over)
    }
    let rows = live.count + blockers.count
    var scores = [Double](repeating: 0, count: rows * width)
    var allowed = [Bool](repeating: false, count: rows * width)
    var top = 0.0
    for (i, r) in live.enumerated() {
      let out = excludedByRow[r] ?? []
      for (c, s) in candidates[r] where !out.contains(c) {
        scores[i * width + columnOf[c]] = s
        allowed[i * width + columnOf[c]] = true
        top = max(top, s)
      }
    }
    let blockerScore = 2 * top + 1
    for (k, m) in blockers.enumerated() {
      let base = (live.count + k) * width
      for (col, c) in columns.enumerated() where profiles[c].method == m {
        scores[base + col] = blockerScore
        allowed[base + col] = true
      }
    }
    let assignment = AssignmentSolver.maximumScore(scores, allowed: allowed, rows: rows, columns: width)
    var pairs = [(row: Int, case: Int, score: Double)]()
    for (i, col) in assignment.prefix(live.count).enumerated() where col >= 0 {
      pairs.append((live[i], columns[col], scores[i * width + col]))
    }
    pairs.sort { ($0.score, -$0.row) > ($1.score, -$1.row) }
    return pairs
  }
}
