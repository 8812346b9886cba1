extension BestFit {
  /// `solve` with each method's blockers as one column that takes `blockers[m]` cases, for
  /// problems with more blockers and units than cases (day 0 at national scale: 1,144 units
  /// and 1,260 blockers against 1,608 cases). The blocker rows `solve` would add are alike, so
  /// this is the problem `solve` hands the solver, transposed (a row per case; columns: the
  /// units, then the blockers), with each method's blockers folded into one column
  /// (`AssignmentSolver.minimumCost(_:rows:units:capacities:)`): the same costs (`costMatrix`
  /// of the same scores), the same canonical optimum, so the same pairs. The matrix is built
  /// in the solver's orientation, one double per case and unit or method.
  static func solveByCapacity(
    live: [Int], candidates: [[(case: Int, score: Double)]], excludedByRow: [Int: Set<Int>], columns: [Int],
    columnOf: [Int], profiles: [CaseProfile], blockers: [Int]
  ) -> [(row: Int, case: Int, score: Double)] {
    let width = columns.count
    let units = live.count
    var capacityOf = [-1, -1, -1]
    var capacities = [Int]()
    for m in 0..<3 where blockers[m] > 0 {
      capacityOf[m] = capacities.count
      capacities.append(blockers[m])
    }
    let m = units + capacities.count
    var top = 0.0
    for r in live {
      let out = excludedByRow[r] ?? []
      for (c, s) in candidates[r] where !out.contains(c) { top = max(top, s) }
    }
    // As `AssignmentSolver.costMatrix` of `solve`'s scores: the top score is the blockers'.
    let blockerScore = 2 * top + 1
    let forbidden = (blockerScore + 1) * Double(width + 1)
    // Row by row for the solver's scans, and the unit columns column by column for its
    // capacity columns' searches among their rows.
    var cost = [Double](repeating: forbidden, count: width * m)
    var byColumn = [Double](repeating: forbidden, count: width * units)
    for (j, r) in live.enumerated() {
      let out = excludedByRow[r] ?? []
      for (c, s) in candidates[r] where !out.contains(c) {
        cost[columnOf[c] * m + j] = blockerScore - s
        byColumn[j * width + columnOf[c]] = blockerScore - s
      }
    }
    for (row, c) in columns.enumerated() {
      let method = profiles[c].method
      if method >= 0 && capacityOf[method] >= 0 { cost[row * m + units + capacityOf[method]] = 0 }
    }
    let assignment = AssignmentSolver.minimumCost(
      cost, byColumn: byColumn, rows: width, units: units, capacities: capacities)
    var pairs = [(row: Int, case: Int, score: Double)]()
    for (row, j) in assignment.enumerated() where j >= 0 && j < units {
      let r = live[j]
      let c = columns[row]
      guard excludedByRow[r]?.contains(c) != true, let s = candidates[r].last(where: { $0.case == c })?.score
      else { continue }
      pairs.append((r, c, s))
    }
    pairs.sort { ($0.score, -$0.row) > ($1.score, -$1.row) }
    return pairs
  }
}
