import Testing

@testable import AnvisKit

/// `Solution.blockLeast`: on wide matrices every row's search keeps the least reduced cost of
/// each block of columns, and the tie-break skips the blocks those bounds rule out.
@Suite struct AssignmentSolverBlockLeastTests {
  /// Wide matrices (no rounds of row reduction: a tenth of the columns or more stay free), with
  /// ties: small integers, and tenths that only tie within the tolerance.
  static func instances() -> [(rows: Int, columns: Int, costs: [Double])] {
    var rng = SeededRandom(seed: 14)
    var out = [(rows: Int, columns: Int, costs: [Double])]()
    for (rows, columns) in [(10, 64), (20, 100), (30, 131), (25, 407), (45, 50)] {
      out.append((rows, columns, (0..<(rows * columns)).map { _ in Double(rng.int(in: 0...2)) }))
      out.append((rows, columns, (0..<(rows * columns)).map { _ in Double(rng.int(in: -3...3)) * 0.1 }))
    }
    return out
  }

  @Test func eachBlockLeastBoundsTheFinalReducedCosts() {
    for (rows, columns, costs) in Self.instances() {
      let solved = costs.withUnsafeBufferPointer {
        AssignmentSolver.jonkerVolgenant($0, rows: rows, columns: columns)
      }
      let width = AssignmentSolver.blockWidth
      let blocks = columns / width
      #expect(solved.blockLeast.count == rows * blocks, "\(rows)×\(columns)")
      guard solved.blockLeast.count == rows * blocks else { continue }
      for r in 0..<rows {
        for b in 0..<blocks {
          let least = (b * width..<(b + 1) * width).map { costs[r * columns + $0] - solved.v[$0] }.min() ?? 0
          #expect(solved.blockLeast[r * blocks + b] <= least, "\(rows)×\(columns): row \(r), block \(b)")
        }
      }
    }
  }

  /// Another optimum (the columns mirrored: ties fall to the largest columns) made canonical
  /// under the solver's duals, with and without the block bounds.
  @Test func canonicalOptimumIsTheSameWithoutTheBlockBounds() {
    for (rows, columns, costs) in Self.instances() {
      let solved = costs.withUnsafeBufferPointer {
        AssignmentSolver.jonkerVolgenant($0, rows: rows, columns: columns)
      }
      var mirrored = [Double](repeating: 0, count: rows * columns)
      for r in 0..<rows {
        for c in 0..<columns { mirrored[r * columns + c] = costs[r * columns + columns - 1 - c] }
      }
      let other = AssignmentSolver.minimumCost(mirrored, rows: rows, columns: columns).map { columns - 1 - $0 }
      let canonical = AssignmentSolver.minimumCost(costs, rows: rows, columns: columns)
      #expect(other != canonical, "\(rows)×\(columns): ties that moved nothing test nothing")
      var with = other
      var without = other
      costs.withUnsafeBufferPointer { c in
        let tolerance = AssignmentSolver.tolerance(solved)
        AssignmentSolver.canonicalize(
          c, rows: rows, columns: columns, columnOf: &with, u: solved.u, v: solved.v, tolerance: tolerance,
          blockLeast: solved.blockLeast)
        AssignmentSolver.canonicalize(
          c, rows: rows, columns: columns, columnOf: &without, u: solved.u, v: solved.v, tolerance: tolerance)
      }
      #expect(with == without, "\(rows)×\(columns)")
      #expect(with == canonical, "\(rows)×\(columns)")
    }
  }

  /// Square matrices keep no bounds (column reduction places rows before any search), and the
  /// result is unchanged.
  @Test func squareMatricesKeepNoBlockBounds() {
    var rng = SeededRandom(seed: 15)
    let costs = (0..<(48 * 48)).map { _ in Double(rng.int(in: 0...3)) }
    let solved = costs.withUnsafeBufferPointer { AssignmentSolver.jonkerVolgenant($0, rows: 48, columns: 48) }
    #expect(solved.blockLeast.isEmpty)
  }
}
