/// A figure the model computes once per run, so that `calibrate` can set its mean and p5–p95
/// band beside a published figure (`references.csv`). A new metric is one entry in `all`.
public struct CalibrationMetric: Sendable {
  /// The name `references.csv` uses, e.g. `list_size_end`.
  public let name: String
  /// The unit of the value, e.g. `cases`, `share 0–1`.
  public let unit: String
  /// What the value means, for the metrics table in docs/model.md and `.help calibrate`.
  public let meaning: String
  /// The value of one run; nil while the model cannot compute it yet (the row then says so
  /// and counts as outside its band).
  let perRun: (@Sendable (RunRecord, CalibrationContext) -> Double)?

  /// Family homes "under 3500 kr" a month (BL, LBF): rent < 3,500 kr.
  public static let cheapRent = SimulationWorld.cheapRent

  /// Every metric, in the order `calibrate` lists them.
  public static let all: [CalibrationMetric] = [
    CalibrationMetric(
      name: "housed_per_year", unit: "homes a year",
      meaning: "placements through the kommune's list, scaled to a year"
    ) { r, c in
      Double(r.placements.count) / c.years
    },
    CalibrationMetric(
      name: "median_days_to_home_new", unit: "days",
      meaning: "median days from arrival to a home among cases that arrived during the run and were housed"
    ) {
      r, _ in
      Statistics.quantile(
        sorted: r.placements.filter { $0.caseIndex >= r.initialCases }.map { Double($0.waited) }.sorted(), 0.5
      )
    },
    CalibrationMetric(
      name: "housed_within_120d_new", unit: "share 0–1",
      meaning:
        "share of cases arriving during the run (at least 120 days before its end) housed within 120 days"
    ) {
      r, c in
      let last = c.days - 120
      let arrived = r.registeredDays.indices.filter { $0 >= r.initialCases && r.registeredDays[$0] <= last }
      guard !arrived.isEmpty else { return .nan }
      let housed = r.placements.filter {
        $0.caseIndex >= r.initialCases && r.registeredDays[$0.caseIndex] <= last && $0.waited <= 120
      }.count
      return Double(housed) / Double(arrived.count)
    },
    CalibrationMetric(
      name: "retained_12m", unit: "share 0–1",
      meaning: "share of tenancies started in the run not lost 12 months after their start (or by the horizon)"
    ) { r, c in
      SimulationResult.retained(r.tenancies, days: c.days)
    },
    CalibrationMetric(
      name: "list_size_end", unit: "cases", meaning: "cases on the list at the end of the run"
    ) { r, _ in
      Double(r.waitingAtEndCases.count)
    },
    CalibrationMetric(
      name: "list_share_18_29", unit: "share 0–1", meaning: "share of the list at the end aged 18–29"
    ) { r, _ in
      share(r.waitingAtEndCases) { (18...29).contains(r.ages[$0]) }
    },
    CalibrationMetric(
      name: "list_share_60p", unit: "share 0–1", meaning: "share of the list at the end aged 60 or more"
    ) {
      r, _ in
      share(r.waitingAtEndCases) { r.ages[$0] >= 60 }
    },
    CalibrationMetric(
      name: "lettings_cheap_family_per_year", unit: "lettings a year",
      meaning: "vacancies arising in family homes under 3500 kr a month, whoever gets them, scaled to a year"
    ) {
      r, c in
      Double(r.cheapFamilyVacancies) / c.years
    },
    CalibrationMetric(
      name: "anvisning_share_cheap_family", unit: "share 0–1",
      meaning:
        "share of the lettings of family homes under 3500 kr (today's vacancies included) made through kommunal "
        + "anvisning: the homeless list and the other urgent needs that take their share of the turns"
    ) {
      r, c in
      let vacancies = r.cheapFamilyVacancies + c.cheapFamilyVacantToday
      guard vacancies > 0 else { return .nan }
      let placed = r.placements.filter { c.isCheapFamily[$0.unit] }.count
      return Double(placed + r.cheapFamilyTurnsOther) / Double(vacancies)
    },
    CalibrationMetric(
      name: "list_share_waiting_under_120d", unit: "share 0–1",
      meaning: "share of the list at the end that has waited less than 120 days (since arriving or coming back)"
    ) {
      r, c in
      share(r.waitingAtEndCases) { c.days - r.registeredDays[$0] < 120 }
    },
    CalibrationMetric(
      name: "list_median_days_waiting", unit: "days",
      meaning: "median of the days the cases on the list at the end have waited so far"
    ) {
      r, c in
      Statistics.quantile(sorted: r.waitingAtEndCases.map { Double(c.days - r.registeredDays[$0]) }.sorted(), 0.5)
    },
    CalibrationMetric(
      name: "youth_placed_per_year", unit: "homes a year",
      meaning: "placements into youth homes (youth.claim), scaled to a year"
    ) { r, c in
      Double(r.placements.filter { c.world.stock.type[$0.unit] == .youth }.count) / c.years
    },
    CalibrationMetric(
      name: "tomgangsleje_kr_per_claim", unit: "kr",
      meaning: "rent the kommune paid between claim and letting (or return), per claimed home"
    ) { r, _ in
      r.claims > 0 ? r.tomgangKr / Double(r.claims) : .nan
    },
    CalibrationMetric(
      name: "turnover_family", unit: "share a year",
      meaning: "vacancies a year per family home (fraflytningsprocent), today's vacant homes not counted"
    ) {
      r, c in
      c.turnover(r, .family)
    },
    CalibrationMetric(
      name: "turnover_youth", unit: "share a year",
      meaning: "vacancies a year per youth home, today's vacant homes not counted"
    ) { r, c in
      c.turnover(r, .youth)
    },
    CalibrationMetric(
      name: "turnover_all", unit: "share a year",
      meaning: "vacancies a year per home of any type, today's vacant and newly built homes not counted"
    ) {
      r, c in
      c.turnoverAll(r)
    },
  ]

