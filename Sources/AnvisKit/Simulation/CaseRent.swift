/// What `rent.rule = income` and the match score's fit read of one case, worked out once per
/// case, so that best-fit's candidate search (`SimulationRun.candidates(for:)`) pays one
/// boligstøtte calculation per (case, unit) pair where `Affordability.affordable` and
/// `MatchScore.fit` paid one each.
///
/// `fitPoints` gives exactly `caseFits`' affordability and `40 × MatchScore.fit` (the same
/// operations in the same order); `CaseRentTests` checks both against the old pair.
struct CaseRent: Sendable {
  let household: Int
  let support: Boligstotte.Kernel
  /// `Affordability.affordable`'s limit: `rent.share × income + 1e-9`.
  let limit: Double
  /// `MatchScore.fit`'s limit: `max(1, rent.share × income)`.
  let fitLimit: Double
  /// `Affordability.affordable`'s early refusals, per case.
  let maxSupportMonth: Double
  let ownPaymentOver: Bool
  let capApplies: Bool
  let capKeep: Double

  init(_ p: CaseProfile, levers: Levers) {
    household = p.household
    let t = p.boligstotte
    support = t.kernel
    limit = levers.rentShare * p.income + 1e-9
    fitLimit = max(1, levers.rentShare * p.income)
    maxSupportMonth = t.maxSupport / 12
    ownPaymentOver = t.minOwnPayment / 12 > limit
    capApplies = t.capShare.isFinite
    capKeep = 1 - t.capShare
  }

  /// A unit as the pair calculation reads it.
  struct Unit {
    let rent: Double
    let rentYear: Double
    let size: Double
    let rooms: Int

    init(_ u: Int, stock: Stock) {
      rent = stock.rent[u]
      rentYear = max(0, rent) * 12
      size = stock.size[u]
      rooms = stock.rooms[u]
    }
  }

  /// `40 × MatchScore.fit` of the case in `unit` under `rent.rule = income` when the case can
  /// pay its rent (`Affordability.affordable`), else nil.
  @inline(__always)
  func fitPoints(_ unit: Unit) -> Double? {
    let rent = unit.rent
    let support: Double
    if rent <= limit {
      support = self.support.supportYear(rentYear: unit.rentYear, sizeM2: unit.size) / 12
    } else {
      if rent * 12 > self.support.halfIncome || rent - maxSupportMonth > limit || ownPaymentOver
        || (capApplies && rent * capKeep > limit)
      {
        return nil
      }
      support = self.support.supportYear(rentYear: unit.rentYear, sizeM2: unit.size) / 12
      guard rent - support <= limit else { return nil }
    }
    let headroom = (fitLimit - (rent - support)) / fitLimit
    return 40 * MatchScore.fit(rooms: unit.rooms, household: household, headroom: headroom)
  }
}
