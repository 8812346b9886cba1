/// Best-fit's side of a run. Each day something changed, the open claims are matched to the
/// waiting cases by an optimal assignment (`BestFit`) over each claim's best few cases per
/// support method (`BestFit.Candidates`): those the unit may take by the rules (`caseFits`, and
/// a free place in the case's method, `supportAllows`), without an offer, that have not refused
/// it, by `MatchScore`.
///
/// A claim reads the waiting cases in `MatchOrder` (by method, highest possible score first), so
/// it works out the fit of a case only while the case could still be among its best: the rows
/// are those of scoring every waiting case, case for case and bit for bit.
extension SimulationRun {
  /// `40 × fit` of case `c` in unit `u` when `c` fits `u` by the fixed rules (`caseFits`),
  /// else nil, for a case whose `Reach` may meet the unit's demand with every method (as it
  /// does whenever `caseFits` holds: `WaitingList+Rules`); `unit` holds `u`'s rent terms.
  @inline(__always)
  func fitPoints(_ c: Int, unit u: Int, rent unit: CaseRent.Unit) -> Double? {
    guard w.levers.rentRule == .income else {
      guard rules.caseFits(profile[c], unit: u) else { return nil }
      return 40 * MatchScore.fit(profile[c], unit: u, stock: stock, levers: w.levers)
    }
    // A case's own `Reach` meets the demand exactly when `caseFits` holds but for the rent, and
    // one boligstøtte calculation answers the rent and the fit (`CaseRent`).
    return caseRent[c].fitPoints(unit)
  }

  /// Whether a case that may take the claim's unit today waits without a pending offer.
  func hasEligible(_ claim: Claim) -> Bool {
    firstEligible(for: claim.unit, refused: claim.refused) != nil
  }

  /// Today's open claims matched to waiting cases by an optimal assignment (`BestFit`).
  mutating func matchBestFit(day t: Int) {
    guard changed else { return }  // the same question as yesterday has the same answer
    changed = false
    let open = claims.indices.filter {
      claims[$0].offeredTo < 0 && t - claims[$0].day < w.levers.claimDays
    }
    guard !open.isEmpty else { return }
    let units = open.map { claims[$0].unit }
    arrangeMatch(day: t)
    var rows = [[(case: Int, score: Double)]]()
    rows.reserveCapacity(open.count)
    var top = BestFit.Candidates(keep: open.count, freePlaces: state.freePlaces)
    for i in open {
      top.reset(keep: open.count, freePlaces: state.freePlaces)
      rank(claims[i], day: t, into: &top)
      rows.append(top.best)
    }
    let pairs = BestFit.assign(
      units: units, candidates: rows, profiles: profile, rules: rules, state: state)
    for (u, c) in pairs {
      guard let row = units.firstIndex(of: u) else { continue }
      makeOffer(claim: open[row], case: c, day: t)
    }
  }

  /// Adds the cases that may take the claim's unit today to `top`, with their scores, reading
  /// `matchOrder` (built for day `t`) and passing the cases `top` would not keep.
  func rank(_ claim: Claim, day t: Int, into top: inout BestFit.Candidates) {
    let u = claim.unit
    guard rules.unitOpen(u) else { return }
    let demand = claim.demand ?? rules.demand(unit: u, state: state, anyMethod: true)
    let unit = CaseRent.Unit(u, stock: stock)
    // `supportAllows` for every method (bit `method + 1`), and the case flags that rule a case
    // out (the order holds only cases without an offer that wait).
    let methods = rules.supportMethods(unit: u, state: state)
    let excluded = stock.type[u] == .youth ? MatchView.rehousing : 0
    let accessible = stock.accessible[u]
    let refused = claim.refused
    let order = matchOrder
    let rent = demand.rent
    let points = order.points
    order.entries.withUnsafeBufferPointer { entries in
      for g in 0..<4 where methods & (1 << UInt8(g)) != 0 {
        let method = g - 1
        var bar = top.bar(method: method)
        // Points from the top: bucket j holds bounds in [p, p + 1), p = points − 1 − (j − g × points).
        var p = points - 1
        var j = g * points
        scan: while p >= 0 {
          defer {
            p -= 1
            j += 1
          }
          // Every case from here on has a bound under p + 1.
          if Double(p) + 1 <= bar { break }
          var k = order.start[j]
          let end = order.start[j + 1]
          while k < end {
            defer { k += 1 }
            let e = entries[k]
            if e.fit.maxRent < rent {
              // It cannot pay the rent (`Demand.mayMeet`); nor can the rest of this point
              // once its rent step is under the rent.
              if MatchOrder.rentTop(e.rentStep) <= rent { continue scan }
              continue
            }
            if e.bound < bar { continue }
            let v = e.view
            guard v.flags & excluded == 0, e.fit.meets(demand) else { continue }
            // A bound with this unit's room points: the rent's are at most 20 (`MatchScore.fit`).
            let rooms = MatchScore.roomPoints(rooms: unit.rooms, household: Int(e.fit.household))
            if MatchScore.bound(wait: e.wait, fitPoints: rooms + 20, priority: Int(v.priority))
              < bar
            {
              continue
            }
            let c = Int(e.c)
            if !refused.isEmpty && refused.contains(c) { continue }
            guard let fit = fitPoints(c, unit: u, rent: unit) else { continue }
            let score = MatchScore.score(
              waitedDays: t - Int(v.registered), priority: Int(v.priority),
              penalised: accessible && v.flags & MatchView.needsAccessible == 0, fitPoints: fit)
            top.add(c, score, method: method)
            bar = top.bar(method: method)
          }
        }
      }
    }
  }
}
