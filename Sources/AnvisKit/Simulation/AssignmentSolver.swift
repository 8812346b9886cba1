/// Optimal assignment for rectangular matrices: the shortest augmenting path form of
/// Jonker–Volgenant (as described by Crouse, "On implementing 2D rectangular assignment
/// algorithms", IEEE TAES 2016 — the algorithm SciPy's `linear_sum_assignment` uses).
/// One Dijkstra-like search per row with dual potentials, O(rows² × columns) worst case.
/// Ties are broken exactly as SciPy breaks them (columns scanned from the last, a free column
/// preferred among equals), so results depend only on the input, never on the machine.
public enum AssignmentSolver {
  /// Assigns every row of a `rows × columns` cost matrix (row-major, finite values) to a distinct
  /// column minimising the total cost. Returns the column of each row; when there are more rows
  /// than columns, the rows left over get -1.
  public static func minimumCost(_ costs: [Double], rows: Int, columns: Int) -> [Int] {
    guard rows > 0, columns > 0, costs.count == rows * columns else {
      return [Int](repeating: -1, count: rows)
    }
    if rows <= columns {
      return costs.withUnsafeBufferPointer { solve($0, rows: rows, columns: columns) }
    }
    var transposed = [Double](repeating: 0, count: rows * columns)
    for r in 0..<rows {
      for c in 0..<columns { transposed[c * rows + r] = costs[r * columns + c] }
    }
    let rowOfColumn = transposed.withUnsafeBufferPointer { solve($0, rows: columns, columns: rows) }
    var result = [Int](repeating: -1, count: rows)
    for (c, r) in rowOfColumn.enumerated() where r >= 0 { result[r] = c }
    return result
  }

  /// Maximum-score matching over allowed pairs: first as many pairs as possible, then the
  /// highest total score among those. `scores` is row-major; `allowed[r * columns + c]` false
  /// forbids a pair. Returns the column of each row, or -1 for a row left without one.
  public static func maximumScore(_ scores: [Double], allowed: [Bool], rows: Int, columns: Int) -> [Int] {
    let count = rows * columns
    guard rows > 0, columns > 0, scores.count == count, allowed.count == count else {
      return [Int](repeating: -1, count: max(rows, 0))
    }
    // Two passes over the matrix (1M cells of 500 × 2000 is ~1 ms each): the top score, then
    // the costs written once into uninitialised memory. Both loops are branch-free.
    let costs = scores.withUnsafeBufferPointer { score in
      allowed.withUnsafeBufferPointer { isAllowed in
        let top = topAllowedScore(score, isAllowed)
        // A forbidden pair costs more than any assignment of allowed pairs could save.
        let forbidden = (top + 1) * Double(min(rows, columns) + 1)
        return [Double](unsafeUninitializedCapacity: count) { cost, initialized in
          for i in 0..<count {
            let fit = top - score[i]
            cost[i] = isAllowed[i] ? fit : forbidden
          }
          initialized = count
        }
      }
    }
    var result = minimumCost(costs, rows: rows, columns: columns)
    for r in 0..<rows where result[r] >= 0 && !allowed[r * columns + result[r]] { result[r] = -1 }
    return result
  }

  /// The highest allowed score, at least 0 (NaN scores are ignored). Four running maxima so the
  /// loop is not one long dependency chain; the maximum of a set does not depend on the order.
  static func topAllowedScore(_ score: UnsafeBufferPointer<Double>, _ isAllowed: UnsafeBufferPointer<Bool>) -> Double {
    var top = (0.0, 0.0, 0.0, 0.0)
    let count = min(score.count, isAllowed.count)
    var i = 0
    while i + 4 <= count {
      top.0 = max(top.0, isAllowed[i] ? score[i] : 0)
      top.1 = max(top.1, isAllowed[i + 1] ? score[i + 1] : 0)
      top.2 = max(top.2, isAllowed[i + 2] ? score[i + 2] : 0)
      top.3 = max(top.3, isAllowed[i + 3] ? score[i + 3] : 0)
      i += 4
    }
    while i < count {
      top.0 = max(top.0, isAllowed[i] ? score[i] : 0)
      i += 1
    }
    return max(max(top.0, top.1), max(top.2, top.3))
  }
}
