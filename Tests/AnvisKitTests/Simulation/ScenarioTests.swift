import Testing

@testable import AnvisKit

@Suite struct ScenarioTests {
  let dataset: Dataset

  init() throws { dataset = try SimulationFixtures.ruleDataset() }

  @Test func setsTypedValues() throws {
    var s = Scenario(name: "youth-first", dataset: dataset)
    try s.set(line: "set youth.claim = true", dataset: dataset)
    try s.set(line: "set anvisning.share = 40%", dataset: dataset)
    try s.set(line: "set anvisning.share[org-1] = 0.5", dataset: dataset)
    try s.set(line: "set policy = best-fit", dataset: dataset)
    try s.set(line: "set dept.cap = off", dataset: dataset)
    try s.set(line: "set support.capacity.ACT = 0", dataset: dataset)
    try s.set(line: "set exempt.departments = d-001, d-004", dataset: dataset)
    #expect(s.levers.youthClaim)
    #expect(s.levers.anvisningShare == 0.4)
    #expect(s.levers.share(of: dataset.organisations[0]) == 0.5)
    #expect(s.levers.policy == .bestFit)
    #expect(s.levers.deptCap == nil)
    #expect(s.levers.capacity(.ACT) == 0)
    #expect(s.levers.exemptDepartments == .list(["d-001", "d-004"]))
    #expect(
      s.levers.changes(from: s.baseline) == [
        .anvisningShare, .youthClaim, .exemptDepartments, .supportACT, .policy,
      ])
  }

  @Test func unknownLeverPointsAtItWithASuggestion() {
    var s = Scenario(dataset: dataset)
    let error = #expect(throws: Diagnostic.self) { try s.set(line: "set rent.cpa = 4000", dataset: dataset) }
    #expect(error?.column == 5)
    #expect(error?.length == 8)
    #expect(error?.message == "unknown lever 'rent.cpa'")
    #expect(error?.hint == "did you mean 'rent.cap'?")
  }

  @Test func badValuePointsAtTheValue() {
    var s = Scenario(dataset: dataset)
    let error = #expect(throws: Diagnostic.self) { try s.set(line: "set acceptance = 1.5", dataset: dataset) }
    #expect(error?.column == 18)
    #expect(error?.message == "expected a share between 0 and 1 (or a percentage like 27%), found '1.5'")
    #expect(s.levers == s.baseline)
  }

  @Test func badChoiceSuggestsTheNearestValue() {
    var s = Scenario(dataset: dataset)
    let error = #expect(throws: Diagnostic.self) { try s.set(line: "set policy = bestfit", dataset: dataset) }
    #expect(error?.column == 14)
    #expect(error?.hint == "did you mean 'best-fit'?")
    #expect(error?.message == "expected one of fcfs, priority, best-fit, found 'bestfit'")
  }

  @Test func unknownOrganisationIsRefused() {
    var s = Scenario(dataset: dataset)
    let error = #expect(throws: Diagnostic.self) {
      try s.set(line: "set anvisning.share[org-2] = 0.5", dataset: dataset)
    }
    #expect(error?.column == 21)
    #expect(error?.hint == "did you mean 'org-1'?")
  }

  @Test func missingEqualsIsExplained() {
    var s = Scenario(dataset: dataset)
    let error = #expect(throws: Diagnostic.self) { try s.set(line: "set rent.cap 4000", dataset: dataset) }
    #expect(error?.message == "expected '=' after 'rent.cap'")
    #expect(error?.column == 14)
  }

  @Test func resetRestoresTheBaseline() throws {
    var s = Scenario(dataset: dataset)
    try s.set(line: "set rent.cap = 4000", dataset: dataset)
    try s.set(line: "set anvisning.share[org-1] = 0.6", dataset: dataset)
    s.reset(.rentCap)
    s.reset(.anvisningShare)
    #expect(s.levers == s.baseline)
    #expect(s.assignments.isEmpty)
  }

  @Test func fileRoundTrips() throws {
    var s = Scenario(name: "mix", from: Scenario(dataset: dataset))
    try s.set(line: "set youth.claim = true", dataset: dataset)
    try s.set(line: "set rent.cap = 4000", dataset: dataset)
    try s.set(line: "set rent.cap = 4100", dataset: dataset)
    #expect(
      s.fileText
        == "# anvis scenario\nname = mix\nfrom = baseline\nset youth.claim = true\nset rent.cap = 4100\n")
    let back = try Scenario.parse(fileText: s.fileText, dataset: dataset)
    #expect(back == s)
  }

  @Test func fileErrorsCarryTheLine() {
    let text = "name = x\nset rent.cap = 4000\nset rent.cap = lots\n"
    let error = #expect(throws: Diagnostic.self) { try Scenario.parse(fileText: text, dataset: dataset) }
    #expect(error?.line == 3)
    #expect(error?.column == 16)
  }

  @Test func leverTextShowsEveryLever() {
    let levers = Levers(baselineOf: dataset)
    #expect(
      Lever.allCases.map { levers.text(of: $0) } == [
        "agreed", "false", "true", "data", "cap", "3500", "0.3", "10", "10", "10", "fcfs", "drop", "2", "30",
        "0.8", "50", "1.5", "off", "0", "0", "0.93", "0.8", "0.25", "60", "10000", "15000", "0.7", "12",
        "0.3", "off", "none", "false", "false",
      ])
  }
}
