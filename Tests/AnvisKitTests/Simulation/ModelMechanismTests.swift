import Testing

@testable import AnvisKit

/// The kommune's other claims, turnover by rooms band, the youth study check, the inflow mix,
/// costs and the model levers' ranges.
@Suite struct ModelMechanismTests {
  typealias F = SimulationFixtures
  typealias T = TenancyTests

  // MARK: - anvisning.homeless_share

  @Test func homelessShareSplitsTheFamilyTurns() throws {
    let dataset = try F.town(units: 3_000, cases: 80, seed: 7)
    let all = try T.run(dataset, ["set anvisning.homeless_share = 1"], months: 12, runs: 4)
    let none = try T.run(dataset, ["set anvisning.homeless_share = 0"], months: 12, runs: 4)
    let half = try T.run(dataset, ["set anvisning.homeless_share = 0.5"], months: 12, runs: 4)
    #expect(try #require(all.metric(.turnsOther)).mean == 0)
    #expect(try #require(none.metric(.turnsOther)).mean > 0)
    // No family home goes to the homeless list when every turn meets other needs.
    let types = Dictionary(uniqueKeysWithValues: dataset.units.map { ($0.id, $0.type) })
    let units = none.placements.column(named: "unit")
    let family = (0..<none.placements.rowCount).filter { types[units?[$0].description ?? ""] == .family }
    #expect(family.isEmpty)
    let halfHoused = try #require(half.metric(.housed)).mean
    let allHoused = try #require(all.metric(.housed)).mean
    #expect(halfHoused <= allHoused)
    #expect(try #require(all.metric(.turnsUnused)).mean >= 0)
  }

  // MARK: - Turnover by rooms band

  @Test func manifestReadsRoomsBandsAndThePlainForm() throws {
    let text = """
      name = "t"
      as_of = 2026-11-01
      [flow.turnover]
      youth = 0.4
      [flow.turnover.family]
      rooms_1 = 0.155
      rooms_3 = 0.09
      [levers]
      retention_supported = 0.9
      reentry_delay_days = 45
      """
    var problems = ProblemList(file: "anvis.toml")
    let m = try #require(ManifestReader.read(text: text, problems: &problems))
    #expect(problems.isEmpty)
    #expect(m.flow.turnover(.family, rooms: 1) == 0.155)
    #expect(m.flow.turnover(.family, rooms: 2) == 0.155)
    #expect(m.flow.turnover(.family, rooms: 5) == 0.09)
    #expect(m.flow.turnover(.youth, rooms: 1) == 0.4)
    #expect(m.levers.numbers["retention.supported"] == 0.9)
    // Written and read back the same.
    var again = ProblemList(file: "anvis.toml")
    let back = try #require(ManifestReader.read(text: ManifestWriter.text(m), problems: &again))
    #expect(back == m)
    let levers = ModelLevers(baselines: m.levers.numbers)
    #expect(levers.retentionSupported == 0.9 && levers.reentryDelayDays == 45 && levers.homelessShare == 0.7)
  }

  @Test func manifestRefusesBadBandsAndLeverValues() {
    let text = """
      name = "t"
      as_of = 2026-11-01
      [flow.turnover.family]
      room_1 = 0.1
      [levers]
      retention_supported = 1.5
      reentry_delay_days = 4.5
      """
    var problems = ProblemList(file: "anvis.toml")
    #expect(ManifestReader.read(text: text, problems: &problems) == nil)
    let messages = problems.kept.map(\.message).joined(separator: "\n")
    #expect(messages.contains("room_1"))
    #expect(messages.contains("retention_supported"))
    #expect(messages.contains("reentry_delay_days must be a whole number"))
  }

  /// Small homes turn over faster: the 1-room band's vacancies per unit exceed the 4-room band's.
  @Test func bandsDriveTheVacancies() throws {
    let town = try F.town(units: 3_000, cases: 40, seed: 8)
    var manifest = town.manifest
    manifest.flow.turnoverByRooms[.family] = [.init(rooms: 1, rate: 0.3), .init(rooms: 2, rate: 0.05)]
    let dataset = try Dataset(
      manifest: manifest, areas: town.areas, organisations: town.organisations, departments: town.departments,
      units: town.units, cases: town.cases, teams: town.teams)
    let world = SimulationWorld(dataset: dataset, levers: Levers(baselineOf: dataset), months: 12)
    let ones = dataset.units.filter { $0.type == .family && $0.rooms == 1 }.count
    let rest = dataset.units.filter { $0.type == .family && $0.rooms > 1 }.count
    #expect(world.unitsByGroup.count == UnitType.allCases.count + 1)
    #expect(abs(world.ratePerDay[0] - Double(ones) * 0.3 / 365) < 1e-9)
    #expect(abs(world.ratePerDay[1] - Double(rest) * 0.05 / 365) < 1e-9)
  }

