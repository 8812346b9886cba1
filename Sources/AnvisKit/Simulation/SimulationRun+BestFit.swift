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
    let demand = rules.demand(unit: u, state: state, anyMethod: true)
    guard usesFitPool else {
      // Under `cap`, the waiting list's blocks that may meet the demand.
      let cases = waiting.all(meeting: demand) { c in rules.caseFits(profile[c], unit: u) }
      return (cases, cases.map { 40 * MatchScore.fit(profile[$0], unit: u, stock: stock, levers: w.levers) })
    }
    // Under `rent.rule = income`, the cases that could pay the rent (`FitPool`: none past the
    // first whose bound, its `Reach.maxRent`, is under the rent). A case's own `Reach` meets
    // the demand exactly when `caseFits` holds but for the rent (its flags and household are
    // the case's: `WaitingList+Rules`; `CaseRent.meets`); the rent and the fit points then come
    // from one boligstøtte calculation (`CaseRent.fitPoints`).
    let unit = CaseRent.Unit(u, stock: stock)
    var cases = [Int]()
    var points = [Double]()
    // Read in place: a `CaseRent` copied per pair cost more than its calculation.
    fitPool.bounds.withUnsafeBufferPointer { bounds in
      fitPool.cases.withUnsafeBufferPointer { pool in
        caseRent.withUnsafeBufferPointer { rents in
          for i in 0..<pool.count {
            if bounds[i] < demand.rent { break }
            let c = pool[i]
            if rents[c].meets(demand), let f = rents[c].fitPoints(unit) {
              cases.append(c)
              points.append(f)
            }
          }
        }
      }
    }
    return (cases, points)
  }

  /// `40 × fit` of case `c` in unit `u` when `c` fits `u` by the fixed rules (`caseFits`),
  /// else nil; `u` must be open (`unitOpen`).
  func fitPoints(_ c: Int, unit u: Int) -> Double? {
    guard usesFitPool else {
      guard rules.caseFits(profile[c], unit: u) else { return nil }
      return 40 * MatchScore.fit(profile[c], unit: u, stock: stock, levers: w.levers)
    }
    guard rules.demand(unit: u, state: state, anyMethod: true).mayMeet(reach[c]) else { return nil }
    // Read from the stock's arrays: `CaseRent.Unit(u, stock:)` copied the whole `Stock` per call.
    let unit = CaseRent.Unit(rent: stock.rent[u], size: stock.size[u], rooms: stock.rooms[u])
    return caseRent[c].fitPoints(unit)
  }

  /// Case `c` joined the waiting list: it becomes a candidate of every open claim it fits
  /// (`new`: a new case, so none has it yet; else it may be there from an earlier wait).
  mutating func addCandidate(_ c: Int, new: Bool) {
    guard policy == .bestFit else { return }
    let income = usesFitPool
    for i in claims.indices where claims[i].unit >= 0 {
      let u = claims[i].unit
      guard rules.unitOpen(u) else { continue }
      let f: Double
      if income {
        guard let points = fitPoints(c, unit: u) else { continue }
        if !new && claims[i].candidates.contains(c) { continue }
        f = points
      } else {
        guard rules.caseFits(profile[c], unit: u) else { continue }
        if !new && claims[i].candidates.contains(c) { continue }
        f = 40 * MatchScore.fit(profile[c], unit: u, stock: stock, levers: w.levers)
      }
      claims[i].candidates.append(c)
      claims[i].fitPoints.append(f)
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
    // The packed views pay when the claims read several times more candidates than there are
    // cases (under `rent.rule = cap` they rarely do).
    let reads = open.reduce(0) { $0 + claims[$1].candidates.count }
    let table = reads >= 4 * profile.count ? matchView() : []
    var rows = [[(case: Int, score: Double)]]()
    rows.reserveCapacity(open.count)
    var top = BestFit.Candidates(keep: open.count, freePlaces: state.freePlaces)
    for i in open {
      dropLeavers(claim: i)
      let u = claims[i].unit
      // `supportAllows` for every method (bit `method + 1`), and the case flags that rule a case out.
      let methods = rules.supportMethods(unit: u, state: state)
      let excluded = MatchView.unavailable | (stock.type[u] == .youth ? MatchView.rehousing : 0)
      let accessible = stock.accessible[u]
      top.reset(keep: open.count, freePlaces: state.freePlaces)
      let refused = claims[i].refused
      @inline(__always) func rank(_ view: (Int) -> MatchView) {
        claims[i].candidates.withUnsafeBufferPointer { cases in
          claims[i].fitPoints.withUnsafeBufferPointer { points in
            for k in 0..<cases.count {
              let c = cases[k]
              let v = view(c)
              guard v.flags & excluded == 0, methods & (1 << UInt8(v.method + 1)) != 0 else { continue }
              if !refused.isEmpty && refused.contains(c) { continue }
              let score = MatchScore.score(
                waitedDays: t - Int(v.registered), priority: Int(v.priority),
                penalised: accessible && v.flags & MatchView.needsAccessible == 0, fitPoints: points[k])
              top.add(c, score, method: Int(v.method))
            }
          }
        }
      }
      if table.isEmpty {
        rank { matchView(of: $0) }
      } else {
        table.withUnsafeBufferPointer { table in rank { table[$0] } }
      }
      rows.append(top.best)
    }
    let pairs = BestFit.assign(units: units, candidates: rows, profiles: profile, rules: rules, state: state)
    for (u, c) in pairs {
      guard let row = units.firstIndex(of: u) else { continue }
      makeOffer(claim: open[row], case: c, day: t)
    }
  }

  /// What the daily match reads of each case, packed into 8 bytes (the profiles are ten times
  /// that, and a match reads the same cases for many claims).
  struct MatchView {
    var registered: Int32
    var priority: Int16
    var method: Int8
    var flags: UInt8

    /// Not waiting, or holding an offer.
    static let unavailable: UInt8 = 1
    /// Re-housing after a failed study check (no youth unit).
    static let rehousing: UInt8 = 2
    static let needsAccessible: UInt8 = 4
  }

  /// Case `c`'s `MatchView` today.
  @inline(__always)
  func matchView(of c: Int) -> MatchView {
    guard isWaiting[c] && !offered[c] else {
      return MatchView(registered: 0, priority: 0, method: 0, flags: MatchView.unavailable)
    }
    var flags: UInt8 = 0
    if rehousing[c] { flags |= MatchView.rehousing }
    if profile[c].needsAccessible { flags |= MatchView.needsAccessible }
    return MatchView(
      registered: Int32(clamping: registered[c]), priority: Int16(clamping: profile[c].priority),
      method: Int8(clamping: profile[c].method), flags: flags)
  }

  /// Every case's `MatchView` today.
  func matchView() -> [MatchView] {
    [MatchView](unsafeUninitializedCapacity: profile.count) { out, initialized in
      for c in 0..<profile.count { out[c] = matchView(of: c) }
      initialized = profile.count
    }
  }
}
