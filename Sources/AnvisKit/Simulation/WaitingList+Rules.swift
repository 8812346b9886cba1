/// The allocation rules in the waiting list's summary terms: what a case could take
/// (`Reach`) and what a unit asks (`Demand`). `Demand.mayMeet` must be true whenever a case
/// of the summary passes `Eligibility.caseMayTake` (or `caseFits`, with every method allowed);
/// it may be true when none does, which only costs a scan.
extension WaitingList.Reach {
  /// What one case could take.
  init(_ p: CaseProfile, levers: Levers) {
    typealias Flag = WaitingList.Flag
    methods = 1 << UInt8(max(0, p.method + 1))
    flags = 0
    if BlockingRule.youthAges.contains(p.age) { flags |= Flag.youthAge }
    if Eligibility.seniorEligible(p) { flags |= Flag.seniorEligible }
    if !p.needsAccessible { flags |= Flag.noAccessNeed }
    if p.restrictionRules & CaseProfile.stk6Mask == 0 { flags |= Flag.clearStk6 }
    if p.restrictionRules & CaseProfile.stk7Mask == 0 { flags |= Flag.clearStk7 }
    minHousehold = p.household
    maxHousehold = p.household
    maxRent = Affordability.rentBound(p, levers: levers)
  }
}

extension Eligibility {
  /// What unit `u` asks of a case today: a support method with a free place (and room under
  /// `dept.cap`), unless `anyMethod`; then the rules of `caseFits`.
  func demand(unit u: Int, state: EligibilityState, anyMethod: Bool = false) -> WaitingList.Demand {
    typealias Flag = WaitingList.Flag
    var methods: UInt8 = 1
    if anyMethod {
      methods = 0xFF
    } else {
      for m in 0..<3 where state.freePlaces[m] > 0 {
        if m >= 1, let cap = levers.deptCap, state.highSupport(in: stock.department[u]) >= cap { continue }
        methods |= 1 << UInt8(m + 1)
      }
    }
    var flags: UInt8 = 0
    let type = stock.type[u]
    if type == .youth { flags |= Flag.youthAge }
    if type == .senior { flags |= Flag.seniorEligible }
    if !stock.accessible[u] { flags |= Flag.noAccessNeed }
    if levers.areaRestrictions {
      switch stock.zone[u] {
      case .none: break
      case .stk6: flags |= Flag.clearStk6
      case .stk7: flags |= Flag.clearStk7
      }
    }
    let rooms = stock.rooms[u]
    return WaitingList.Demand(
      methods: methods, flags: flags, minHousehold: rooms - 2,
      maxHousehold: Eligibility.maxPeople(type: type, rooms: rooms), rent: stock.rent[u])
  }
}

extension Affordability {
  /// A rent above which `affordable` is false for the case under `levers` (an upper bound,
  /// with a margin for rounding; infinity when none is known).
  static func rentBound(_ p: CaseProfile, levers: Levers) -> Double {
    let bound: Double
    switch levers.rentRule {
    case .cap:
      bound = levers.rentCap
    case .income:
      // `affordable`: within the limit; above it only when none of its early refusals holds.
      let limit = levers.rentShare * p.income + 1e-9
      let t = p.boligstotte
      if t.minOwnPayment / 12 > limit {
        bound = limit
      } else {
        var above = min(t.incomeYear / 24, limit + t.maxSupport / 12)
        if t.capShare.isFinite && t.capShare < 1 { above = min(above, limit / (1 - t.capShare)) }
        bound = max(limit, above)
      }
    }
    guard !bound.isNaN else { return .infinity }
    return bound + abs(bound) * 1e-9 + 1e-6
  }
}
