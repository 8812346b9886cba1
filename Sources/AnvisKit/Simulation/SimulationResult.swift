/// What `simulate` returns: tables the query language reads, and a summary of every metric as
/// the mean with a p5–p95 band over runs.
public struct SimulationResult: Sendable {
  public var scenario: String
  public var months: Int
  public var runs: Int
  public var seed: UInt64
  /// One row per run: every metric.
  public var outcomes: Table
  /// run, day, case, unit, organisation, department, area, waited_days, age, need, breach, fit.
  public var placements: Table
  /// run, month, housed, waiting, inflow, claims, unfilled_claims, exited.
  public var monthly: Table
  /// metric, mean, p5, p95, runs.
  public var summary: Table
  /// organisation, share, claims, placements, share_of_claims, share_of_placements (means).
  public var organisations: Table
  /// run, case, unit, start, end, outcome, months, method, support_end: every tenancy placed.
  public var tenancies: Table
  /// One row per run: what the kommune paid and saved (see `CostRates`).
  public var costs: Table
  public var metrics: [MetricSummary]
  /// The runs and their world, kept for `calibrate` (CalibrationMetric computes from them).
  let records: [RunRecord]
  let world: SimulationWorld

  /// The tables, named as the shell binds them.
  public var tables: [Table] { [outcomes, placements, monthly, summary, organisations, tenancies, costs] }

  /// One metric's summary over the runs.
  public func metric(_ metric: Metric) -> MetricSummary? { metrics.first { $0.metric == metric } }

  init(scenario: String, world: SimulationWorld, records: [RunRecord], seed: UInt64) {
    self.scenario = scenario
    months = world.months
    runs = records.count
    self.seed = seed
    self.records = records
    self.world = world
    let dataset = world.dataset
    let stock = world.stock

    // Metrics per run.
    var columns: [MetricColumn] = []
    func add(_ metric: Metric, _ label: String, _ f: (RunRecord) -> Double) {
      columns.append((metric, label, records.map(f)))
    }
    func waits(_ r: RunRecord, _ keep: (Int) -> Bool) -> [Double] {
      r.placements.filter { keep($0.caseIndex) }.map { Double($0.waited) }.sorted()
    }
    add(.inflow, "new cases") { r in Double(r.months.reduce(0) { $0 + $1.inflow }) }
    add(.housed, "housed") { Double($0.placements.count) }
    add(.waiting, "still waiting") { Double($0.waitingAtEnd) }
    add(.exited, "left the list otherwise (exit.per_year)") { Double($0.exited) }
    add(.medianDays, "median days to a home") { Statistics.quantile(sorted: waits($0) { _ in true }, 0.5) }
    add(.p90Days, "p90 days to a home") { Statistics.quantile(sorted: waits($0) { _ in true }, 0.9) }
    for band in AgeBand.allCases {
      add(.medianDaysAge(band), "median days, age \(band.label)") { r in
        Statistics.quantile(sorted: waits(r) { band.ages.contains(r.ages[$0]) }, 0.5)
      }
      add(.p90DaysAge(band), "p90 days, age \(band.label)") { r in
        Statistics.quantile(sorted: waits(r) { band.ages.contains(r.ages[$0]) }, 0.9)
      }
    }
    for need in SupportNeed.allCases {
      let method = CaseProfile.methodIndex(need)
      add(.medianDaysNeed(need), "median days, need \(need.rawValue)") { r in
        Statistics.quantile(sorted: waits(r) { r.methods[$0] == method }, 0.5)
      }
      add(.p90DaysNeed(need), "p90 days, need \(need.rawValue)") { r in
        Statistics.quantile(sorted: waits(r) { r.methods[$0] == method }, 0.9)
      }
    }
    add(.housed90dShare, "share of new cases housed within 90 days") {
      $0.arrivals90 > 0 ? Double($0.housed90) / Double($0.arrivals90) : .nan
    }
    add(.fitShare, "fit of homes to households (rooms, rent)") { r in
      r.placements.isEmpty ? .nan : r.placements.reduce(0) { $0 + $1.fit } / Double(r.placements.count)
    }
    add(.tomgangDays, "tomgangsleje days") { Double($0.tomgangDays) }
    add(.tomgangKr, "tomgangsleje kr") { ($0.tomgangKr).rounded() }
    add(.offers, "offers") { Double($0.offers) }
    add(.refusals, "refusals") { Double($0.refusals) }
    add(.claims, "claims") { Double($0.claims) }
    add(.unfilledClaims, "unfilled claims") { Double($0.unfilled) }
    for method in SupportMethod.allCases {
      let m = method.index
      add(.supportInUse(method), "\(method.rawValue) places in use (of \(world.levers.supportCapacity[m]))") {
        Double($0.supportUsed[m])
      }
    }
    add(.waitingForSupport, "waiting cases whose support method is full") { Double($0.waitingForSupport) }
    add(.breaches, "breaches of § 59 stk. 6–7") { r in Double(r.placements.filter(\.breach).count) }
    columns += Self.tenancyMetrics(world: world, records: records)

    metrics = columns.map { MetricSummary($0.0, label: $0.1, perRun: $0.2) }
    outcomes = Table(
      name: "outcomes",
      columns: [Column(name: "run", storage: .int(records.indices.map { $0 + 1 }))]
        + metrics.map(Self.column))
    summary = Table(
      name: "summary",
      columns: [
        Column(name: "metric", storage: .string(metrics.map(\.label))),
        Column(name: "key", storage: .string(metrics.map(\.key))),
        Self.doubles("mean", metrics.map(\.mean)), Self.doubles("p5", metrics.map(\.p5)),
        Self.doubles("p95", metrics.map(\.p95)), Column(name: "runs", storage: .int(metrics.map(\.runs))),
      ])
    placements = Self.placementTable(world: world, records: records)
    monthly = Self.monthlyTable(records: records)
    organisations = Self.organisationTable(world: world, records: records, dataset: dataset, stock: stock)
    tenancies = Self.tenancyTable(world: world, records: records)
    costs = Self.costTable(world: world, records: records)
  }

