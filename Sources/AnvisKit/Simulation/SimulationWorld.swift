/// Everything the runs of one `simulate` share, computed once: the stock as compact arrays,
/// the rules, today's cases and support, vacancy rates per unit type.
struct SimulationWorld: Sendable {
  /// [est] Days from an offer to the citizen's answer (viewing, decision).
  static let offerDays = 7
  /// CTI support lasts 9 months (DOMAIN.md).
  static let ctiDays = 270
  /// [est] Mean length of open-ended ICM/ACT support, days (exponential).
  static let openEndedMeanDays = 730.0
  /// [est] What the kommune pays to move a young person after a failed study check, kr
  /// (flytning and a new deposit's first part).
  static let youthMoveKr = 5_000.0
  /// Family homes under this rent are "cheap" (BL's Aalborg case, LBF statistik).
  static let cheapRent = 3_500.0

  let dataset: Dataset
  let levers: Levers
  let rules: Eligibility
  let days: Int
  let months: Int
  let profiles: [CaseProfile]
  /// What each of today's cases could take, for the waiting list's summaries.
  let reach: [WaitingList.Reach]
  /// Each of today's cases' rent terms, for best-fit under `rent.rule = income` (`CaseRent`).
  let caseRent: [CaseRent]
  /// Registration day of today's cases, relative to `as_of` (0 or negative).
  let registered: [Int]
  /// Unit indices per turnover group: each `UnitType.allCases` position, split by rooms band
  /// where the manifest gives `[flow.turnover.TYPE]` (existing units).
  let unitsByGroup: [[Int]]
  /// Expected vacancies per day per turnover group.
  let ratePerDay: [Double]
  /// Units per `UnitType.allCases` position (existing units), for turnover per type.
  let unitsPerType: [Int]
  /// Days from a youth tenancy's start to its study check.
  let studyCheckDays: Int
  /// Units vacant on `as_of`, oldest vacancy first.
  let vacantToday: [Int]
  /// New skæve boliger: (day they open, unit index).
  let newUnits: [(day: Int, unit: Int)]
  let startState: EligibilityState
  /// Today's caseload per method (for releases).
  let caseload: [Int]
  /// Organisations plus the kommune (for new skæve boliger).
  let organisationCount: Int

  var stock: Stock { rules.stock }

  init(dataset: Dataset, levers: Levers, months: Int) {
    self.dataset = dataset
    self.levers = levers
    self.months = months
    days = max(1, Int((Double(months) * 365 / 12).rounded()))
    // skaev.new opens that many skæve boliger in every year of the horizon.
    rules = Eligibility(dataset: dataset, levers: levers, years: (days + 364) / 365)
    profiles = dataset.cases.map(CaseProfile.init)
    reach = profiles.map { WaitingList.Reach($0, levers: levers) }
    caseRent = profiles.map { CaseRent($0, levers: levers) }
    registered = dataset.cases.map { $0.registered - dataset.asOf }
    let flow = dataset.manifest.flow
    var byType = [[Int]](repeating: [], count: UnitType.allCases.count)
    for (u, unit) in dataset.units.enumerated() { byType[unit.type.position].append(u) }
    unitsPerType = byType.map(\.count)
    var groups = [[Int]]()
    var rates = [Double]()
    for type in UnitType.allCases {
      let units = byType[type.position]
      guard let bands = flow.turnoverByRooms[type], !bands.isEmpty else {
        groups.append(units)
        rates.append(Double(units.count) * (flow.turnover[type] ?? 0) / 365)
        continue
      }
      for (b, band) in bands.enumerated() {
        let next = b + 1 < bands.count ? bands[b + 1].rooms : Int.max
        let members = units.filter { u in
          let rooms = dataset.units[u].rooms
          return (b == 0 || rooms >= band.rooms) && rooms < next
        }
        groups.append(members)
        rates.append(Double(members.count) * band.rate / 365)
      }
    }
    unitsByGroup = groups
    ratePerDay = rates
    studyCheckDays = Int((levers.model.studyCheckMonths * 365 / 12).rounded())
    let asOf = dataset.asOf.ordinal
    vacantToday = dataset.units.indices.filter { dataset.units[$0].status == .vacant }
      .sorted {
        (dataset.units[$0].vacantSince?.ordinal ?? asOf, $0) < (
          dataset.units[$1].vacantSince?.ordinal ?? asOf, $1
        )
      }
    let stock = rules.stock
    let extra = stock.count - stock.existing
    let perYear = max(1, levers.skaevNew)
    let totalDays = days
    newUnits = (0..<extra).compactMap { k in
      let day = k / perYear * 365 + Int((Double(k % perYear) + 0.5) * 365 / Double(perYear))
      return day < totalDays ? (day, stock.existing + k) : nil
    }
    startState = EligibilityState(dataset: dataset, levers: levers)
    var load = [0, 0, 0]
    for team in dataset.teams { load[team.method.index] += team.caseload }
    caseload = load
    organisationCount = dataset.organisations.count + 1
  }

  /// Month (0-based) of day `t`.
  func month(of t: Int) -> Int { min(months - 1, t * months / days) }
}

extension UnitType {
  /// Position in `allCases`.
  var position: Int {
    switch self {
    case .family: 0
    case .youth: 1
    case .senior: 2
    case .skaev: 3
    case .shared_room: 4
    case .transition: 5
    }
  }
}