  // MARK: - The youth study check

  @Test func studyCheckRehousesThoseNotInEducation() throws {
    let dataset = try F.town(units: 3_000, cases: 120, seed: 9)
    let base = ["set youth.claim = true", "set youth.study_check_months = 3"]
    let never = try T.run(dataset, base + ["set youth.education_start = 0"], months: 24, runs: 6)
    let always = try T.run(dataset, base + ["set youth.education_start = 1"], months: 24, runs: 6)
    #expect(try #require(never.metric(.youthPlaced)).mean > 0)
    #expect(try #require(never.metric(.youthRehousedAfterCheck)).mean > 0)
    #expect(try #require(always.metric(.youthRehousedAfterCheck)).mean == 0)
    // Those already in education pass: every re-housed young person was not in education.
    let inEducation = Set(dataset.cases.filter(\.inEducation).map(\.id))
    let t = never.tenancies
    for r in 0..<t.rowCount where t.column(named: "outcome")?[r].description == "rehoused" {
      #expect(!inEducation.contains(t.column(named: "case")?[r].description ?? ""))
    }
  }

  // MARK: - Inflow

  /// The need mix given the situation averages to CTI 50 %, ICM 35 %, ACT 15 %.
  @Test func inflowNeedMixHoldsOverall() {
    var total = [0.0, 0.0, 0.0]
    for (s, share) in CaseGenerator.situations {
      let p = InflowDraw.needShares(s)
      #expect(abs(p.reduce(0, +) - 1) < 1e-12)
      for m in 0..<3 { total[m] += share * p[m] }
    }
    #expect(abs(total[0] - 0.50) < 1e-9 && abs(total[1] - 0.35) < 1e-9 && abs(total[2] - 0.15) < 1e-9)
    #expect(InflowDraw.needShares(.street)[2] > InflowDraw.needShares(.friends_family)[2])
  }

  @Test func inflowDrawsFollowTheAgeMix() {
    var rng = SeededRandom(seed: 4)
    let day = F.asOf
    let ages = (0..<4_000).map { _ in InflowDraw.draw(day: day, &rng).age }
    let young = Double(ages.filter { $0 < 25 }.count) / 4_000
    #expect(abs(young - 0.13) < 0.025)
    #expect(ages.allSatisfy { $0 >= 18 })
  }

  // MARK: - Costs

  @Test func costsAddUp() throws {
    let dataset = try F.town(units: 2_000, cases: 60, seed: 10)
    let result = try T.run(dataset, [], months: 12, runs: 3)
    let c = result.costs
    for r in 0..<c.rowCount {
      func v(_ name: String) -> Double {
        guard case .double(let x)? = c.column(named: name)?[r] else { return .nan }
        return x
      }
      let net =
        v("tomgang_kr") + v("guarantees_kr") + v("youth_moves_kr") + v("support_kr") - v("shelter_avoided_kr")
      #expect(abs(net - v("net_kr")) <= 3)
      #expect(v("support_kr") > 0)
    }
  }

  // MARK: - Lever ranges

  @Test func leverRangesAreChecked() throws {
    let dataset = try F.town(units: 200, cases: 10, seed: 1)
    var levers = Levers(baselineOf: dataset)
    try levers.set(.retentionSupported, to: "85%", in: dataset)
    #expect(levers.model.retentionSupported == 0.85)
    #expect(throws: SimulationError.self) { try levers.set(.retentionSupported, to: "0", in: dataset) }
    #expect(throws: SimulationError.self) { try levers.set(.reentryDelayDays, to: "4.5", in: dataset) }
    #expect(throws: SimulationError.self) { try levers.set(.guaranteeArrearsKr, to: "-1", in: dataset) }
    let baseline = Levers(baselineOf: dataset)
    levers.reset(.retentionSupported, to: baseline)
    #expect(levers.model.retentionSupported == 0.93)
    #expect(levers.changes(from: baseline).isEmpty)
    #expect(Lever.retentionUnsupported.meaning.contains("[est]"))
  }
}
