import Testing

@testable import AnvisKit

/// Tenancies after placement: the hazard rule, and invariants of the run loop over many seeds.
@Suite struct TenancyTests {
  typealias F = SimulationFixtures

  static func run(
    _ dataset: Dataset, _ lines: [String], months: Int = 24, runs: Int = 8, seed: UInt64 = 3
  ) throws -> SimulationResult {
    try Simulator.run(
      dataset: dataset, scenario: SimulatorTests.scenario(dataset, lines), months: months, runs: runs,
      seed: seed)
  }

  // MARK: - The rule

  /// −ln(r)/365 a day keeps exactly r for a year: exp(−rate × 365) = r.
  @Test(arguments: [0.93, 0.80, 0.5])
  func dailyRateKeepsTheYearlyShare(keep: Double) {
    let rate = TenancyHazard.dailyRate(keepingForAYear: keep)
    // exp(−x) through PortableMath's log: 1 − r = 1 − exp(−rate·365); compare logs instead.
    #expect(abs(-rate * 365 - PortableMath.log(keep)) < 1e-12)
    #expect(TenancyHazard.dailyRate(keepingForAYear: 1) == 0)
  }

  /// Burden 45 % with effect 0.25: 1 + 0.25 × (0.45 − 0.25) / 0.10 = 1.5; crowding ×1.25; an
  /// udsat area ×1.2; a good fit (burden ≤ 25 %, rooms enough, ordinary area) 1.
  @Test func factorOfTheHome() {
    #expect(
      TenancyHazard.factor(burden: 0.2, rooms: 1, household: 1, restrictedArea: false, effect: 0.25) == 1)
    let f = TenancyHazard.factor(burden: 0.45, rooms: 1, household: 1, restrictedArea: false, effect: 0.25)
    #expect(abs(f - 1.5) < 1e-12)
    let crowded = TenancyHazard.factor(
      burden: 0.2, rooms: 1, household: 2, restrictedArea: true, effect: 0.25)
    #expect(abs(crowded - 1.25 * 1.2) < 1e-12)
  }

  /// Support lowers the loss hazard at the baseline; the burden counts after boligsikring.
  @Test func supportAndBurden() {
    let levers = ModelLevers()
    #expect(
      TenancyHazard.lossPerDay(supported: true, factor: 1, levers: levers)
        < TenancyHazard.lossPerDay(supported: false, factor: 1, levers: levers))
    // Single on kontanthjælp 12,326 kr, rent 4,500 kr: boligsikring is about 675 kr (the 15 % cap
    // binds), so the net rent 3,825 kr takes about 31 % of the income, not 36.5 %.
    let single = CaseProfile(
      Case(
        id: "c-1", age: 35, householdSize: 1, situation: .shelter, registered: Day(ordinal: 0),
        incomeType: .kontanthjaelp, income: 12_326, need: .none, inEducation: false))
    let gross = 4_500.0 / 12_326
    let net = TenancyHazard.burden(single, rent: 4_500, sizeM2: 50)
    #expect(net < gross)
    #expect(abs(net * 12_326 - (4_500 - 675)) < 5, "net rent \(net * 12_326)")
  }

  // MARK: - Invariants over seeds

  /// Every placement starts exactly one tenancy (same run, case, unit and day).
  @Test(arguments: [1, 2, 3] as [UInt64])
  func tenanciesMatchPlacements(seed: UInt64) throws {
    let dataset = try F.town(units: 2_000, cases: 60, seed: seed)
    let result = try Self.run(dataset, [], months: 24, runs: 4, seed: seed)
    let p = result.placements
    let t = result.tenancies
    #expect(p.rowCount == t.rowCount)
    func key(_ table: Table, _ r: Int, _ day: String) -> String {
      ["run", "case", "unit", day].map { table.column(named: $0)?[r].description ?? "?" }.joined(
        separator: "|")
    }
    let placed = Set((0..<p.rowCount).map { key(p, $0, "day") })
    let started = Set((0..<t.rowCount).map { key(t, $0, "start") })
    #expect(placed == started)
    // Outcomes add up: lost + moved on + rehoused + kept = tenancies.
    let lost = try #require(result.metric(.tenanciesLost)).perRun.reduce(0, +)
    let reentries = try #require(result.metric(.reentries)).perRun.reduce(0, +)
    #expect(reentries <= lost)
  }

  /// A case whose tenancy was lost is not placed again before `reentry.delay_days` have passed.
  @Test(arguments: [0, 30, 120])
  func noReentryBeforeTheDelay(delay: Int) throws {
    let dataset = try F.town(units: 2_000, cases: 60, seed: 4)
    let result = try Self.run(
      dataset,
      [
        "set retention.supported = 0.5", "set retention.unsupported = 0.4",
        "set reentry.delay_days = \(delay)",
      ],
      months: 36, runs: 6, seed: 9)
    let t = result.tenancies
    var lostEnd = [String: Int]()  // run|case → day the last lost tenancy ended
    var checked = 0
    let rows = (0..<t.rowCount).sorted {
      (t.column(named: "start")?[$0].description ?? "") < (t.column(named: "start")?[$1].description ?? "")
    }
    for r in rows {
      let id =
        "\(t.column(named: "run")?[r].description ?? "")|\(t.column(named: "case")?[r].description ?? "")"
      guard case .date(let start)? = t.column(named: "start")?[r] else { continue }
      if let end = lostEnd[id] {
        #expect(start.ordinal - end >= delay)
        checked += 1
      }
      if t.column(named: "outcome")?[r].description == "lost",
        case .date(let end)? = t.column(named: "end")?[r]
      {
        lostEnd[id] = end.ordinal
      }
    }
    #expect(checked > 0, "some citizens should be housed again after a lost tenancy")
    #expect(try #require(result.metric(.reentries)).mean > 0)
  }

  /// Cutting support capacity leaves only citizens without a support need to be placed, who
  /// keep their homes less often: retention falls.
  @Test func retentionFallsWhenSupportIsCut() throws {
    let dataset = try F.town(units: 3_000, cases: 120, seed: 5)
    let full = try Self.run(dataset, [], months: 24, runs: 16, seed: 2)
    let cut = try Self.run(
      dataset,
      ["set support.capacity.CTI = 0", "set support.capacity.ICM = 0", "set support.capacity.ACT = 0"],
      months: 24, runs: 16, seed: 2)
    func pooled(_ r: SimulationResult) -> Double {
      let t = r.tenancies
      let lost = (0..<t.rowCount).filter { t.column(named: "outcome")?[$0].description == "lost" }.count
      return 1 - Double(lost) / Double(max(1, t.rowCount))
    }
    #expect(cut.tenancies.rowCount > 0)
    #expect(pooled(cut) < pooled(full))
  }

  /// Per lost tenancy the kommune pays istandsættelse (its duty for a home it placed someone
  /// in) and, when the agreement covers them, rent arrears.
  @Test(arguments: [("none", 3_000.0), ("arrears", 10_000.0), ("arrears+restoration", 10_000.0)])
  func guaranteesFollowTheLeversAndTheAgreement(guarantee: String, perLoss: Double) throws {
    let dataset = try F.town(units: 2_000, cases: 60, seed: 6)
    let result = try Self.run(
      dataset,
      [
        "set retention.unsupported = 0.3", "set guarantee.arrears_kr = 7000",
        "set guarantee.restoration_kr = 3000", "set agreement.guarantee = \(guarantee)",
      ],
      months: 24, runs: 4)
    let lost = try #require(result.metric(.tenanciesLost)).perRun
    let paid = try #require(result.metric(.guaranteeKr)).perRun
    for (l, kr) in zip(lost, paid) { #expect(kr == l * perLoss) }
    #expect(lost.reduce(0, +) > 0)
  }
}
