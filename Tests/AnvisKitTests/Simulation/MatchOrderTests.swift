import Testing

@testable import AnvisKit

/// Best-fit's daily ranking reads the waiting cases in `MatchOrder` and passes those that
/// cannot be kept (`BestFit.Candidates.bar`); it must equal scoring every waiting case.
@Suite struct MatchOrderTests {
  typealias F = SimulationFixtures

  /// A best-fit run of 12 months under `rule` on a generated town.
  func bestFitRun(
    rule: String, units: Int, cases: Int, dataSeed: UInt64, seed: UInt64
  ) throws -> (SimulationWorld, SimulationRun) {
    let dataset = try F.town(units: units, cases: cases, seed: dataSeed)
    var scenario = Scenario(dataset: dataset)
    for line in ["set policy = best-fit", "set rent.rule = \(rule)"] {
      try scenario.set(line: line, dataset: dataset)
    }
    let world = SimulationWorld(dataset: dataset, levers: scenario.levers, months: 12)
    return (world, SimulationRun(world: world, seed: seed, run: 0))
  }

  /// Each claim's kept cases, from the order and from every waiting case, case for case and
  /// score for score, under both rent rules, few and many free places, kept lists sorted on the
  /// way and cut (`keep` above the insertion limit), with offers, refusals and leavers.
  @Test(arguments: ["cap", "income"])
  func rankingEqualsScoringEveryWaitingCase(rule: String) throws {
    let (world, first) = try bestFitRun(rule: rule, units: 1_500, cases: 600, dataSeed: 6, seed: 3)
    var run = first
    var rng = SeededRandom(seed: 9)
    for c in run.profile.indices {
      if rng.chance(0.1) { run.offered[c] = true }
      if rng.chance(0.05) { run.removeWaiting(c) }
    }
    for u in stride(from: 0, to: world.stock.count, by: 9) where world.rules.unitOpen(u) {
      var claim = SimulationRun.Claim(unit: u, day: 0)
      claim.refused = (0..<rng.int(in: 0...3)).map { _ in rng.int(in: 0...(run.profile.count - 1)) }
      if rng.chance(0.5) { claim.demand = world.rules.demand(unit: u, state: run.state, anyMethod: true) }
      run.claims.append(claim)
    }
    var compared = 0
    for places in [[0, 0, 0], [1, 3, 0], [40, 0, 6], [600, 600, 600]] {
      run.state.freePlaces = places
      for t in [0, 250, 900] {
        run.arrangeMatch(day: t)
        for keep in [1, 4, 17, 40, run.claims.count] {
          for claim in run.claims {
            var fast = BestFit.Candidates(keep: keep, freePlaces: places)
            run.rank(claim, day: t, into: &fast)
            var all = BestFit.Candidates(keep: keep, freePlaces: places)
            let u = claim.unit
            let youth = world.stock.type[u] == .youth
            for c in run.profile.indices where run.isWaiting[c] && !run.offered[c] {
              let p = run.profile[c]
              guard world.rules.caseMayTake(p, unit: u, state: run.state), !claim.refused.contains(c),
                !(youth && run.rehousing[c])
              else { continue }
              let score = MatchScore.score(
                p, waitedDays: t - run.registered[c], unit: u, stock: world.stock, levers: world.levers)
              all.add(c, score, method: p.method)
            }
            let (a, b) = (fast.best, all.best)
            #expect(a.map(\.case) == b.map(\.case))
            #expect(a.map(\.score.bitPattern) == b.map(\.score.bitPattern))
            compared += b.count
          }
        }
      }
    }
    #expect(compared > 10_000)
  }

  /// The order holds each waiting case without an offer once, under its method and whole point
  /// of bound, with the rent steps descending within a point and each rent bound under its
  /// step's top: what lets a unit pass the rest of a point at the first case that cannot pay.
  @Test(arguments: ["cap", "income"])
  func theOrderIsByMethodPointAndRentStep(rule: String) throws {
    var run = try bestFitRun(rule: rule, units: 300, cases: 900, dataSeed: 8, seed: 4).1
    var rng = SeededRandom(seed: 2)
    for c in run.profile.indices where rng.chance(0.1) { run.offered[c] = true }
    run.arrangeMatch(day: 40)
    let order = run.matchOrder
    let points = order.points
    var seen = [Int]()
    for g in 0..<4 {
      for p in stride(from: points - 1, through: 0, by: -1) {
        let j = g * points + points - 1 - p
        var step = Int16.max
        for e in order.entries[order.start[j]..<order.start[j + 1]] {
          seen.append(Int(e.c))
          #expect(Int(e.view.method) == g - 1)
          #expect(e.bound >= Double(p) && e.bound < Double(p) + 1)
          #expect(e.rentStep <= step)
          step = e.rentStep
          #expect(e.fit.maxRent < SimulationRun.MatchOrder.rentTop(e.rentStep))
          #expect(e.rentStep == 0 || e.fit.maxRent >= SimulationRun.MatchOrder.rentTop(e.rentStep - 1))
        }
      }
    }
    let expected = run.waiting.cases.filter { !run.offered[$0] }
    #expect(seen.sorted() == expected.sorted())
    #expect(seen.count > 500)
  }

  /// A case whose score is under the bar when it comes is never among the kept ones, and the
  /// kept ones are the best of each method (lists cut on the way included).
  @Test func aCaseUnderTheBarIsNeverKept() {
    var rng = SeededRandom(seed: 4)
    var under = 0
    for _ in 0..<200 {
      let keep = rng.int(in: 1...40)
      let places = (0..<3).map { _ in rng.int(in: -1...30) }
      var top = BestFit.Candidates(keep: keep, freePlaces: places)
      var passed = Set<Int>()
      var byMethod = [[(case: Int, score: Double)]](repeating: [], count: 4)
      for c in (0..<rng.int(in: 0...400)).shuffled(using: &rng) {
        let method = rng.int(in: -1...2)
        let score = Double(rng.int(in: 0...50))
        if score < top.bar(method: method) { passed.insert(c) }
        top.add(c, score, method: method)
        byMethod[method + 1].append((c, score))
      }
      let expected = BestFit.Candidates.reference(byMethod, keep: keep, places: places)
      let best = top.best
      #expect(best.map(\.case) == expected.map(\.case))
      #expect(best.allSatisfy { !passed.contains($0.case) })
      under += passed.count
    }
    #expect(under > 1_000)
  }
}
