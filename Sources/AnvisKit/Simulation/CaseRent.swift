/// What best-fit's daily match (`SimulationRun.rank`) reads of one case under
/// `rent.rule = income`, worked out once per case into one cache line: the rules that never
/// change in a run (its `Reach` flags and household) and the rent-independent half of its
/// boligstøtte (`Boligstotte.Terms`). A match reads it for many waiting cases, so one
/// boligstøtte calculation per (case, unit) pair serves both `Affordability.affordable` and
/// `MatchScore.fit`, which paid one each, from 64 bytes where the profile, its terms and its
/// `Reach` spread over four cache lines.
///
/// `fitPoints` gives exactly `caseFits`' affordability and `40 × MatchScore.fit`, and
/// `supportYear` exactly `Terms.supportYear` (the same operations in the same order);
/// `CaseRentTests` checks both bit for bit.
struct CaseRent: Sendable {
  let allowedArea: Double
  let maxRent: Double
  let incomePart: Double
  let minOwnPayment: Double
  let maxSupport: Double
  /// Half the yearly income (no support for a yearly rent above it).
  let halfIncome: Double
  /// `rent.share × income`.
  let shareIncome: Double
  let household: Int32
  /// Boligydelse (else boligsikring).
  let ydelse: Bool
  /// The 15 % cap applies (`Terms.capShare` finite).
  let capApplies: Bool
  /// `Affordability.affordable`'s early refusal on the minimum own payment.
  let ownPaymentOver: Bool
  /// `WaitingList.Reach.flags` of the case.
  let flags: UInt8

  init(_ p: CaseProfile, levers: Levers) {
    let t = p.boligstotte
    allowedArea = t.allowedArea
    maxRent = t.maxRent
    incomePart = t.incomePart
    minOwnPayment = t.minOwnPayment
    maxSupport = t.maxSupport
    halfIncome = t.incomeYear / 2
    shareIncome = levers.rentShare * p.income
    household = Int32(clamping: p.household)
    ydelse = t.scheme == .boligydelse
    capApplies = t.capShare.isFinite
    ownPaymentOver = t.minOwnPayment / 12 > shareIncome + 1e-9
    flags = WaitingList.Reach(p, levers: levers).flags
  }

  /// A unit as the pair calculation reads it, with the rates it needs.
  struct Unit {
    let rent: Double
    let rentYear: Double
    let size: Double
    let rooms: Int
    let sikringRentShare: Double
    let ydelseRentShare: Double
    let ydelseRentSupplement: Double
    let ydelseSmallestYear: Double
    let capShare: Double
    let capKeep: Double

    init(_ u: Int, stock: Stock) {
      self.init(rent: stock.rent[u], size: stock.size[u], rooms: stock.rooms[u])
    }

    init(rent: Double, size: Double, rooms: Int, rates r: BoligstotteRates = .current) {
      self.rent = rent
      rentYear = max(0, rent) * 12
      self.size = size
      self.rooms = rooms
      sikringRentShare = r.sikringRentShare
      ydelseRentShare = r.ydelseRentShare
      ydelseRentSupplement = r.ydelseRentSupplement
      ydelseSmallestYear = r.ydelseMinimumMonthly * 12
      capShare = r.sikringChildlessCap
      capKeep = 1 - r.sikringChildlessCap
    }
  }

  /// Whether the case meets unit demand `d` by the rules other than the rent: what
  /// `d.mayMeet` answers for the case's own `Reach`, every method allowed.
  @inline(__always)
  func meets(_ d: WaitingList.Demand) -> Bool {
    flags & d.flags == d.flags && Int(household) >= d.minHousehold && Int(household) <= d.maxHousehold
  }

  /// The yearly support in `unit`, as `Terms.evaluate` computes it.
  @inline(__always)
  func supportYear(_ unit: Unit) -> Double {
    let rentYear = unit.rentYear
    var areaRent = rentYear
    if unit.size > 0, unit.size > allowedArea { areaRent = rentYear * allowedArea / unit.size }
    let counted = min(areaRent, maxRent)
    let rentPart =
      ydelse
      ? unit.ydelseRentShare * (counted + unit.ydelseRentSupplement) : unit.sikringRentShare * (counted + 0)
    let cap = capApplies ? unit.capShare * counted : .infinity
    var support = rentPart - incomePart
    if counted - minOwnPayment < support { support = counted - minOwnPayment }
    if maxSupport < support { support = maxSupport }
    if cap < support { support = cap }
    if rentYear > halfIncome { return 0 }
    if support <= 0 { return 0 }
    if support < (ydelse ? unit.ydelseSmallestYear : 0) { return 0 }
    return support
  }

  /// `40 × MatchScore.fit` of the case in `unit` under `rent.rule = income` when the case can
  /// pay its rent (`Affordability.affordable`), else nil.
  @inline(__always)
  func fitPoints(_ unit: Unit) -> Double? {
    let rent = unit.rent
    let limit = shareIncome + 1e-9
    let support: Double
    if rent <= limit {
      support = supportYear(unit) / 12
    } else {
      if rent * 12 > halfIncome || rent - maxSupport / 12 > limit || ownPaymentOver
        || (capApplies && rent * unit.capKeep > limit)
      {
        return nil
      }
      support = supportYear(unit) / 12
      guard rent - support <= limit else { return nil }
    }
    let fitLimit = max(1, shareIncome)
    let headroom = (fitLimit - (rent - support)) / fitLimit
    return 40 * MatchScore.fit(rooms: unit.rooms, household: Int(household), headroom: headroom)
  }
}
