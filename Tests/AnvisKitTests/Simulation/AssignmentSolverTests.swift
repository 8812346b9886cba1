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

  /// Minimum total cost of a rows ≤ columns matrix by the textbook O(n²m) Hungarian method
  /// (potentials over a 1-based matrix): an independent reference for larger instances.
  static func hungarianTotal(_ a: [[Double]]) -> Double {
    let n = a.count
    let m = a[0].count
    var u = [Double](repeating: 0, count: n + 1)
    var v = [Double](repeating: 0, count: m + 1)
    var p = [Int](repeating: 0, count: m + 1)
    var way = [Int](repeating: 0, count: m + 1)
    for i in 1...n {
      p[0] = i
      var j0 = 0
      var minv = [Double](repeating: .infinity, count: m + 1)
      var used = [Bool](repeating: false, count: m + 1)
      repeat {
        used[j0] = true
        let i0 = p[j0]
        var delta = Double.infinity
        var j1 = 0
        for j in 1...m where !used[j] {
          let cur = a[i0 - 1][j - 1] - u[i0] - v[j]
          if cur < minv[j] {
            minv[j] = cur
            way[j] = j0
          }
          if minv[j] < delta {
            delta = minv[j]
            j1 = j
          }
        }
        for j in 0...m {
          if used[j] {
            u[p[j]] += delta
            v[j] -= delta
          } else {
            minv[j] -= delta
          }
        }
        j0 = j1
      } while p[j0] != 0
      repeat {
        let j1 = way[j0]
        p[j0] = p[j1]
        j0 = j1
      } while j0 != 0
    }
    var total = 0.0
    for j in 1...m where p[j] != 0 { total += a[p[j] - 1][j - 1] }
    return total
  }

  /// Wide and square instances big enough for long searches (small integer costs: many ties).
  @Test func minimumCostMatchesTheHungarianMethodOnLargerInstances() {
    var rng = SeededRandom(seed: 11)
    for _ in 0..<40 {
      let rows = rng.int(in: 5...30)
      let columns = rng.int(in: rows...(rows * 3))
      let costs = (0..<(rows * columns)).map { _ in Double(rng.int(in: 0...(rng.chance(0.5) ? 3 : 1000))) }
      let assignment = AssignmentSolver.minimumCost(costs, rows: rows, columns: columns)
      #expect(Set(assignment).count == rows)
      #expect(!assignment.contains(-1))
      let total = assignment.enumerated().map { costs[$0.offset * columns + $0.element] }.reduce(0, +)
      let matrix = (0..<rows).map { r in Array(costs[(r * columns)..<((r + 1) * columns)]) }
      #expect(total == Self.hungarianTotal(matrix), "rows \(rows) columns \(columns)")
    }
  }

  @Test func aConstantMatrixGivesTheIdentity() {
    #expect(AssignmentSolver.minimumCost([Double](repeating: 1, count: 16), rows: 4, columns: 4) == [0, 1, 2, 3])
    #expect(
      AssignmentSolver.maximumScore(
        [Double](repeating: 5, count: 9), allowed: [Bool](repeating: true, count: 9), rows: 3, columns: 3)
        == [0, 1, 2])
  }

  /// The lexicographically smallest optimal assignment, by enumerating every full one
  /// (rows ≤ columns: every row assigned; rows > columns: every column, as column → row).
  static func lexicographicOptimum(_ costs: [Double], rows: Int, columns: Int) -> [Int] {
    let transposed = rows > columns
    let (n, m) = transposed ? (columns, rows) : (rows, columns)
    func cost(_ r: Int, _ c: Int) -> Double { transposed ? costs[c * columns + r] : costs[r * columns + c] }
    var best: (total: Double, columns: [Int])?
    var current = [Int]()
    var used = [Bool](repeating: false, count: m)
    func go(_ r: Int, _ total: Double) {
      if r == n {
        // Enumeration is in lexicographic order: only a strictly lower total replaces.
        if total < best?.total ?? .infinity { best = (total, current) }
        return
      }
      for c in 0..<m where !used[c] {
        used[c] = true
        current.append(c)
        go(r + 1, total + cost(r, c))
        current.removeLast()
        used[c] = false
      }
    }
    go(0, 0)
    guard let best else { return [] }
    guard transposed else { return best.columns }
    var back = [Int](repeating: -1, count: rows)
    for (c, r) in best.columns.enumerated() { back[r] = c }
    return back
  }

  /// Ties go to the canonical optimum (AssignmentSolver+TieBreak), on square, wide and tall
  /// matrices of small integers (many optimal assignments each).
  @Test func tiesGoToTheLexicographicallySmallestOptimum() {
    var rng = SeededRandom(seed: 5)
    for _ in 0..<300 {
      let rows = rng.int(in: 1...6)
      let columns = rng.int(in: 1...6)
      let costs = (0..<(rows * columns)).map { _ in Double(rng.int(in: 0...2)) }
      #expect(
        AssignmentSolver.minimumCost(costs, rows: rows, columns: columns)
          == Self.lexicographicOptimum(costs, rows: rows, columns: columns),
        "\(rows)×\(columns) \(costs)")
    }
  }

  /// The canonical optimum on instances too large for `lexicographicOptimum` (ties everywhere,
  /// so the tie-break moves rows along long chains of tight pairs): no row can take a smaller
  /// column with the rows before it kept, and the total stays the optimum. Checked by solving
  /// again with those rows pinned (every other pair of theirs costing more than any optimum).
  @Test func canonicalOptimumHoldsOnLargerInstancesWithTies() {
    var rng = SeededRandom(seed: 11)
    for (rows, columns) in [(30, 30), (24, 24), (20, 45), (16, 40)] {
      let costs = (0..<(rows * columns)).map { _ in Double(rng.int(in: 0...2)) }
      let result = AssignmentSolver.minimumCost(costs, rows: rows, columns: columns)
      func total(_ a: [Int], _ c: [Double]) -> Double {
        a.enumerated().reduce(0) { $0 + ($1.element >= 0 ? c[$1.offset * columns + $1.element] : 0) }
      }
      let optimum = total(result, costs)
      let pin = 3 * Double(rows + 1)
      for i in 0..<rows {
        let taken = Set(result[0..<i])
        for j in 0..<result[i] where !taken.contains(j) {
          var pinned = costs
          for r in 0...i {
            let keep = r < i ? result[r] : j
            for c in 0..<columns where c != keep { pinned[r * columns + c] = pin }
          }
          let again = AssignmentSolver.minimumCost(pinned, rows: rows, columns: columns)
          #expect(total(again, pinned) > optimum, "\(rows)×\(columns): row \(i) could take column \(j)")
        }
      }
    }
  }

  /// The rows one step before a goal are a shortcut that `moveToCanonical` takes only while
  /// marking them is cheap; without it the same canonical optimum must come out. It starts
  /// from another optimum: the columns mirrored, ties fall to the largest (on wide matrices
  /// the solver's own is often canonical already).
  @Test func canonicalOptimumIsTheSameWithoutTheNearShortcut() {
    var rng = SeededRandom(seed: 5)
    for (rows, columns) in [(60, 60), (40, 90), (80, 120)] {
      let costs = (0..<(rows * columns)).map { _ in Double(rng.int(in: 0...2)) }
      let solved = costs.withUnsafeBufferPointer {
        AssignmentSolver.jonkerVolgenant($0, rows: rows, columns: columns)
      }
      var mirrored = costs
      for r in 0..<rows {
        for c in 0..<columns { mirrored[r * columns + c] = costs[r * columns + columns - 1 - c] }
      }
      let other = AssignmentSolver.minimumCost(mirrored, rows: rows, columns: columns).map { columns - 1 - $0 }
      var with = other
      var without = other
      costs.withUnsafeBufferPointer { c in
        let tolerance = AssignmentSolver.tolerance(solved)
        AssignmentSolver.canonicalize(
          c, rows: rows, columns: columns, columnOf: &with, u: solved.u, v: solved.v, tolerance: tolerance)
        AssignmentSolver.canonicalize(
          c, rows: rows, columns: columns, columnOf: &without, u: solved.u, v: solved.v, tolerance: tolerance,
          nearBudget: -1)
      }
      #expect(with == without, "\(rows)×\(columns)")
      #expect(with != other, "\(rows)×\(columns): ties that moved nothing test nothing")
      #expect(with == AssignmentSolver.minimumCost(costs, rows: rows, columns: columns))
    }
  }

  @Test func mismatchedSizesLeaveEveryRowUnassigned() {
    #expect(AssignmentSolver.maximumScore([1, 2, 3], allowed: [true, true], rows: 1, columns: 3) == [-1])
    #expect(AssignmentSolver.minimumCost([1, 2], rows: 1, columns: 3) == [-1])
  }
}
