/// `best-fit`: an optimal assignment of units to cases by `MatchScore` (as many placements as
/// possible, then the highest total score) under the free support places, exactly, and with
/// `dept.cap` enforced by solving again without the lowest-scoring pairs that break it.
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
      var top = Candidates(keep: units.count, freePlaces: state.freePlaces)
      if rules.unitOpen(u) {
        for c in cases where rules.caseMayTake(profiles[c], unit: u, state: state) && skip?(row, c) != true {
          top.add(
            c, MatchScore.score(profiles[c], waitedDays: waited[c], unit: u, stock: stock, levers: levers),
            method: profiles[c].method)
        }
      }
      candidates.append(top.best)
    }
    return assign(units: units, candidates: candidates, profiles: profiles, rules: rules, state: state)
  }

  /// The optimal assignment of `units` to their candidate cases (`Candidates.best` per unit)
  /// under the support places and `dept.cap`.
  ///
  /// One solve gives the optimum under the places exactly (`solve(places:)`). `dept.cap` is
  /// enforced by solving again without the lowest-scoring pairs that break it, up to 32 times;
  /// then the pairs that fit are kept, greedily by score (never breaking a limit).
  static func assign(
    units: [Int], candidates: [[(case: Int, score: Double)]], profiles: [CaseProfile], rules: Eligibility,
    state: EligibilityState
  ) -> [(unit: Int, case: Int)] {
    let stock = rules.stock
    let levers = rules.levers
    var excludedPairs = [(row: Int, case: Int)]()
    for attempt in 0..<32 {
      let pairs = solve(
        units: units.count, candidates: candidates, profiles: profiles, excluded: excludedPairs,
        places: state.freePlaces)
      var used = [0, 0, 0]
      var deptUsed = [Int: Int]()
      var overCap = false
      var kept = [(unit: Int, case: Int)]()
      for p in pairs {
        let m = profiles[p.case].method
        if m >= 0 {
          if used[m] + 1 > state.freePlaces[m] { continue }  // never, with the places in the solve
          if m >= 1, let cap = levers.deptCap {
            let d = stock.department[units[p.row]]
            if deptUsed[d, default: 0] + 1 + state.highSupport(in: d) > cap {
              excludedPairs.append((p.row, p.case))
              overCap = true
              continue
            }
            deptUsed[d, default: 0] += 1
          }
          used[m] += 1
        }
        kept.append((units[p.row], p.case))
      }
      if !overCap || attempt == 31 { return kept }
    }
    return []
  }
}
