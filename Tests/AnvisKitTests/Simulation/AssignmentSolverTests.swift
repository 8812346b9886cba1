import Testing

@testable import AnvisKit

@Suite struct AssignmentSolverTests {
  /// The best (count, score) over every partial matching, by enumeration.
  static func bruteForce(_ scores: [Double], _ allowed: [Bool], rows: Int, columns: Int) -> (Int, Double) {
    var best = (0, 0.0)
    var usedColumn = [Bool](repeating: false, count: columns)
    func go(_ r: Int, _ count: Int, _ total: Double) {
      if r == rows {
        if count > best.0 || (count == best.0 && total > best.1 + 1e-9) { best = (count, total) }
        return
      }
      go(r + 1, count, total)  // row r unmatched
      for c in 0..<columns where !usedColumn[c] && allowed[r * columns + c] {
        usedColumn[c] = true
        go(r + 1, count + 1, total + scores[r * columns + c])
        usedColumn[c] = false
      }
    }
    go(0, 0, 0)
    return best
  }

  @Test func bestFitEqualsBruteForceOnSmallRandomInstances() {
    var rng = SeededRandom(seed: 42)
    for _ in 0..<300 {
      let rows = rng.int(in: 1...5)
      let columns = rng.int(in: 1...6)
      let scores = (0..<(rows * columns)).map { _ in Double(rng.int(in: 0...100)) }
      let allowed = (0..<(rows * columns)).map { _ in rng.chance(0.6) }
      let assignment = AssignmentSolver.maximumScore(scores, allowed: allowed, rows: rows, columns: columns)
      var count = 0
      var total = 0.0
      var seen = Set<Int>()
      for (r, c) in assignment.enumerated() where c >= 0 {
        #expect(allowed[r * columns + c])
        #expect(seen.insert(c).inserted)
        count += 1
        total += scores[r * columns + c]
      }
      let best = Self.bruteForce(scores, allowed, rows: rows, columns: columns)
      #expect(count == best.0)
      #expect(abs(total - best.1) < 1e-9, "rows \(rows) columns \(columns)")
    }
  }

  @Test func minimumCostIsOptimalOnSquareAndTallMatrices() {
    var rng = SeededRandom(seed: 7)
    for _ in 0..<200 {
      let rows = rng.int(in: 1...6)
      let columns = rng.int(in: 1...6)
      let costs = (0..<(rows * columns)).map { _ in rng.unit() * 10 }
      let assignment = AssignmentSolver.minimumCost(costs, rows: rows, columns: columns)
      let total = assignment.enumerated().filter { $0.element >= 0 }.map {
        costs[$0.offset * columns + $0.element]
      }
      .reduce(0, +)
      #expect(assignment.filter { $0 >= 0 }.count == min(rows, columns))
      // Brute force over all matchings of size min(rows, columns).
      var best = Double.infinity
      var used = [Bool](repeating: false, count: columns)
      func go(_ r: Int, _ assigned: Int, _ sum: Double) {
        if r == rows {
          if assigned == min(rows, columns) { best = min(best, sum) }
          return
        }
        if rows - r - 1 >= min(rows, columns) - assigned { go(r + 1, assigned, sum) }
        for c in 0..<columns where !used[c] {
          used[c] = true
          go(r + 1, assigned + 1, sum + costs[r * columns + c])
          used[c] = false
        }
      }
      go(0, 0, 0)
      #expect(abs(total - best) < 1e-9)
    }
  }

  @Test func prefersMorePlacementsOverOneHighScore() {
    // Row 0 likes column 0 (100) but row 1 can only take column 0: two placements win.
    let scores: [Double] = [100, 1, 1, 0]
    let allowed = [true, true, true, false]
    #expect(AssignmentSolver.maximumScore(scores, allowed: allowed, rows: 2, columns: 2) == [1, 0])
  }
}
