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
    var candidates = [[(case: Int, score: Double)]]()
    candidates.reserveCapacity(units.count)
    for (row, u) in units.enumerated() {
      var top = Candidates(keep: units.count)
      if rules.unitOpen(u) {
        for c in cases where rules.caseMayTake(profiles[c], unit: u, state: state) && skip?(row, c) != true {
          top.add(c, MatchScore.score(profiles[c], waitedDays: waited[c], unit: u, stock: stock, levers: levers))
        }
      }
      candidates.append(top.best)
    }
    return assign(units: units, candidates: candidates, profiles: profiles, rules: rules, state: state)
  }

  /// Per unit, its best eligible cases, best first, by (score descending, case ascending): a
  /// total order, so the list does not depend on the order cases are added in. Only the top
  /// `keep` (the number of units) matter: a unit can lose at most keep − 1 of them to the others.
  struct Candidates {
    let keep: Int
    var best: [(case: Int, score: Double)] = []

    init(keep: Int) {
      self.keep = keep
      best.reserveCapacity(keep + 1)
    }

    /// Insertion into the sorted list: `keep` is small.
    @inline(__always)
    mutating func add(_ c: Int, _ s: Double) {
      if best.count == keep, let last = best.last, !(s > last.score || (s == last.score && c < last.case)) {
        return
      }
      var i = best.count
      while i > 0 && (s > best[i - 1].score || (s == best[i - 1].score && c < best[i - 1].case)) { i -= 1 }
      best.insert((c, s), at: i)
      if best.count > keep { best.removeLast() }
    }
  }

  /// The optimal assignment of `units` to their candidate cases (`Candidates.best` per unit),
  /// with the support and `dept.cap` constraints enforced.
  static func assign(
    units: [Int], candidates: [[(case: Int, score: Double)]], profiles: [CaseProfile], rules: Eligibility,
    state: EligibilityState
  ) -> [(unit: Int, case: Int)] {
    let stock = rules.stock
    let levers = rules.levers
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
