import Testing

@testable import AnvisKit

/// `calibrate fit` recovers lever values it was not told: simulate with known values, take the
/// metrics as references with tight bands, start from the baseline's values and search.
@Suite struct CalibrationFitTests {
  static let dataset = Result { try SimulationFixtures.town(units: 1_500, cases: 50, seed: 8) }
  static let months = 12
  static let runs = 24
  static let seed: UInt64 = 11

  /// The metrics of the baseline with `lines` set, as references with bands of ±`band`.
  static func references(_ lines: [String], band: Double) throws -> [Reference] {
    let data = try dataset.get()
    var truth = Scenario(name: "truth", from: Scenario(dataset: data))
    for line in lines { try truth.set(line: line, dataset: data) }
    let result = try Simulator.run(dataset: data, scenario: truth, months: months, runs: runs, seed: seed)
    return ["list_size_end", "housed_per_year", "median_days_to_home_new"].map { name in
      let probe = Reference(metric: name, value: 0, low: 0, high: 0, source: "truth")
      let mean = Calibration(result: result, references: [probe]).rows[0].mean
      return Reference(
        metric: name, value: mean, low: mean * (1 - band), high: mean * (1 + band), source: "truth")
    }
  }

  static func parameters(_ levers: [Lever]) throws -> [CalibrationFit.Parameter] {
    let baseline = Levers(baselineOf: try dataset.get())
    return try levers.map { lever in
      CalibrationFit.Parameter(lever: lever, range: try #require(lever.fitRange(baseline: baseline)))
    }
  }

  @Test func recoversExitRateAndAcceptance() throws {
    let data = try Self.dataset.get()
    let references = try Self.references(["set exit.per_year = 3", "set acceptance = 0.6"], band: 0.1)
    let baseline = Scenario(dataset: data)
    var steps = 0
    let outcome = try CalibrationFit.run(
      dataset: data, baseline: baseline, parameters: try Self.parameters([.exitPerYear, .acceptance]),
      references: references, months: Self.months, runs: Self.runs, seed: Self.seed, maxEvaluations: 80,
      progress: { _ in steps += 1 })
    #expect(outcome.start.insideCount < references.count, "the baseline must start outside")
    #expect(
      outcome.best.insideCount == references.count,
      "\(outcome.values): \(outcome.best.rows.map { "\($0.reference.metric) \($0.mean) [\($0.reference.low), \($0.reference.high)]" })")
    #expect(abs(outcome.values[0] - 3) <= 1, "exit.per_year \(outcome.values[0])")
    #expect(steps == outcome.evaluations)
    #expect(outcome.evaluations <= 80)
    #expect(!outcome.stopped)
  }

  @Test func theSameCallGivesTheSameAnswer() throws {
    let data = try Self.dataset.get()
    let references = try Self.references(["set exit.per_year = 2.5"], band: 0.05)
    func fit() throws -> CalibrationFit.Outcome {
      try CalibrationFit.run(
        dataset: data, baseline: Scenario(dataset: data), parameters: try Self.parameters([.exitPerYear]),
        references: references, months: Self.months, runs: 4, seed: Self.seed, maxEvaluations: 8)
    }
    let a = try fit()
    let b = try fit()
    #expect(a.values == b.values)
    #expect(a.evaluations == b.evaluations)
  }

  @Test func ctrlCKeepsTheBestSoFar() throws {
    let data = try Self.dataset.get()
    let references = try Self.references(["set exit.per_year = 3"], band: 0.01)
    let cancellation = Cancellation()
    var seen = [[Double]]()
    let outcome = try CalibrationFit.run(
      dataset: data, baseline: Scenario(dataset: data), parameters: try Self.parameters([.exitPerYear]),
      references: references, months: Self.months, runs: 4, seed: Self.seed, cancellation: cancellation,
      progress: { step in
        seen.append(step.values)
        if seen.count == 3 { cancellation.cancel() }
      })
    #expect(outcome.stopped)
    #expect(outcome.evaluations == 3)
    #expect(seen.contains(outcome.values))
  }

  @Test func onlyEstimatesHaveARange() throws {
    let baseline = Levers(baselineOf: try Self.dataset.get())
    #expect(
      Lever.fittable(baseline: baseline) == [
        .claimDays, .acceptance, .inflowPerMonth, .exitPerYear, .retentionUnsupported, .retentionBurdenEffect,
        .reentryDelayDays, .homelessShare, .youthEducationStart,
      ])
    #expect(Lever.retentionSupported.fitRange(baseline: baseline) == nil, "a sourced value, not an estimate")
    #expect(Lever.rentCap.fitRange(baseline: baseline) == nil)
    #expect(Lever.policy.fitRange(baseline: baseline) == nil)
    let claim = try #require(Lever.claimDays.fitRange(baseline: baseline))
    #expect(claim.snap(12.6) == 13 && claim.snap(500) == 90)
  }
}
