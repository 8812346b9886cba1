import Testing

@testable import AnvisKit

/// The metric registry: each metric's per-run value against what the run recorded.
@Suite struct CalibrationMetricTests {
  static func result(months: Int = 12, runs: Int = 12, set lines: [String] = []) throws -> SimulationResult {
    let dataset = try SimulationFixtures.town(units: 2_000, cases: 60, seed: 3)
    var scenario = Scenario(name: "s", from: Scenario(dataset: dataset))
    for line in lines { try scenario.set(line: line, dataset: dataset) }
    return try Simulator.run(dataset: dataset, scenario: scenario, months: months, runs: runs, seed: 4)
  }

  func values(_ name: String, _ result: SimulationResult) throws -> [Double] {
    let metric = try #require(CalibrationMetric.named(name))
    return try #require(metric.values(in: result))
  }

  @Test func namesAreUniqueAndEveryOneHasAMeaningAndUnit() {
    #expect(Set(CalibrationMetric.names).count == CalibrationMetric.all.count)
    for m in CalibrationMetric.all {
      #expect(!m.meaning.isEmpty && !m.unit.isEmpty, "\(m.name)")
    }
  }

  @Test func countsAgreeWithTheSimulationsOwnMetrics() throws {
    let r = try Self.result(months: 6)
    // Six months: half a year, so the yearly rate is twice the count.
    #expect(try values("housed_per_year", r) == r.metric(.housed)?.perRun.map { $0 * 2 })
    #expect(try values("list_size_end", r) == r.metric(.waiting)?.perRun)
    let claims = try #require(r.metric(.claims)?.perRun)
    let kr = try #require(r.metric(.tomgangKr)?.perRun)
    for (i, perClaim) in try values("tomgangsleje_kr_per_claim", r).enumerated() where claims[i] > 0 {
      #expect(abs(perClaim * claims[i] - kr[i]) <= 0.5 + 1e-9)
    }
  }

  @Test func turnoverComesBackFromTheManifestsRates() throws {
    let r = try Self.result(months: 24, runs: 20)
    let family = Statistics.mean(try values("turnover_family", r))
    let youth = Statistics.mean(try values("turnover_youth", r))
    #expect(abs(family - 0.104) < 0.01, "\(family)")
    #expect(abs(youth - 0.399) < 0.06, "\(youth)")
  }

  @Test func cheapFamilyLettingsFollowTheCheapStockTimesItsTurnover() throws {
    let r = try Self.result(months: 24, runs: 20)
    let cheap = r.world.dataset.units.filter { $0.type == .family && $0.rent < 3_500 }.count
    try #require(cheap > 20)
    let lettings = Statistics.mean(try values("lettings_cheap_family_per_year", r))
    #expect(
      abs(lettings - Double(cheap) * 0.104) < Double(cheap) * 0.104 * 0.2, "\(lettings) for \(cheap) homes")
    for share in try values("anvisning_share_cheap_family", r) { #expect(share >= 0 && share <= 1) }
  }

  @Test func youthPlacementsNeedTheYouthClaim() throws {
    #expect(try values("youth_placed_per_year", try Self.result(runs: 4)).allSatisfy { $0 == 0 })
    let open = try Self.result(runs: 4, set: ["set youth.claim = true"])
    #expect(try values("youth_placed_per_year", open).contains { $0 > 0 })
  }

  @Test func sharesOfNewCasesAreSharesAndUndefinedOnAShortHorizon() throws {
    let r = try Self.result()
    for x in try values("housed_within_120d_new", r) { #expect(x >= 0 && x <= 1) }
    for x in try values("list_share_18_29", r) + values("list_share_60p", r) {
      #expect(x.isNaN || (x >= 0 && x <= 1))
    }
    // Three months (91 days): no case can have arrived 120 days before the end.
    #expect(try values("housed_within_120d_new", try Self.result(months: 3, runs: 2)).allSatisfy(\.isNaN))
  }

  @Test func retentionIsTheShareOfTheRunsTenanciesNotLostWithinAYear() throws {
    let metric = try #require(CalibrationMetric.named("retained_12m"))
    #expect(metric.isModelled)
    let r = try Self.result(runs: 4)
    let values = try #require(metric.values(in: r))
    #expect(values.count == 4)
    for (value, record) in zip(values, r.records) {
      let lost = record.tenancies.filter { $0.outcome == .lost && $0.end <= min(r.world.days, $0.start + 365) }
      let expected = record.tenancies.isEmpty ? Double.nan : 1 - Double(lost.count) / Double(record.tenancies.count)
      #expect(value == expected || (value.isNaN && expected.isNaN))
      #expect(value.isNaN || (value >= 0 && value <= 1))
    }
  }

  @Test func aRowIsInsideOnlyWhenItsMeanIsInsideItsBand() throws {
    let r = try Self.result(runs: 6)
    let housed = Statistics.mean(try values("housed_per_year", r))
    let references = [
      Reference(metric: "housed_per_year", value: housed, low: housed - 1, high: housed + 1, source: "s"),
      Reference(
        metric: "housed_per_year", value: housed + 10, low: housed + 5, high: housed + 20, source: "s"),
      Reference(
        metric: "housed_per_year", value: housed - 30, low: housed - 40, high: housed - 20, source: "s"),
    ]
    let c = Calibration(result: r, references: references)
    #expect(c.rows.map(\.inside) == [true, false, false])
    #expect(c.rows.map(\.modelled) == [true, true, true])
    #expect(c.countLine == "1 of 3 inside their bands")
    #expect(abs(c.totalDistance - (0 + 10.0 / 15 + 30.0 / 20)) < 1e-9)
    #expect(c.table.rowCount == 3)
    #expect(
      c.table.fieldNames == [
        "metric", "model", "p5", "p95", "reference", "low", "high", "inside", "source", "note",
      ])
  }
}
