extension AssignmentSolver {
  /// The canonical optimum: among every optimal assignment of a `rows × columns` problem
  /// (rows ≤ columns), the one that gives row 0 the smallest column it can have, then row 1
  /// the smallest it can have with row 0 fixed, and so on (the lexicographically smallest
  /// column vector). It is unique, so the answer does not depend on which optimum the solver
  /// happened to reach, nor on the solver.
  ///
  /// `columnOf` must be optimal and `u`, `v` optimal duals (`cost − u − v ≥ 0`, zero on the
  /// assignment, columns left free have `v = 0`, the rest `v ≤ 0`). Every optimal assignment
  /// uses only tight pairs (`cost − u − v` within `tolerance` of 0) and may leave a column free
  /// only where `v = 0`, so the optimum is moved, row by row, along alternating paths of tight
  /// pairs: row `i` takes column `j` when the row holding `j` can move on, and so on, to `i`'s
  /// old column, or to a free column when `i`'s old column may be left free.
  ///
  /// Cost: one pass over each row for its tight columns, plus a breadth-first search over the
  /// rows not yet fixed when a row could move (rare on real-valued costs, common with ties).
  static func canonicalize(
    _ cost: UnsafeBufferPointer<Double>, rows n: Int, columns m: Int, columnOf col: inout [Int],
    u: [Double], v: [Double], tolerance: Double
  ) {
    var rowOf = [Int](repeating: -1, count: m)
    for i in 0..<n where col[i] >= 0 { rowOf[col[i]] = i }
    // Per row: the row `i` whose search last reached it, and how (for the path back).
    var mark = [Int](repeating: -1, count: n)
    var parent = [Int](repeating: -1, count: n)
    var queue = [Int](repeating: 0, count: n)
    @inline(__always) func tight(_ r: Int, _ c: Int) -> Bool {
      cost[r * m + c] - u[r] - v[c] <= tolerance
    }
    for i in 0..<n {
      let current = col[i]
      guard current >= 0 else { continue }
      let mayFree = v[current] >= -tolerance
      var j = 0
      while j < current {
        defer { j += 1 }
        let holder = rowOf[j]
        if holder >= 0 && holder < i { continue }  // fixed by an earlier row
        guard tight(i, j) else { continue }
        if holder < 0 {
          guard mayFree else { continue }
          rowOf[current] = -1
          col[i] = j
          rowOf[j] = i
          break
        }
        if mark[holder] == i { continue }  // already searched from: cannot move on
        // Breadth-first from `holder`: a row reached may take a tight column that is `current`
        // (closing the cycle), free (when `current` may be left free) or held by a row to move.
        mark[holder] = i
        parent[holder] = -1
        queue[0] = holder
        var head = 0
        var tail = 1
        var end = (row: -1, column: -1)
        search: while head < tail {
          let r = queue[head]
          head += 1
          for c in 0..<m where c != col[r] {
            let h = rowOf[c]
            if c == current || (h < 0 && mayFree) {
              if tight(r, c) {
                end = (r, c)
                break search
              }
            } else if h > i && mark[h] != i && tight(r, c) {
              mark[h] = i
              parent[h] = r
              queue[tail] = h
              tail += 1
            }
          }
        }
        guard end.row >= 0 else { continue }
        // Shift along the path: each row takes the column of the row it reached.
        var r = end.row
        var take = end.column
        while r >= 0 {
          let old = col[r]
          col[r] = take
          rowOf[take] = r
          take = old
          r = parent[r]
        }
        if end.column != current { rowOf[current] = -1 }
        col[i] = j
        rowOf[j] = i
        break
      }
    }
  }
}

extension AssignmentSolver {
  /// The canonical form of another solver's optimal assignment of the problem `maximumScore`
  /// solves (`costMatrix` of the same scores and allowed pairs): a full assignment, the column
  /// of each row (rows ≤ columns) or -1 for the rows left over (rows > columns), forbidden pairs
  /// included. Returns what `maximumScore` returns when that assignment is optimal; for
  /// comparing solvers whose ties fall elsewhere (bench/assignment.py, the solver tests).
  public static func canonicalForm(
    ofMaximumScore assignment: [Int], scores: [Double], allowed: [Bool], rows: Int, columns: Int
  ) -> [Int] {
    let count = rows * columns
    guard rows > 0, columns > 0, scores.count == count, allowed.count == count, assignment.count == rows else {
      return assignment
    }
    let costs = costMatrix(scores, allowed: allowed, count: count, shorter: min(rows, columns))
    var result: [Int]
    if rows <= columns {
      result = assignment
      costs.withUnsafeBufferPointer { reassign($0, rows: rows, columns: columns, &result) }
    } else {
      var rowOfColumn = [Int](repeating: -1, count: columns)
      for (r, c) in assignment.enumerated() where c >= 0 { rowOfColumn[c] = r }
      transposed(costs, rows: rows, columns: columns).withUnsafeBufferPointer {
        reassign($0, rows: columns, columns: rows, &rowOfColumn)
      }
      result = [Int](repeating: -1, count: rows)
      for (c, r) in rowOfColumn.enumerated() where r >= 0 { result[r] = c }
    }
    for r in 0..<rows where result[r] >= 0 && !allowed[r * columns + result[r]] { result[r] = -1 }
    return result
  }

  /// `columnOf` made canonical under the duals of this solver's own optimum.
  static func reassign(_ cost: UnsafeBufferPointer<Double>, rows: Int, columns: Int, _ columnOf: inout [Int]) {
    let duals = canonicalOptimum(cost, rows: rows, columns: columns)
    canonicalize(
      cost, rows: rows, columns: columns, columnOf: &columnOf, u: duals.u, v: duals.v,
      tolerance: tolerance(duals))
  }

  /// A row-major matrix transposed.
  static func transposed(_ costs: [Double], rows: Int, columns: Int) -> [Double] {
    var out = [Double](repeating: 0, count: rows * columns)
    for r in 0..<rows {
      for c in 0..<columns { out[c * rows + r] = costs[r * columns + c] }
    }
    return out
  }
}