  static func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

  static func doubles(_ name: String, _ values: [Double]) -> Column {
    Column(
      name: name, storage: .double(values.map { $0.isNaN ? 0 : rounded($0) }), missing: values.map(\.isNaN))
  }

  static func column(_ m: MetricSummary) -> Column { doubles(m.key, m.perRun) }

  static func placementTable(world: SimulationWorld, records: [RunRecord]) -> Table {
    let dataset = world.dataset
    let stock = world.stock
    var run = [Int](), day = [Int](), caseID = [String](), unit = [String](), org = [String]()
    var dept = [String](), area = [String](), waited = [Int](), age = [Int](), need = [Int32](),
      breach = [Bool]()
    var fit = [Double]()
    for (r, record) in records.enumerated() {
      for p in record.placements {
        run.append(r + 1)
        day.append(dataset.asOf.ordinal + p.day)
        caseID.append(
          p.caseIndex < record.initialCases
            ? dataset.cases[p.caseIndex].id : "new-\(p.caseIndex - record.initialCases + 1)")
        unit.append(stock.unitID(p.unit, dataset))
        org.append(stock.organisationID(p.unit, dataset))
        dept.append(stock.departmentID(p.unit, dataset))
        area.append(dataset.areas[stock.area[p.unit]].id)
        waited.append(p.waited)
        age.append(record.ages[p.caseIndex])
        let m = record.methods[p.caseIndex]
        need.append(Int32(m >= 0 ? m : 3))
        breach.append(p.breach)
        fit.append((p.fit * 1000).rounded() / 1000)
      }
    }
    return Table(
      name: "placements",
      columns: [
        Column(name: "run", storage: .int(run)), Column(name: "day", storage: .date(day)),
        Column(name: "case", storage: .string(caseID)), Column(name: "unit", storage: .string(unit)),
        Column(name: "organisation", storage: .string(org)),
        Column(name: "department", storage: .string(dept)),
        Column(name: "area", storage: .string(area)), Column(name: "waited_days", storage: .int(waited)),
        Column(name: "age", storage: .int(age)),
        Column(name: "need", storage: .enumeration(codes: need, values: SupportNeed.allCases.map(\.rawValue))),
        Column(name: "breach", storage: .bool(breach)), Column(name: "fit", storage: .double(fit)),
      ])
  }

  static func monthlyTable(records: [RunRecord]) -> Table {
    var run = [Int](), month = [Int](), housed = [Int](), waiting = [Int](), inflow = [Int]()
    var claims = [Int](), unfilled = [Int](), exited = [Int]()
    for (r, record) in records.enumerated() {
      for (m, row) in record.months.enumerated() {
        run.append(r + 1)
        month.append(m + 1)
        housed.append(row.housed)
        waiting.append(row.waiting)
        inflow.append(row.inflow)
        claims.append(row.claims)
        unfilled.append(row.unfilled)
        exited.append(row.exited)
      }
    }
    return Table(
      name: "monthly",
      columns: [
        Column(name: "run", storage: .int(run)), Column(name: "month", storage: .int(month)),
        Column(name: "housed", storage: .int(housed)), Column(name: "waiting", storage: .int(waiting)),
        Column(name: "inflow", storage: .int(inflow)), Column(name: "claims", storage: .int(claims)),
        Column(name: "unfilled_claims", storage: .int(unfilled)),
        Column(name: "exited", storage: .int(exited)),
      ])
  }

  static func organisationTable(
    world: SimulationWorld, records: [RunRecord], dataset: Dataset, stock: Stock
  ) -> Table {
    let n = Double(max(1, records.count))
    var ids = dataset.organisations.map(\.id) + ["kommune"]
    var shares = dataset.organisations.map { world.levers.share(of: $0) } + [1]
    var claims = [Double](repeating: 0, count: ids.count)
    var placed = claims
    for record in records {
      for o in ids.indices {
        claims[o] += Double(record.claimsByOrganisation[o])
        placed[o] += Double(record.placementsByOrganisation[o])
      }
    }
    if world.levers.skaevNew == 0 {  // no kommune-let new units: leave the row out
      ids.removeLast()
      shares.removeLast()
      claims.removeLast()
      placed.removeLast()
    }
    let totalClaims = max(1, claims.reduce(0, +))
    let totalPlaced = max(1, placed.reduce(0, +))
    return Table(
      name: "org_outcomes",
      columns: [
        Column(name: "organisation", storage: .string(ids)), doubles("anvisning_share", shares),
        doubles("claims", claims.map { $0 / n }), doubles("placements", placed.map { $0 / n }),
        doubles("share_of_claims", claims.map { $0 / totalClaims }),
        doubles("share_of_placements", placed.map { $0 / totalPlaced }),
      ])
  }
}
