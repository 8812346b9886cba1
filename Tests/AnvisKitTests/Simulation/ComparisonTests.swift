import Testing

@testable import AnvisKit

@Suite struct ComparisonTests {
  @Test func setsScenariosSideBySideWithDifferences() throws {
    let dataset = try SimulationFixtures.town(units: 1_500, cases: 50, seed: 3)
    let base = Scenario(dataset: dataset)
    var youth = Scenario(name: "youth-first", from: base)
    try youth.set(line: "set youth.claim = true", dataset: dataset)
    let a = try Simulator.run(dataset: dataset, scenario: base, months: 6, runs: 5, seed: 2)
    let b = try Simulator.run(dataset: dataset, scenario: youth, months: 6, runs: 5, seed: 2)
    let c = Comparison(results: [a, b])
    #expect(c.table.fieldNames == ["metric", "key", "mean_baseline", "mean_youth_first", "diff_youth_first"])
    let keys = try #require(c.table.column(named: "key"))
    let diff = try #require(c.table.column(named: "diff_youth_first"))
    let row = try #require((0..<c.table.rowCount).first { keys[$0] == .string("housed") })
    let expected = (b.metric(.housed)?.mean ?? 0) - (a.metric(.housed)?.mean ?? 0)
    guard case .double(let d) = diff[row] else { Issue.record("not a number"); return }
    #expect(abs(d - expected) < 1e-3)
    let charts = SimulationReport.charts(c)
    #expect(charts.count == Comparison.keyMetrics.count)
    #expect(ChartText.render(charts[0]).hasPrefix("housed (mean, p5–p95)\n  baseline"))
    guard case .meanBars(let bands) = charts[0].shape else {
      Issue.record("compare draws bars to the mean")
      return
    }
    #expect(bands.map(\.label) == ["baseline", "youth-first"])
    #expect(bands[1].mean == b.metric(.housed)?.mean)
    #expect(bands[1].low == b.metric(.housed)?.p5 && bands[1].high == b.metric(.housed)?.p95)
  }

  @Test func aLabelThatDiffersBetweenScenariosLosesItsParenthesis() throws {
    let dataset = try SimulationFixtures.town(units: 600, cases: 20, seed: 3)
    let base = Scenario(dataset: dataset)
    var more = Scenario(name: "more-cti", from: base)
    try more.set(line: "set support.capacity.CTI = 90", dataset: dataset)
    let a = try Simulator.run(dataset: dataset, scenario: base, months: 1, runs: 1, seed: 2)
    let b = try Simulator.run(dataset: dataset, scenario: more, months: 1, runs: 1, seed: 2)
    #expect(b.metric(.supportInUse(.CTI))?.label == "CTI places in use (of 90)")
    let c = Comparison(results: [a, b])
    let keys = try #require(c.table.column(named: "key"))
    let labels = try #require(c.table.column(named: "metric"))
    let row = try #require((0..<c.table.rowCount).first { keys[$0] == .string("support_CTI") })
    #expect(labels[row] == .string("CTI places in use"))
    let housed = try #require((0..<c.table.rowCount).first { keys[$0] == .string("housed") })
    #expect(labels[housed] == .string("housed"), "labels the scenarios share stay whole")
  }
}
