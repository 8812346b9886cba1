import Testing

@testable import AnvisKit

@Suite struct SimulatorTests {
  typealias F = SimulationFixtures

  static func cells(_ table: Table) -> [[Value]] {
    table.columns.map { column in (0..<table.rowCount).map { column[$0] } }
  }

  static func scenario(_ dataset: Dataset, _ lines: [String]) throws -> Scenario {
    var s = Scenario(name: "test", dataset: dataset)
    for line in lines { try s.set(line: line, dataset: dataset) }
    return s
  }

  @Test func sameSeedGivesIdenticalTables() throws {
    let dataset = try F.town(units: 2_000, cases: 60, seed: 2)
    let s = try Self.scenario(dataset, [])
    let a = try Simulator.run(dataset: dataset, scenario: s, months: 6, runs: 8, seed: 11)
    let b = try Simulator.run(dataset: dataset, scenario: s, months: 6, runs: 8, seed: 11)
    for (x, y) in zip(a.tables, b.tables) {
      #expect(x.fieldNames == y.fieldNames)
      #expect(Self.cells(x) == Self.cells(y), "\(x.name)")
    }
    let c = try Simulator.run(dataset: dataset, scenario: s, months: 6, runs: 8, seed: 12)
    #expect(Self.cells(a.placements) != Self.cells(c.placements))
  }

