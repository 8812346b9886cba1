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
        ["senior age 60+", "1", "1", "none: age band of the unit type"],
        ["rent", "1", "1", "set rent.cap = 4200 or rent.reduction.units"],
        ["unit too large", "1", "1", "none: rooms for the household"],
      ])
    #expect(e.nearest.rowCount == 5)
    #expect(e.lines.first == "c-0001: age 40, household 1, need none, income 12,326 kr, waited 100 days")
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
    #expect(throws: WhyError.unknownCase("c-0002", hint: "did you mean 'c-0001'?")) {
      try Why.explain(caseID: "c-0002", dataset: dataset, scenario: Scenario(dataset: dataset))
    }
  }
}
