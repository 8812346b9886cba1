import Testing

@testable import AnvisKit

@Suite struct AllocatorTests {
  typealias F = SimulationFixtures

  func allocate(_ dataset: Dataset, _ lines: [String]) throws -> Allocation {
    var s = Scenario(dataset: dataset)
    for line in lines { try s.set(line: line, dataset: dataset) }
    return Allocator.allocate(dataset: dataset, scenario: s)
  }

  func pairs(_ a: Allocation) throws -> [(String, String)] {
    let cases = try #require(a.table.column(named: "case"))
    let units = try #require(a.table.column(named: "unit"))
    return (0..<a.table.rowCount).map { (cases[$0].description, units[$0].description) }
  }

  @Test(arguments: ["fcfs", "priority", "best-fit"])
  func placementsObeyTheRulesAndAreDistinct(policy: String) throws {
    let dataset = try F.town(units: 3_000, cases: 120, seed: 9)
    let a = try allocate(dataset, ["set policy = \(policy)", "set youth.claim = true"])
    let scenario = try { () throws -> Scenario in
      var s = Scenario(dataset: dataset)
      try s.set(line: "set youth.claim = true", dataset: dataset)
      return s
    }()
    let placed = try pairs(a)
    #expect(!placed.isEmpty)
    #expect(Set(placed.map(\.0)).count == placed.count)
    #expect(Set(placed.map(\.1)).count == placed.count)
    var used = [0, 0, 0]
    for (c, u) in placed {
      let theCase = try #require(dataset.caseIndex[c].map { dataset.cases[$0] })
      let unit = try #require(dataset.unitIndex[u])
      #expect(Eligibility.check(case: theCase, unit: unit, dataset: dataset, scenario: scenario) == [])
      if let m = theCase.need.method { used[m.index] += 1 }
    }
    let start = EligibilityState(dataset: dataset, levers: scenario.levers)
    for m in 0..<3 { #expect(used[m] <= max(0, start.freePlaces[m])) }
    #expect(a.summary.placed == placed.count)
  }

  /// Without binding side constraints best-fit maximises (placements, total score) over the same
  /// eligible pairs, so it does at least as well as fcfs on both, in that order.
  @Test func bestFitDoesAtLeastAsWellAsFirstComeFirstServed() throws {
    let dataset = try F.town(units: 3_000, cases: 120, seed: 9)
    let roomy = [
      "set support.capacity.CTI = 1000", "set support.capacity.ICM = 1000", "set support.capacity.ACT = 1000",
    ]
    let fcfs = try allocate(dataset, roomy)
    let best = try allocate(dataset, roomy + ["set policy = best-fit"])
    #expect(best.summary.placed >= fcfs.summary.placed)
    if best.summary.placed == fcfs.summary.placed {
      #expect(best.summary.totalScore >= fcfs.summary.totalScore - 1e-9)
    }
    #expect(best.summary.claimed == fcfs.summary.claimed)
  }

  @Test func fcfsGivesTheFirstUnitToTheLongestWaiting() throws {
    let long = F.plainCase(id: "c-0001")
    var longer = F.plainCase(id: "c-0002")
    longer.registered = F.asOf + (-500)
    let dataset = try F.ruleDataset(cases: [long, longer])
    let a = try allocate(dataset, [])
    let placed = try pairs(a)
    // The rota gives the kommune u-vulnerable (oldest first) and u-access; fcfs offers the
    // first to the case that has waited longest.
    #expect(placed.map { "\($0.0) \($0.1)" } == ["c-0001 u-access", "c-0002 u-vulnerable"])
    #expect(
      a.table.fieldNames == [
        "case", "unit", "organisation", "department", "area", "rent", "score", "rule_path",
      ])
  }

  @Test func allocationIsDeterministic() throws {
    let dataset = try F.town(units: 3_000, cases: 120, seed: 9)
    let a = try allocate(dataset, ["set policy = best-fit"])
    let b = try allocate(dataset, ["set policy = best-fit"])
    #expect(try pairs(a).map { "\($0.0) \($0.1)" } == pairs(b).map { "\($0.0) \($0.1)" })
  }
}
