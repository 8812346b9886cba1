/// `best-fit`: an optimal assignment of units to cases by `MatchScore` (as many placements as
/// possible, then the highest total score), with support capacity and `dept.cap` enforced by
/// re-solving without the lowest-scoring pairs that overflow them.
enum BestFit {
  static func match(
    units: [Int], cases: [Int], profiles: [CaseProfile], waited: [Int], rules: Eligibility,
    state: EligibilityState, skip: ((_ row: Int, _ case: Int) -> Bool)? = nil
  ) -> [(unit: Int, case: Int)] {
    guard !units.isEmpty, !cases.isEmpty else { return [] }
    let stock = rules.stock
    let levers = rules.levers
    // Per unit, its eligible cases with scores, best first; only the top `units.count` matter
    // (a unit can lose at most units.count − 1 of them to the other units).
    let k = units.count
    var candidates = [[(case: Int, score: Double)]]()
    candidates.reserveCapacity(units.count)
    for (row, u) in units.enumerated() {
      guard rules.unitOpen(u) else {
        candidates.append([])
        continue
      }
      // The best k, kept sorted by (score desc, case asc) with insertion: k is small.
      var top = [(case: Int, score: Double)]()
      top.reserveCapacity(k + 1)
      for c in cases where rules.caseMayTake(profiles[c], unit: u, state: state) && skip?(row, c) != true {
        let s = MatchScore.score(profiles[c], waitedDays: waited[c], unit: u, stock: stock, levers: levers)
        if top.count == k, let last = top.last, !(s > last.score || (s == last.score && c < last.case)) {
          continue
        }
        var i = top.count
        while i > 0 && (s > top[i - 1].score || (s == top[i - 1].score && c < top[i - 1].case)) { i -= 1 }
        top.insert((c, s), at: i)
        if top.count > k { top.removeLast() }
      }
      candidates.append(top)
    }
    // Column of a case in the current matrix, by case index (-1: none); exclusions as flags.
    var columnOf = [Int](repeating: -1, count: profiles.count)
    var excludedCase = [Bool](repeating: false, count: profiles.count)
    var excludedPairs = [(row: Int, case: Int)]()
    for attempt in 0..<32 {
      var columns = [Int]()
      for row in candidates {
        for (c, _) in row where columnOf[c] < 0 && !excludedCase[c] {
          columnOf[c] = columns.count
          columns.append(c)
        }
      }
      defer { for c in columns { columnOf[c] = -1 } }
      if columns.isEmpty { return [] }
      var scores = [Double](repeating: 0, count: units.count * columns.count)
      var allowed = [Bool](repeating: false, count: units.count * columns.count)
      for (r, row) in candidates.enumerated() {
        for (c, s) in row {
          let col = columnOf[c]
          guard col >= 0 else { continue }
          scores[r * columns.count + col] = s
          allowed[r * columns.count + col] = true
        }
      }
      for (r, c) in excludedPairs where columnOf[c] >= 0 { allowed[r * columns.count + columnOf[c]] = false }
      // Rows without any allowed pair take no part (they would only slow the solver).
      let live = (0..<units.count).filter { r in
        (0..<columns.count).contains { allowed[r * columns.count + $0] }
      }
      if live.isEmpty { return [] }
      var liveScores = [Double]()
      var liveAllowed = [Bool]()
      liveScores.reserveCapacity(live.count * columns.count)
      liveAllowed.reserveCapacity(live.count * columns.count)
      for r in live {
        liveScores += scores[(r * columns.count)..<((r + 1) * columns.count)]
        liveAllowed += allowed[(r * columns.count)..<((r + 1) * columns.count)]
      }
      let assignment = AssignmentSolver.maximumScore(
        liveScores, allowed: liveAllowed, rows: live.count, columns: columns.count)
      var pairs = [(row: Int, case: Int, score: Double)]()
      for (i, col) in assignment.enumerated() where col >= 0 {
        pairs.append((live[i], columns[col], liveScores[i * columns.count + col]))
      }
      // Enforce the side constraints; drop the lowest-scoring overflow and solve again.
      pairs.sort { ($0.score, -$0.row) > ($1.score, -$1.row) }
      var used = [0, 0, 0]
      var deptUsed = [Int: Int]()
      var feasible = true
      var kept = [(unit: Int, case: Int)]()
      for p in pairs {
        let m = profiles[p.case].method
        if m >= 0 {
          if used[m] + 1 > state.freePlaces[m] {
            excludedCase[p.case] = true
            feasible = false
            continue
          }
          if m >= 1, let cap = levers.deptCap {
            let d = stock.department[units[p.row]]
            if deptUsed[d, default: 0] + 1 + state.highSupport(in: d) > cap {
              excludedPairs.append((p.row, p.case))
              feasible = false
              continue
            }
            deptUsed[d, default: 0] += 1
          }
          used[m] += 1
        }
        kept.append((units[p.row], p.case))
      }
      // Out of attempts: the pairs that fit, greedily by score (never breaks a constraint).
      if feasible || attempt == 31 { return kept }
    }
    return []
  }
}
