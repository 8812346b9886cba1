import Testing

@testable import AnvisKit

/// Best-fit's blockers as capacity columns (`BestFit.solveByCapacity`,
/// `AssignmentSolver.minimumCost(_:rows:units:capacities:)`) against the problem with a row
/// per blocker, solved densely: the same pairs, tie for tie.
@Suite struct BestFitCapacityTests {
  /// A blocker-shaped instance: units listing cases with integer scores (ties), cases with a
  /// support method mostly, few free places, some pairs excluded.
  struct Instance {
    var candidates: [[(case: Int, score: Double)]]
    var methods: [Int]
    var places: [Int]
    var excluded: [(row: Int, case: Int)]
  }

  static func instance(_ random: inout SeededRandom, units: Int, cases: Int) -> Instance {
    let methods = (0..<cases).map { _ in random.chance(0.15) ? -1 : random.int(in: 0...2) }
    let places = (0..<3).map { _ in random.chance(0.1) ? -1 : random.int(in: 0...3) }
    let density = random.uniform(0.2, 0.9)
    let scale = random.chance(0.5) ? 9 : 3  // few distinct scores: many ties
    var candidates = [[(case: Int, score: Double)]]()
    var excluded = [(row: Int, case: Int)]()
    for u in 0..<units {
      var row = [(case: Int, score: Double)]()
      for c in 0..<cases where random.chance(density) {
        row.append((c, Double(random.int(in: 0...scale))))
        if random.chance(0.05) { excluded.append((u, c)) }
      }
      row.sort { $0.score > $1.score || ($0.score == $1.score && $0.case < $1.case) }
      candidates.append(row)
    }
    return Instance(candidates: candidates, methods: methods, places: places, excluded: excluded)
  }

  static func profiles(_ methods: [Int]) -> [CaseProfile] {
    methods.map { m in
      var p = CaseProfile(SimulationFixtures.plainCase())
      p.method = m
      return p
    }
  }

  /// Whether `solve` takes the capacity path on `x`: blockers, and more blockers and units
  /// than cases.
  static func takesCapacity(_ x: Instance) -> Bool {
    var count = [0, 0, 0]
    var columns = Set<Int>()
    for row in x.candidates { for (c, _) in row { columns.insert(c) } }
    for c in columns where x.methods[c] >= 0 { count[x.methods[c]] += 1 }
    let blockers = (0..<3).map { max(0, count[$0] - max(0, x.places[$0])) }.reduce(0, +)
    return blockers > 0 && x.candidates.count + blockers > columns.count
  }

  @Test func theSamePairsAsTheBlockerRowsOnRandomInstances() {
    var random = SeededRandom(seed: 14)
    var capacityPath = 0
    var tall = 0
    var wide = 0
    for index in 0..<600 {
      let big = index % 6 == 0
      let x = Self.instance(
        &random, units: random.int(in: 1...(big ? 30 : 8)), cases: random.int(in: 1...(big ? 45 : 12)))
      let profiles = Self.profiles(x.methods)
      let solved = BestFit.solve(
        units: x.candidates.count, candidates: x.candidates, profiles: profiles, excluded: x.excluded,
        places: x.places, capacityBlockers: 1)
      let dense = BestFit.solve(
        units: x.candidates.count, candidates: x.candidates, profiles: profiles, excluded: x.excluded,
        places: x.places, capacityBlockers: .max)
      #expect(
        solved.map { [$0.row, $0.case] } == dense.map { [$0.row, $0.case] }
          && solved.map(\.score) == dense.map(\.score),
        "instance \(index)")
      if Self.takesCapacity(x) {
        capacityPath += 1
        // The capacity problem's rows (cases) against its columns (units and methods).
        let cases = Set(x.candidates.flatMap { $0.map(\.case) }).count
        let methods = Set(x.candidates.flatMap { $0.map(\.case) }.map { x.methods[$0] }.filter { $0 >= 0 })
          .count
        if cases > x.candidates.count + methods { tall += 1 } else { wide += 1 }
      }
    }
    #expect(
      capacityPath >= 200 && tall >= 30 && wide >= 30, "\(capacityPath) capacity, \(tall) tall, \(wide) wide")
  }

  /// The capacity solver on random costs (not only best-fit's: every row may take every
  /// capacity column, at any cost) against the dense solver on the problem with each capacity
  /// column's copies: the same column for every row, however few costs the pool keeps.
  @Test func theCanonicalOptimumOfTheExpandedProblem() {
    var random = SeededRandom(seed: 5)
    for index in 0..<1500 {
      let units = random.int(in: 0...7)
      let capacities = (0..<random.int(in: 1...3)).map { _ in random.int(in: 1...6) }
      let total = units + capacities.reduce(0, +)
      let rows = random.int(in: 1...total)
      let m = units + capacities.count
      let scale = random.chance(0.5) ? 3 : 20
      let cost = (0..<(rows * m)).map { _ in Double(random.int(in: 0...scale)) }
      var expanded = [Double]()
      var copyOf = [Int]()
      for r in 0..<rows {
        for j in 0..<m {
          let copies = j < units ? 1 : capacities[j - units]
          for _ in 0..<copies { expanded.append(cost[r * m + j]) }
        }
      }
      for j in 0..<m { copyOf += repeatElement(j, count: j < units ? 1 : capacities[j - units]) }
      let dense = AssignmentSolver.minimumCost(expanded, rows: rows, columns: total).map { copyOf[$0] }
      // One cost kept per column: its rows are searched again each time the least leaves.
      // The tie-break on the capacity columns and on their copies spelled out.
      for (kept, expand) in [(1, false), (CapacityPool.kept, false), (CapacityPool.kept, true)] {
        let solved = AssignmentSolver.minimumCost(
          cost, rows: rows, units: units, capacities: capacities, kept: kept, expand: expand)
        #expect(
          solved == dense, "instance \(index), kept \(kept), expand \(expand): \(solved) against \(dense)")
      }
    }
  }
}
