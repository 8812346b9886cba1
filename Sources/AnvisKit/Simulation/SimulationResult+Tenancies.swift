/// The metrics and tables of tenancies, the kommune's turns, turnover, the youth check and costs.
extension SimulationResult {
  typealias MetricColumn = (Metric, String, [Double])

  static func tenancyMetrics(world: SimulationWorld, records: [RunRecord]) -> [MetricColumn] {
    let years = Double(world.days) / 365
    var columns: [MetricColumn] = []
    func add(_ metric: Metric, _ label: String, _ f: (RunRecord) -> Double) {
      columns.append((metric, label, records.map(f)))
    }
    add(.medianDaysNew, "median days to a home, cases new in the run") { r in
      Statistics.quantile(sorted: r.newCaseWaits.map(Double.init).sorted(), 0.5)
    }
    add(.housed120dShare, "share of new cases housed within 120 days") {
      $0.arrivals120 > 0 ? Double($0.housed120) / Double($0.arrivals120) : .nan
    }
    add(.retained12m, "tenancies standing 12 months on (or at the horizon)") { r in
      retained(r.tenancies, days: world.days)
    }
    add(.tenanciesLost, "tenancies lost (eviction, abandonment)") { r in
      Double(r.tenancies.filter { $0.outcome == .lost }.count)
    }
    add(.tenanciesMovedOn, "tenancies ended by a planned move") { r in
      Double(r.tenancies.filter { $0.outcome == .movedOn }.count)
    }
    add(.reentries, "citizens back on the list after a lost tenancy") { Double($0.reentries) }
    add(.guaranteeKr, "guarantees paid (arrears, istandsættelse)") { $0.guaranteeKr.rounded() }
    add(.turnsOther, "kommune's turns used for other urgent needs") { Double($0.turnsOther) }
    add(.turnsUnused, "kommune's turns nobody on the list could take") { Double($0.turnsUnused) }
    add(.cheapFamilyLettings, "lettings of family homes under 3500 kr a year") {
      Double($0.cheapFamilyVacancies) / years
    }
    for type in [UnitType.family, .youth] {
      let units = Double(max(1, world.unitsPerType[type.position]))
      add(.turnover(type), "turnover of \(type.rawValue) homes a year") {
        Double($0.vacanciesByType[type.position]) / units / years
      }
    }
    add(.youthPlaced, "placements in youth homes") { Double($0.youthPlaced) }
    add(.youthRehousedAfterCheck, "young people re-housed after the study check") {
      Double($0.youthRehoused)
    }
    add(.youthMovesKr, "cost of re-housing young people") { $0.youthMoveKr.rounded() }
    add(.supportKr, "support delivered in the tenancies") { cost($0).support.rounded() }
    add(.shelterAvoidedKr, "§ 110 shelter nights avoided") { cost($0).shelterAvoided.rounded() }
    add(.netCostKr, "net cost to the kommune (see costs)") { cost($0).net.rounded() }
    add(.netCostPerHousedKr, "net cost per citizen housed") { r in
      r.placements.isEmpty ? .nan : (cost(r).net / Double(r.placements.count)).rounded()
    }
    return columns
  }

  /// Share of tenancies not lost by 12 months after their start, or by the horizon.
  static func retained(_ tenancies: [RunRecord.Tenancy], days: Int) -> Double {
    guard !tenancies.isEmpty else { return .nan }
    let lost = tenancies.filter { t in
      t.outcome == .lost && t.end <= min(days, t.start + 365)
    }.count
    return 1 - Double(lost) / Double(tenancies.count)
  }

  struct RunCost {
    var tomgang = 0.0, guarantees = 0.0, youthMoves = 0.0, support = 0.0, shelterAvoided = 0.0
    var net: Double { tomgang + guarantees + youthMoves + support - shelterAvoided }
  }

  static func cost(_ r: RunRecord) -> RunCost {
    RunCost(
      tomgang: r.tomgangKr, guarantees: r.guaranteeKr, youthMoves: r.youthMoveKr,
      support: (0..<3).reduce(0) { $0 + CostRates.support(days: r.supportDays[$1], method: $1) },
      shelterAvoided: Double(r.shelterNightsAvoided) * CostRates.shelterNight)
  }

  static func costTable(world: SimulationWorld, records: [RunRecord]) -> Table {
    let costs = records.map(cost)
    func kr(_ name: String, _ f: (RunCost) -> Double) -> Column {
      Column(name: name, storage: .double(costs.map { f($0).rounded() }))
    }
    let housed = records.map(\.placements.count)
    return Table(
      name: "costs",
      columns: [
        Column(name: "run", storage: .int(records.indices.map { $0 + 1 })),
        kr("tomgang_kr", \.tomgang), kr("guarantees_kr", \.guarantees), kr("youth_moves_kr", \.youthMoves),
        kr("support_kr", \.support), kr("shelter_avoided_kr", \.shelterAvoided), kr("net_kr", \.net),
        Column(name: "housed", storage: .int(housed)),
        Column(
          name: "net_per_housed_kr",
          storage: .double(zip(costs, housed).map { $1 > 0 ? ($0.net / Double($1)).rounded() : 0 }),
          missing: housed.map { $0 == 0 }),
      ])
  }

  static func tenancyTable(world: SimulationWorld, records: [RunRecord]) -> Table {
    let dataset = world.dataset
    let stock = world.stock
    let asOf = dataset.asOf.ordinal
    var run = [Int](), caseID = [String](), unit = [String](), start = [Int](), end = [Int]()
    var endMissing = [Bool](), outcome = [Int32](), months = [Double](), method = [Int32]()
    var supportEnd = [Int](), supportMissing = [Bool]()
    for (r, record) in records.enumerated() {
      for t in record.tenancies {
        run.append(r + 1)
        caseID.append(
          t.caseIndex < record.initialCases
            ? dataset.cases[t.caseIndex].id : "new-\(t.caseIndex - record.initialCases + 1)")
        unit.append(stock.unitID(t.unit, dataset))
        start.append(asOf + t.start)
        end.append(asOf + max(t.end, 0))
        endMissing.append(t.end < 0)
        outcome.append(t.outcome.rawValue)
        let last = t.end >= 0 ? t.end : world.days
        months.append(((Double(last - t.start) * 12 / 365) * 10).rounded() / 10)
        method.append(Int32(t.method == CaseProfile.noMethod ? SupportNeed.allCases.count - 1 : t.method))
        supportEnd.append(asOf + max(t.supportEnd, 0))
        supportMissing.append(t.supportEnd < 0)
      }
    }
    return Table(
      name: "tenancies",
      columns: [
        Column(name: "run", storage: .int(run)), Column(name: "case", storage: .string(caseID)),
        Column(name: "unit", storage: .string(unit)), Column(name: "start", storage: .date(start)),
        Column(name: "end", storage: .date(end), missing: endMissing),
        Column(name: "outcome", storage: .enumeration(codes: outcome, values: TenancyOutcome.names)),
        Column(name: "months", storage: .double(months)),
        Column(name: "method", storage: .enumeration(codes: method, values: SupportNeed.allCases.map(\.rawValue))),
        Column(name: "support_end", storage: .date(supportEnd), missing: supportMissing),
      ])
  }
}