  /// One thread (running the runs backwards) and all threads give the same tables.
  @Test(arguments: ["fcfs", "best-fit"])
  func threadsDoNotChangeTheResult(policy: String) throws {
    let dataset = try F.town(units: 2_000, cases: 60, seed: 2)
    let s = try Self.scenario(dataset, ["set policy = \(policy)"])
    let all = try Simulator.run(
      dataset: dataset, scenario: s, months: 6, runs: 6, seed: 21, cancellation: nil, threads: .all)
    let one = try Simulator.run(
      dataset: dataset, scenario: s, months: 6, runs: 6, seed: 21, cancellation: nil, threads: .one)
    for (x, y) in zip(all.tables, one.tables) { #expect(Self.cells(x) == Self.cells(y), "\(x.name)") }
  }

  /// A run's result does not depend on how many runs there are or which thread ran it.
  @Test func runsAreIndependentOfEachOther() throws {
    let dataset = try F.town(units: 2_000, cases: 60, seed: 2)
    let s = try Self.scenario(dataset, [])
    let many = try Simulator.run(dataset: dataset, scenario: s, months: 6, runs: 6, seed: 5)
    let world = SimulationWorld(dataset: dataset, levers: s.levers, months: 6)
    for r in [0, 3, 5] {
      var run = SimulationRun(world: world, seed: 5, run: r)
      let outcome = run.run(cancellation: nil)
      let record = try #require(outcome)
      #expect(Double(record.placements.count) == many.metric(.housed)?.perRun[r])
      #expect(Double(record.offers) == many.metric(.offers)?.perRun[r])
    }
  }

  /// Every placement over many seeds and policies passes every rule that does not depend on the
  /// moment (support and dept.cap are checked through their counters below).
  @Test(arguments: ["fcfs", "priority", "best-fit"])
  func noPlacementBreaksAnEnabledRule(policy: String) throws {
    let dataset = try F.town(units: 2_500, cases: 80, seed: 4)
    let s = try Self.scenario(
      dataset, ["set policy = \(policy)", "set youth.claim = true", "set dept.cap = 3"])
    let world = SimulationWorld(dataset: dataset, levers: s.levers, months: 12)
    var placements = 0
    for seed in 0..<12 {
      var run = SimulationRun(world: world, seed: UInt64(seed), run: 0)
      let outcome = run.run(cancellation: nil)
      let record = try #require(outcome)
      var perDepartment = [Int: Int]()
      for p in record.placements {
        let rules = world.rules.check(run.profile[p.caseIndex], unit: p.unit, state: .unconstrained)
        #expect(rules.isEmpty, "\(rules)")
        #expect(!p.breach)
        if run.profile[p.caseIndex].method >= 1 {
          perDepartment[world.stock.department[p.unit], default: 0] += 1
        }
      }
      for (_, n) in perDepartment { #expect(n <= 3) }
      for m in 0..<3 { #expect(run.state.freePlaces[m] >= min(0, world.startState.freePlaces[m])) }
      placements += record.placements.count
    }
    #expect(placements > 50)  // the invariant was exercised
  }

  @Test func breachesAppearAndAreCountedWithRestrictionsOff() throws {
    let dataset = try F.town(units: 2_500, cases: 80, seed: 4)
    let on = try Simulator.run(
      dataset: dataset, scenario: try Self.scenario(dataset, []), months: 12, runs: 10, seed: 3)
    #expect(on.metric(.breaches)?.perRun.allSatisfy { $0 == 0 } == true)
    let off = try Simulator.run(
      dataset: dataset, scenario: try Self.scenario(dataset, ["set area.restrictions = false"]), months: 12,
      runs: 10, seed: 3)
    let breaches = off.metric(.breaches)?.perRun.reduce(0, +) ?? 0
    #expect(breaches > 0)
    let flagged = try #require(off.placements.column(named: "breach"))
    let count = (0..<off.placements.rowCount).filter { flagged[$0] == .bool(true) }.count
    #expect(Double(count) == breaches)
  }

  @Test func zeroACTCapacityPlacesNoACTCase() throws {
    let dataset = try F.town(units: 2_500, cases: 80, seed: 4)
    let result = try Simulator.run(
      dataset: dataset, scenario: try Self.scenario(dataset, ["set support.capacity.ACT = 0"]), months: 12,
      runs: 10, seed: 8)
    let need = try #require(result.placements.column(named: "need"))
    #expect(result.placements.rowCount > 0)
    #expect((0..<result.placements.rowCount).allSatisfy { need[$0] != .string("ACT") })
  }

  /// youth.claim on houses at least as many 18–29 year olds: the lower end of a 99 % confidence
  /// interval for the difference of the means (runs are independent) is above zero.
  @Test func youthClaimHousesAtLeastAsManyYoungPeople() throws {
    let dataset = try F.town(units: 2_000, cases: 80, seed: 6)
    func young(_ lines: [String]) throws -> [Double] {
      let r = try Simulator.run(
        dataset: dataset, scenario: try Self.scenario(dataset, lines), months: 12, runs: 60, seed: 99)
      let age = try #require(r.placements.column(named: "age"))
      let run = try #require(r.placements.column(named: "run"))
      var counts = [Double](repeating: 0, count: 60)
      for i in 0..<r.placements.rowCount {
        guard case .int(let a) = age[i], case .int(let k) = run[i], (18...29).contains(a) else { continue }
        counts[k - 1] += 1
      }
      return counts
    }
    let off = try young([])
    let on = try young(["set youth.claim = true"])
    let diff = Statistics.mean(on) - Statistics.mean(off)
    let se = (Statistics.variance(on) / 60 + Statistics.variance(off) / 60).squareRoot()
    #expect(diff - 2.58 * se > 0, "diff \(diff) se \(se)")
  }

  @Test func cancellationStopsTheRun() throws {
    let dataset = try F.town(units: 500, cases: 20, seed: 1)
    let cancel = Cancellation()
    cancel.cancel()
    #expect(throws: SimulationError.cancelled) {
      try Simulator.run(
        dataset: dataset, scenario: Scenario(dataset: dataset), months: 12, runs: 4, seed: 1,
        cancellation: cancel)
    }
  }

  @Test func refusesBadArguments() throws {
    let dataset = try F.town(units: 100, cases: 5, seed: 1)
    #expect(throws: SimulationError.invalid("months must be from 1 to 120, not 0")) {
      try Simulator.run(dataset: dataset, scenario: Scenario(dataset: dataset), months: 0, runs: 1, seed: 1)
    }
  }

  @Test func tablesHaveTheDocumentedShape() throws {
    let dataset = try F.town(units: 1_000, cases: 30, seed: 1)
    let r = try Simulator.run(
      dataset: dataset, scenario: Scenario(dataset: dataset), months: 3, runs: 2, seed: 1)
    #expect(
      r.placements.fieldNames == [
        "run", "day", "case", "unit", "organisation", "department", "area", "waited_days", "age", "need",
        "breach", "fit",
      ])
    #expect(
      r.monthly.fieldNames == [
        "run", "month", "housed", "waiting", "inflow", "claims", "unfilled_claims", "exited",
      ])
    #expect(r.monthly.rowCount == 6)
    #expect(r.outcomes.rowCount == 2)
    #expect(r.outcomes.fieldNames.first == "run")
    #expect(r.summary.rowCount == r.metrics.count)
    let housed = try #require(r.metric(.housed))
    #expect(Double(r.placements.rowCount) == housed.perRun.reduce(0, +))
  }

  /// `skaev.new` is per year: a two-year horizon opens two years' worth (it opened one).
  @Test func newSkaeveBoligerOpenEveryYear() throws {
    let dataset = try F.town(units: 400, cases: 20)
    let levers = try Self.scenario(dataset, ["set skaev.new = 6"]).levers
    let oneYear = SimulationWorld(dataset: dataset, levers: levers, months: 12)
    let twoYears = SimulationWorld(dataset: dataset, levers: levers, months: 24)
    let sixMonths = SimulationWorld(dataset: dataset, levers: levers, months: 6)
    #expect(oneYear.newUnits.count == 6)
    #expect(twoYears.newUnits.count == 12)
    #expect(twoYears.newUnits.map(\.day) == [30, 91, 152, 212, 273, 334, 395, 456, 517, 577, 638, 699])
    #expect(sixMonths.newUnits.count == 3)
  }
}
