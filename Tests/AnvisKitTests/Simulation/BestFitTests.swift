import Testing

@testable import AnvisKit

/// `BestFit.assign` against brute force: the optimum under the free support places, exactly.
@Suite struct BestFitTests {
  typealias F = SimulationFixtures

  /// A small instance: per unit its candidate cases (best first), the cases' support methods,
  /// the free places per method.
  struct Instance {
    var candidates: [[(case: Int, score: Double)]]
    var methods: [Int]
    var places: [Int]
  }

  static func instance(seed: UInt64) -> Instance {
    var random = SeededRandom(seed: seed)
    let units = random.int(in: 1...4)
    let cases = random.int(in: 1...6)
    let methods = (0..<cases).map { _ in random.int(in: -1...2) }
    let places = (0..<3).map { _ in random.int(in: 0...2) }
    var candidates = [[(case: Int, score: Double)]]()
    for _ in 0..<units {
      var row = [(case: Int, score: Double)]()
      for c in 0..<cases where random.chance(0.7) {
        // Integer scores: ties are common, as with real fit points.
        row.append((c, Double(random.int(in: 0...9))))
      }
      row.sort { $0.score > $1.score || ($0.score == $1.score && $0.case < $1.case) }
      candidates.append(row)
    }
    return Instance(candidates: candidates, methods: methods, places: places)
  }

  /// The best (placements, total score) over every assignment that keeps to the places.
  static func bruteForce(_ x: Instance) -> (placed: Int, score: Double) {
    var best = (placed: 0, score: 0.0)
    var taken = Set<Int>()
    var used = [0, 0, 0]
    func visit(_ row: Int, _ placed: Int, _ score: Double) {
      if row == x.candidates.count {
        if placed > best.placed || (placed == best.placed && score > best.score) { best = (placed, score) }
        return
      }
      visit(row + 1, placed, score)
      for (c, s) in x.candidates[row] where !taken.contains(c) {
        let m = x.methods[c]
        if m >= 0 && used[m] == x.places[m] { continue }
        taken.insert(c)
        if m >= 0 { used[m] += 1 }
        visit(row + 1, placed + 1, score + s)
        taken.remove(c)
        if m >= 0 { used[m] -= 1 }
      }
    }
    visit(0, 0, 0)
    return best
  }

  static func profiles(_ methods: [Int]) -> [CaseProfile] {
    methods.map { m in
      var p = CaseProfile(F.plainCase())
      p.method = m
      return p
    }
  }

  @Test func theOptimumUnderTheSupportPlacesOnEverySmallInstance() throws {
    let dataset = try F.ruleDataset()
    let rules = Eligibility(dataset: dataset, scenario: Scenario(dataset: dataset))
    var bound = 0
    for seed in 1...400 as ClosedRange<UInt64> {
      let x = Self.instance(seed: seed)
      let state = EligibilityState(freePlaces: x.places, capacity: x.places)
      let pairs = BestFit.assign(
        units: Array(0..<x.candidates.count), candidates: x.candidates, profiles: Self.profiles(x.methods),
        rules: rules, state: state)
      var used = [0, 0, 0]
      var score = 0.0
      for (u, c) in pairs {
        if x.methods[c] >= 0 { used[x.methods[c]] += 1 }
        let s = try #require(x.candidates[u].first { $0.case == c }?.score, "seed \(seed): not a candidate")
        score += s
      }
      #expect(Set(pairs.map(\.case)).count == pairs.count, "seed \(seed): a case placed twice")
      #expect((0..<3).allSatisfy { used[$0] <= x.places[$0] }, "seed \(seed): over the places \(used)")
      let best = Self.bruteForce(x)
      #expect(
        pairs.count == best.placed && score == best.score,
        "seed \(seed): \(pairs.count), \(score) against \(best)")
      // Instances where the places bind: the unconstrained optimum would use more than there are.
      var unbounded = x
      unbounded.places = [9, 9, 9]
      if Self.bruteForce(unbounded) != best { bound += 1 }
    }
    #expect(bound >= 50, "only \(bound) instances where the places bind")
  }

  /// Units whose best cases all need a method with one free place still get their best case
  /// without one: only the top places of each method are kept as candidates.
  @Test func candidatesKeepTheTopOfEachMethodUpToItsPlaces() {
    var top = BestFit.Candidates(keep: 3, freePlaces: [1, 0, 9])
    for c in 0..<12 {
      // Cases 0…7 need CTI (method 0) and score highest; 8…9 need ACT; 10…11 none.
      let method = c < 8 ? 0 : c < 10 ? 2 : -1
      top.add(c, Double(100 - c), method: method)
    }
    #expect(top.best.map(\.case) == [0, 8, 9, 10, 11])
    // With no limit on any method, the top `keep` of all.
    var open = BestFit.Candidates(keep: 3, freePlaces: [9, 9, 9])
    for c in [5, 1, 4, 2, 3] { open.add(c, 1, method: c % 2 == 0 ? -1 : 0) }
    #expect(open.best.map(\.case) == [1, 2, 3, 4, 5])
  }
}
