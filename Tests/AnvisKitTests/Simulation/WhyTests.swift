import Testing

@testable import AnvisKit

@Suite struct WhyTests {
  typealias F = SimulationFixtures

  func rows(_ table: Table) -> [[String]] {
    (0..<table.rowCount).map { r in table.columns.map { $0[r].description } }
  }

  @Test func countsUnitsPerRuleAndSaysWhatWouldChange() throws {
    let dataset = try F.ruleDataset()
    let e = try Why.explain(caseID: "c-0001", dataset: dataset, scenario: Scenario(dataset: dataset))
    #expect(e.eligibleUnits == 5)
    #expect(
      rows(e.rules) == [
        ["exempt department", "1", "1", "set exempt.departments = none"],
        ["youth.claim off", "1", "0", "set youth.claim = true"],
        ["youth age 18–29", "1", "0", "none: age band of the unit type"],
        ["senior.for_homeless off", "1", "0", "set senior.for_homeless = true"],
        ["ældrebolig: 60+ or disability", "1", "0", "none: ældreboliger are for citizens 60+ or with a disability (§ 57)"],
        ["rent", "1", "1", "set rent.cap = 4200 or rent.reduction.units"],
        ["unit too large", "1", "1", "none: rooms for the household"],
      ])
    #expect(e.nearest.rowCount == 5)
    #expect(e.lines.first == "c-0001: age 40, household 1, need none, income 12326 kr, waited 100 days")
  }

  @Test func areaRulesAreLawNotLevers() throws {
    var c = F.plainCase()
    c.released6m = true
    c.disabilityPension = true
    let dataset = try F.ruleDataset(cases: [c])
    let e = try Why.explain(caseID: "c-0001", dataset: dataset, scenario: Scenario(dataset: dataset))
    let table = rows(e.rules)
    #expect(
      table.contains([
        "§ 59 stk. 6 no. 1", "1", "0", "none: almenboligloven § 59 is law (a home outside these areas)",
      ]))
    #expect(
      table.contains([
        "§ 59 stk. 6 no. 6", "1", "0", "none: almenboligloven § 59 is law (a home outside these areas)",
      ]))
    #expect(
      table.contains([
        "§ 59 stk. 7 no. 1", "1", "1", "none: almenboligloven § 59 is law (a home outside these areas)",
      ]))
  }

  @Test func nearestUnitsNameTheirBlockersWhenNothingFits() throws {
    var c = F.plainCase(household: 9)
    c.needsAccessible = true
    let dataset = try F.ruleDataset(cases: [c])
    let e = try Why.explain(caseID: "c-0001", dataset: dataset, scenario: Scenario(dataset: dataset))
    #expect(e.eligibleUnits == 0)
    #expect(e.lines[1] == "no unit in the stock may be offered to c-0001 under scenario baseline")
    let blockedBy = try #require(e.nearest.column(named: "blocked_by"))
    #expect(blockedBy[0].description.contains("does not fit"))
  }

  @Test func unknownCaseSuggestsANearMiss() throws {
    let dataset = try F.ruleDataset()
    #expect(throws: SimulationError.unknownCase("c-0002", hint: "did you mean 'c-0001'?")) {
      try Why.explain(caseID: "c-0002", dataset: dataset, scenario: Scenario(dataset: dataset))
    }
  }

  /// A case whose support method runs out before its turn is told so, with the capacity that
  /// leaves a place for it (before: `why` listed vacant units "it may be offered" and no more).
  @Test func namesAFullSupportMethodAndTheCapacityThatHousesIt() throws {
    // ICM: capacity 10, 5 in use: 5 free places; 7 ICM cases wait longer than c-0008.
    let cases = (1...8).map { k in
      var c = F.plainCase(id: "c-000\(k)", need: .ICM)
      c.registered = F.asOf + (-200 + k)
      return c
    }
    let dataset = try F.ruleDataset(cases: cases)
    let e = try Why.explain(caseID: "c-0008", dataset: dataset, scenario: Scenario(dataset: dataset))
    #expect(e.placedToday == nil)
    let support = rows(e.obstacles).first { $0[0] == "support place (ICM)" }
    #expect(
      support?[2] == "5 free ICM places today; 7 ICM cases come first (fcfs: longer wait)")
    #expect(support?[3] == "set support.capacity.ICM = 13 (one more team of 10: 20)")
    #expect(e.lines.contains { $0.hasPrefix("what would have to change: set support.capacity.ICM = 13") })

    // With 13 places the queue no longer runs out before it.
    var more = Scenario(name: "more", from: Scenario(dataset: dataset))
    try more.set(line: "set support.capacity.ICM = 13", dataset: dataset)
    let after = try Why.explain(caseID: "c-0008", dataset: dataset, scenario: more)
    #expect(!rows(after.obstacles).contains { $0[0] == "support place (ICM)" })
  }

  @Test func namesTheKommunesTurnAndTheCasesThatCameFirst() throws {
    // Two claimable units today (the rota's turns at share 0.25), both to older cases.
    let cases = (1...3).map { F.plainCase(id: "c-000\($0)") }
    let dataset = try F.ruleDataset(cases: cases)
    let e = try Why.explain(caseID: "c-0003", dataset: dataset, scenario: Scenario(dataset: dataset))
    #expect(e.placedToday == nil)
    #expect(
      rows(e.obstacles) == [
        [
          "not the kommune's turn", "3", "the organisations let them: org-1 3",
          "set anvisning.share[org-1] = 0.3",
        ],
        [
          "went to another case", "2", "c-0001, c-0002 (fcfs: longer wait)",
          "more homes on the kommune's turn: anvisning.share, youth.claim, skaev.new",
        ],
      ])
    let first = try Why.explain(caseID: "c-0001", dataset: dataset, scenario: Scenario(dataset: dataset))
    #expect(first.placedToday == "u-vulnerable")
    #expect(first.obstacles.rowCount == 0)
  }

  @Test func saysHowOftenTheSimulationHousedTheCase() throws {
    let dataset = try F.town(units: 600, cases: 30)
    let scenario = Scenario(dataset: dataset)
    let result = try Simulator.run(dataset: dataset, scenario: scenario, months: 6, runs: 4, seed: 3)
    let caseColumn = try #require(result.placements.column(named: "case"))
    let id = try #require(
      (0..<caseColumn.count).map { caseColumn[$0].description }.first { $0.hasPrefix("c-") })
    let runColumn = try #require(result.placements.column(named: "run"))
    let runs = Set(
      (0..<caseColumn.count).filter { caseColumn[$0].description == id }.map { runColumn[$0].description })
    let line = try #require(
      Why.simulated(caseID: id, result: result, dataset: dataset, levers: scenario.levers))
    #expect(line.hasPrefix("simulate (6 months × 4 runs, seed 3): \(id) housed in \(runs.count) of 4 runs"))
  }
}
