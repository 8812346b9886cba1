/// Best-fit's side of a run. Each open claim keeps the cases that may take its unit by the rules
/// that never change in a run (`Eligibility.caseFits`: type, age, rooms, access, area, rent),
/// with their fit points, from the day it is made; cases joining the list later are added as
/// they join. A day's match then reads only those cases and checks only what changes: whether
/// the case still waits, holds an offer, refused this unit, and whether its support method has
/// a place (`Eligibility.supportAllows`). The answers are those of scanning the whole list.
extension SimulationRun {
  /// The waiting cases that fit `u` by the fixed rules, with `40 × fit`.
  func candidates(for u: Int) -> (cases: [Int], fitPoints: [Double]) {
    guard rules.unitOpen(u) else { return ([], []) }
    // Under `rent.rule = income`, the cases that could pay the rent (`FitPool`), each first
    // against the unit's demand (cheap, and true whenever `caseFits` is), then by the rules;
    // under `cap`, the waiting list's blocks that may meet the demand.
    let demand = rules.demand(unit: u, state: state, anyMethod: true)
    let cases =
      usesFitPool
      ? fitPool.all(payingAtLeast: demand.rent) { c in
        demand.mayMeet(reach[c]) && rules.caseFits(profile[c], unit: u)
      }
      : waiting.all(meeting: demand) { c in rules.caseFits(profile[c], unit: u) }
    return (cases, cases.map { 40 * MatchScore.fit(profile[$0], unit: u, stock: stock, levers: w.levers) })
  }

  /// Case `c` joined the waiting list: it becomes a candidate of every open claim it fits
  /// (`new`: a new case, so none has it yet; else it may be there from an earlier wait).
  mutating func addCandidate(_ c: Int, new: Bool) {
    guard policy == .bestFit else { return }
    for i in claims.indices where claims[i].unit >= 0 {
      let u = claims[i].unit
      guard rules.unitOpen(u), rules.caseFits(profile[c], unit: u) else { continue }
      if !new && claims[i].candidates.contains(c) { continue }
      claims[i].candidates.append(c)
      claims[i].fitPoints.append(40 * MatchScore.fit(profile[c], unit: u, stock: stock, levers: w.levers))
    }
  }

  /// Drops the claim's candidates that no longer wait (housed or gone), so that the daily
  /// match stops reading them; one that comes back is a candidate again through `addCandidate`,
  /// with the same fit points (they do not change for a case and a unit).
  mutating func dropLeavers(claim i: Int) {
    guard claims[i].candidates.contains(where: { !isWaiting[$0] }) else { return }
    var cases = [Int]()
    var points = [Double]()
    cases.reserveCapacity(claims[i].candidates.count)
    points.reserveCapacity(claims[i].candidates.count)
    for (k, c) in claims[i].candidates.enumerated() where isWaiting[c] {
      cases.append(c)
      points.append(claims[i].fitPoints[k])
    }
    claims[i].candidates = cases
    claims[i].fitPoints = points
  }

  /// Whether a case that may take the claim's unit today waits without a pending offer (the
  /// same answer as `firstEligible(for:refused:) != nil`).
  func hasEligible(_ claim: Claim) -> Bool {
    let u = claim.unit
    let youth = stock.type[u] == .youth
    for c in claim.candidates
    where isWaiting[c] && !offered[c] && rules.supportAllows(profile[c], unit: u, state: state) {
      if claim.refused.contains(c) || (youth && rehousing[c]) { continue }
      return true
    }
    return false
  }

  /// Today's open claims matched to waiting cases by an optimal assignment (`BestFit`).
  mutating func matchBestFit(day t: Int) {
    guard changed else { return }  // the same question as yesterday has the same answer
    changed = false
    let open = claims.indices.filter { claims[$0].offeredTo < 0 && t - claims[$0].day < w.levers.claimDays }
    guard !open.isEmpty else { return }
    let units = open.map { claims[$0].unit }
    var rows = [[(case: Int, score: Double)]]()
    rows.reserveCapacity(open.count)
    for i in open {
      dropLeavers(claim: i)
      let claim = claims[i]
      let u = claim.unit
      let youth = stock.type[u] == .youth
      var top = BestFit.Candidates(keep: open.count, freePlaces: state.freePlaces)
      for (k, c) in claim.candidates.enumerated()
      where isWaiting[c] && !offered[c] && rules.supportAllows(profile[c], unit: u, state: state) {
        if claim.refused.contains(c) || (youth && rehousing[c]) { continue }
        top.add(
          c,
          MatchScore.score(
            profile[c], waitedDays: t - registered[c], unit: u, stock: stock, fitPoints: claim.fitPoints[k]),
          method: profile[c].method)
      }
      rows.append(top.best)
    }
    let pairs = BestFit.assign(units: units, candidates: rows, profiles: profile, rules: rules, state: state)
    for (u, c) in pairs {
      guard let row = units.firstIndex(of: u) else { continue }
      makeOffer(claim: open[row], case: c, day: t)
    }
  }
}
