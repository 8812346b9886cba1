import Testing

@testable import AnvisKit

/// Every figure `simulate` reports is one `Metric`, spelled for users by its key.
@Suite struct MetricTests {
  @Test func everyReportedMetricHasItsOwnKeyAndIsFoundByIt() throws {
    let dataset = try SimulationFixtures.town(units: 300, cases: 20, seed: 3)
    let result = try Simulator.run(dataset: dataset, scenario: Scenario(dataset: dataset), months: 1, runs: 1, seed: 1)
    let keys = result.metrics.map(\.key)
    #expect(Set(keys).count == keys.count)
    #expect(result.outcomes.fieldNames == ["run"] + keys)
    for summary in result.metrics { #expect(result.metric(summary.metric)?.label == summary.label) }
    #expect(keys.contains("median_days_18_24") && keys.contains("support_CTI") && keys.contains("turnover_youth"))
  }

  @Test func kindsSayHowAValueIsShown() {
    #expect(Metric.housed90dShare.kind == .share && Metric.turnover(.family).kind == .share)
    #expect(Metric.retained12m.kind == .share)
    #expect(Metric.netCostKr.kind == .kroner && Metric.housed.kind == .number)
    #expect(SimulationReport.format(0.25, .fitShare, mean: true) == "25.0 %")
    #expect(SimulationReport.format(12_345, .tomgangKr, mean: true) == "12345 kr")
    #expect(Metric.medianDaysNeed(.none).key == "median_days_none")
  }
}
