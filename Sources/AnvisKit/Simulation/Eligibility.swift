/// The changing part of what the rules read: free support places and this year's ICM/ACT
/// placements per department.
public struct EligibilityState: Hashable, Sendable {
  /// Free places per method (CTI, ICM, ACT); zero or less means full.
  public var freePlaces: [Int]
  /// Capacity per method, for reason texts.
  public var capacity: [Int]
  /// ICM/ACT placements this year per department index (may be shorter: missing means 0).
  public var departmentHighSupport: [Int]

  public init(freePlaces: [Int], capacity: [Int], departmentHighSupport: [Int] = []) {
    self.freePlaces = freePlaces
    self.capacity = capacity
    self.departmentHighSupport = departmentHighSupport
  }

  /// No support limit and no placements yet.
  public static let unconstrained = EligibilityState(
    freePlaces: [Int.max, Int.max, Int.max], capacity: [Int.max, Int.max, Int.max])

  /// Today's state: capacity from the levers less the places the agreement's response promise
  /// holds free (`AgreementTerms.reservedPlaces`), places taken from the teams' caseloads.
  public init(dataset: Dataset, levers: Levers) {
    var taken = [0, 0, 0]
    for team in dataset.teams { taken[team.method.index] += team.caseload }
    let effective = levers.supportCapacity.map { $0 - levers.agreement.reservedPlaces(capacity: $0) }
    capacity = effective
    // Not clipped at 0: over capacity stays over until enough places free.
    freePlaces = (0..<3).map { effective[$0] - taken[$0] }
    departmentHighSupport = []
  }

  func highSupport(in department: Int) -> Int {
    department < departmentHighSupport.count ? departmentHighSupport[department] : 0
  }
}

/// The allocation rules (DOMAIN.md): whether a unit may be offered to a case under a scenario,
/// and if not, every rule that blocks it. Built once per scenario; checks are cheap.
public struct Eligibility: Sendable {
  public let levers: Levers
  public let stock: Stock
  let departmentIDs: [String]

  /// The rules under `levers`, over a stock with `years` of new skæve boliger.
  public init(dataset: Dataset, levers: Levers, years: Int = 1) {
    self.levers = levers
    stock = Stock(dataset: dataset, levers: levers, years: years)
    departmentIDs = dataset.departments.map(\.id) + ["skaev-new"]
  }

  public init(dataset: Dataset, scenario: Scenario) { self.init(dataset: dataset, levers: scenario.levers) }

  /// Every rule that blocks offering `unit` (an index into the data set's units) to `case`;
  /// empty when it may be offered.
  public static func check(
    case c: Case, unit u: Int, dataset: Dataset, scenario: Scenario, state: EligibilityState = .unconstrained
  ) -> [BlockingRule] {
    Eligibility(dataset: dataset, scenario: scenario).check(CaseProfile(c), unit: u, state: state)
  }

  /// Rules about the unit alone (the same for every case): department exemption, youth claim.
  func unitRules(_ u: Int, into out: inout [BlockingRule]) {
    if stock.exempt[u] { out.append(.exemptDepartment(department: departmentIDs[stock.department[u]])) }
    if stock.type[u] == .youth && !levers.youthClaim { out.append(.youthClaimOff) }
    if stock.type[u] == .senior && !levers.seniorForHomeless { out.append(.seniorNotForHomeless) }
  }

  /// Every rule that blocks offering unit `u` to a case with profile `p`.
  public func check(_ p: CaseProfile, unit u: Int, state: EligibilityState) -> [BlockingRule] {
    var out = [BlockingRule]()
    unitRules(u, into: &out)
    caseRules(p, unit: u, state: state, into: &out)
    return out
  }

  func caseRules(_ p: CaseProfile, unit u: Int, state: EligibilityState, into out: inout [BlockingRule]) {
    let type = stock.type[u]
    if type == .youth && !BlockingRule.youthAges.contains(p.age) { out.append(.youthAge(age: p.age)) }
    if type == .senior && !Self.seniorEligible(p) { out.append(.seniorNeed(age: p.age)) }
    if levers.areaRestrictions { areaRules(p, unit: u, into: &out) }
    if let (pays, limit) = Affordability.shortfall(p, rent: stock.rent[u], sizeM2: stock.size[u], levers: levers) {
      out.append(.rent(pays: pays, limit: limit, rule: levers.rentRule))
    }
    let rooms = stock.rooms[u]
    if p.household > Eligibility.maxPeople(type: type, rooms: rooms) {
      out.append(.householdTooLarge(household: p.household, rooms: rooms))
    } else if rooms > p.household + 2 {
      out.append(.unitTooLarge(household: p.household, rooms: rooms))
    }
    if p.needsAccessible && !stock.accessible[u] { out.append(.notAccessible) }
    if p.method >= 0 {
      if state.freePlaces[p.method] <= 0 {
        out.append(.supportFull(method: SupportMethod.allCases[p.method], capacity: state.capacity[p.method]))
      }
      if p.method >= 1, let cap = levers.deptCap, state.highSupport(in: stock.department[u]) >= cap {
        out.append(.departmentCap(department: departmentIDs[stock.department[u]], cap: cap))
      }
    }
  }

