/// Every lever's value: the baseline comes from the data set, a scenario overrides some.
public struct Levers: Hashable, Sendable {
  /// One share for every organisation, or nil: each organisation's agreed share from the data.
  public var anvisningShare: Double?
  /// Per-organisation shares (by organisation id); these win over `anvisningShare`.
  public var organisationShares: [String: Double] = [:]
  public var youthClaim: Bool
  public var areaRestrictions: Bool
  public var exemptDepartments: ExemptDepartments = .data
  public var rentRule: RentRule = .cap
  public var rentCap: Double
  public var rentShare: Double = 0.30
  public var supportCapacity: [Int]  // indexed by SupportMethod order: CTI, ICM, ACT
  public var policy: Policy = .fcfs
  public var refusal: RefusalRule = .drop
  public var refusalLimit: Int = 2
  public var claimDays: Int
  public var acceptance: Double
  public var inflowPerMonth: Double
  /// [est] Yearly hazard of leaving the waiting list by other routes (own rental, family,
  /// moving away, …). 1.5 keeps an Aalborg-like list (≈ 290 cases, 50 new a month, ≈ 85
  /// kommune placements a year) roughly level, as the point-in-time counts are; 0: nobody
  /// leaves except into a home the kommune found.
  public var exitPerYear: Double = 1.5
  /// Most ICM/ACT placements per department per year; nil: no cap.
  public var deptCap: Int?
  public var rentReductionUnits: Int = 0
  public var skaevNew: Int = 0
  /// The numeric levers of tenancies, other claims and the youth check (`ModelLevers`).
  public var model = ModelLevers()
  /// The terms of the agreement with the organisations (`agreement.*`).
  public var agreement = AgreementTerms()
  /// Whether ældreboliger may be offered to homeless citizens at all (§ 57).
  public var seniorForHomeless = false

  /// The baseline: the manifest's lever defaults and flow, team capacities summed per method.
  public init(baselineOf dataset: Dataset) {
    let m = dataset.manifest
    anvisningShare = nil
    youthClaim = m.levers.youthClaim
    areaRestrictions = m.levers.areaRestrictions
    rentCap = m.levers.rentCap
    agreement = m.levers.agreement
    seniorForHomeless = m.levers.seniorForHomeless
    claimDays = m.flow.claimDays
    acceptance = m.flow.acceptance
    inflowPerMonth = m.flow.inflowPerMonth
    exitPerYear = m.flow.exitPerYear
    var capacity = [0, 0, 0]
    for team in dataset.teams { capacity[team.method.index] += team.capacity }
    supportCapacity = capacity
    model = ModelLevers(baselines: m.levers.numbers)
  }

  /// The share of vacancies the kommune may claim from an organisation: a share set by hand, or
  /// the agreed share from the data raised by the agreement terms.
  public func share(of organisation: Organisation) -> Double {
    organisationShares[organisation.id] ?? anvisningShare ?? agreement.share(agreed: organisation.anvisningShare)
  }

  /// How much of an organisation's share comes from the agreement terms (0 when set by hand).
  public func termsShare(of organisation: Organisation) -> Double {
    guard organisationShares[organisation.id] == nil, anvisningShare == nil else { return 0 }
    return agreement.share(agreed: organisation.anvisningShare) - organisation.anvisningShare
  }

  /// Support places of a method.
  public func capacity(_ method: SupportMethod) -> Int { supportCapacity[method.index] }

  /// Whether department `d` of `dataset` is friholdt under these levers.
  public func isExempt(department d: Int, in dataset: Dataset) -> Bool {
    isExempt(department: d, in: dataset, released: agreement.releasedDepartments(in: dataset))
  }

  /// Whether each department of `dataset` is friholdt, in department order.
  public func exemptFlags(in dataset: Dataset) -> [Bool] {
    let released = agreement.releasedDepartments(in: dataset)
    return dataset.departments.indices.map { isExempt(department: $0, in: dataset, released: released) }
  }

  /// The data's friholdte departments the agreement terms open (only while `exempt.departments`
  /// follows the data: `data` or `restricted`).
  public func releasedByTerms(in dataset: Dataset) -> Set<Int> {
    switch exemptDepartments {
    case .data, .restricted: agreement.releasedDepartments(in: dataset)
    case .none, .list: []
    }
  }

  func isExempt(department d: Int, in dataset: Dataset, released: Set<Int>) -> Bool {
    let dept = dataset.departments[d]
    switch exemptDepartments {
    case .data: return dept.exempt && !released.contains(d)
    case .none: return false
    case .restricted:
      let status = dataset.areas[dataset.departmentArea[d]].status
      return (dept.exempt && !released.contains(d)) || status.isRestrictedStk6 || status.isPreventionStk7
    case .list(let ids): return ids.contains(dept.id)
    }
  }
}

extension SupportMethod {
  /// Position in `CTI, ICM, ACT`, for compact per-method arrays.
  public var index: Int {
    switch self {
    case .CTI: 0
    case .ICM: 1
    case .ACT: 2
    }
  }
}