  /// Every metric name, in `all` order.
  public static var names: [String] { all.map(\.name) }

  /// The metric of this name.
  public static func named(_ name: String) -> CalibrationMetric? { all.first { $0.name == name } }

  /// Whether the model computes this metric yet.
  public var isModelled: Bool { perRun != nil }

  /// The metric's value in each run of `result`; nil when it is not modelled yet.
  public func values(in result: SimulationResult) -> [Double]? {
    guard let perRun else { return nil }
    let context = CalibrationContext(world: result.world)
    return result.records.map { perRun($0, context) }
  }

  init(
    name: String, unit: String, meaning: String,
    perRun: (@Sendable (RunRecord, CalibrationContext) -> Double)?
  ) {
    self.name = name
    self.unit = unit
    self.meaning = meaning
    self.perRun = perRun
  }

  static func share(_ cases: [Int], _ keep: (Int) -> Bool) -> Double {
    guard !cases.isEmpty else { return .nan }
    return Double(cases.filter(keep).count) / Double(cases.count)
  }
}

/// What the metrics need beside a run's record: the horizon and facts about the stock,
/// computed once per result.
struct CalibrationContext: Sendable {
  let world: SimulationWorld
  let days: Int
  /// The horizon in years (months / 12).
  let years: Double
  /// Per unit of the stock: a family home under 3500 kr.
  let isCheapFamily: [Bool]
  /// Units vacant on `as_of` (offered on day 0), per `UnitType.position`, and among cheap
  /// family homes: they fell vacant before the run, so turnover leaves them out.
  let vacantTodayByType: [Int]
  let cheapFamilyVacantToday: Int

  init(world: SimulationWorld) {
    self.world = world
    days = world.days
    years = Double(world.months) / 12
    let stock = world.stock
    isCheapFamily = (0..<stock.count).map {
      stock.type[$0] == .family && stock.rent[$0] < CalibrationMetric.cheapRent
    }
    var byType = [Int](repeating: 0, count: UnitType.allCases.count)
    var cheap = 0
    for u in world.vacantToday {
      byType[stock.type[u].position] += 1
      if isCheapFamily[u] { cheap += 1 }
    }
    vacantTodayByType = byType
    cheapFamilyVacantToday = cheap
  }

  /// Vacancies a year per existing unit of `type`, not counting today's vacant units.
  func turnover(_ r: RunRecord, _ type: UnitType) -> Double {
    let units = world.unitsPerType[type.position]
    guard units > 0 else { return .nan }
    return Double(r.vacanciesByType[type.position]) / Double(units) / years
  }

  /// Vacancies a year per existing unit of any type.
  func turnoverAll(_ r: RunRecord) -> Double {
    let units = world.stock.existing
    guard units > 0 else { return .nan }
    return Double(r.vacanciesByType.reduce(0, +)) / Double(units) / years
  }
}