  func areaRules(_ p: CaseProfile, unit u: Int, into out: inout [BlockingRule]) {
    let zone = stock.zone[u]
    let mask: UInt8
    switch zone {
    case .none: return
    case .stk6: mask = CaseProfile.stk6Mask
    case .stk7: mask = CaseProfile.stk7Mask
    }
    let hits = p.restrictionRules & mask
    guard hits != 0 else { return }
    for rule in 1...7 where hits & (1 << rule) != 0 {
      out.append(.areaRestriction(stk: Int(zone.rawValue), rule: rule, area: stock.areaStatus[u]))
    }
  }

  /// Most people a unit takes: a shared room or skæv bolig 1, else 2 per room.
  static func maxPeople(type: UnitType, rooms: Int) -> Int {
    switch type {
    case .shared_room, .skaev: 1
    case .family, .youth, .senior, .transition: 2 * max(1, rooms)
    }
  }

  /// True when no unit-only rule blocks `u` (worth looking for a case at all).
  func unitOpen(_ u: Int) -> Bool {
    guard !stock.exempt[u] else { return false }
    switch stock.type[u] {
    case .youth: return levers.youthClaim
    case .senior: return levers.seniorForHomeless
    default: return true
    }
  }

  /// § 57 under `senior.for_homeless`: aged 60+, or a disability flag (`disability_pension` or
  /// `needs_accessible`).
  static func seniorEligible(_ p: CaseProfile) -> Bool {
    p.age >= BlockingRule.seniorMinAge || p.disabilityFlag
  }

  /// Fast yes/no for the hot loops: the same answer as `check(...).isEmpty`, without allocating.
  func mayOffer(_ p: CaseProfile, unit u: Int, state: EligibilityState) -> Bool {
    guard unitOpen(u) else { return false }
    return caseMayTake(p, unit: u, state: state)
  }

  /// The case rules only (the caller has checked `unitOpen`).
  func caseMayTake(_ p: CaseProfile, unit u: Int, state: EligibilityState) -> Bool {
    supportAllows(p, unit: u, state: state) && caseFits(p, unit: u)
  }

  /// The case rules that do not change during a simulation (all but support places and
  /// `dept.cap`): the same answer for a case and a unit all run long.
  func caseFits(_ p: CaseProfile, unit u: Int) -> Bool {
    let type = stock.type[u]
    if type == .youth && !BlockingRule.youthAges.contains(p.age) { return false }
    if type == .senior && !Self.seniorEligible(p) { return false }
    if p.needsAccessible && !stock.accessible[u] { return false }
    let rooms = stock.rooms[u]
    if p.household > Eligibility.maxPeople(type: type, rooms: rooms) || rooms > p.household + 2 {
      return false
    }
    if levers.areaRestrictions && breaches(p, unit: u) { return false }
    return Affordability.affordable(p, rent: stock.rent[u], sizeM2: stock.size[u], levers: levers)
  }

  /// The rules that read `state`: a free place in the case's support method, and `dept.cap`.
  @inline(__always)
  func supportAllows(_ p: CaseProfile, unit u: Int, state: EligibilityState) -> Bool {
    p.method < 0 || supportMethods(unit: u, state: state) & (1 << UInt8(p.method + 1)) != 0
  }

  /// `supportAllows` for every method at once, as a mask: bit 0 for a case without support
  /// (always set), bit `method + 1` for a method with a free place that `dept.cap` does not
  /// rule out in `u`'s department (the cap counts the high-support methods, 1 and up).
  @inline(__always)
  func supportMethods(unit u: Int, state: EligibilityState) -> UInt8 {
    var mask: UInt8 = 1
    for m in state.freePlaces.indices where state.freePlaces[m] > 0 {
      if m >= 1, let cap = levers.deptCap, state.highSupport(in: stock.department[u]) >= cap { continue }
      mask |= 1 << UInt8(m + 1)
    }
    return mask
  }

  /// True when placing `p` in `u` would break § 59 stk. 6 or 7 (whatever `area.restrictions` says).
  func breaches(_ p: CaseProfile, unit u: Int) -> Bool {
    switch stock.zone[u] {
    case .none: false
    case .stk6: p.restrictionRules & CaseProfile.stk6Mask != 0
    case .stk7: p.restrictionRules & CaseProfile.stk7Mask != 0
    }
  }
}
