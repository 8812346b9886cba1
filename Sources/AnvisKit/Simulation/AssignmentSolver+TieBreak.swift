extension AssignmentSolver {
  /// The canonical optimum: among every optimal assignment of a `rows × columns` problem
  /// (rows ≤ columns), the one that gives row 0 the smallest column it can have, then row 1
  /// the smallest it can have with row 0 fixed, and so on (the lexicographically smallest
  /// column vector). It is unique, so the answer does not depend on which optimum the solver
  /// happened to reach, nor on the solver.
  ///
  /// `columnOf` must be optimal and `u`, `v` optimal duals (`cost − u − v ≥ 0`, zero on the
  /// assignment; columns left free have `v = 0`, the rest `v ≤ 0`). Every optimal assignment
  /// uses only tight pairs (`cost − u − v` within `tolerance` of 0), so the optimum is moved
  /// within them: the problem is made square with `columns − rows` zero-cost rows (tight exactly
  /// on the columns with `v = 0`, each holding one free column), and row `i` takes a smaller
  /// column `j` when the row holding `j` can move on, and so on, back to `i`'s old column (a
  /// cycle of tight pairs keeps the total).
  ///
  /// `blockLeast` (`Solution.blockLeast`, or empty) bounds each block's reduced costs from
  /// below, so the blocks above a row's bound are skipped unread.
  ///
  /// Cost: one pass over the matrix for the tight pairs (kept as lists per row; only the
  /// blocks `blockLeast` cannot rule out when it is given), plus a
  /// breadth-first search over those lists from a row that might move (rare on real-valued
  /// costs, common with ties), which ends at the first row found near `i`'s old column
  /// (`+CanonicalMoves`); each row is searched from at most once per row fixed, and of the
  /// zero-cost rows (all alike) only the first reached.
  static func canonicalize(
    _ cost: UnsafeBufferPointer<Double>, rows n: Int, columns m: Int, columnOf col: inout [Int],
    u: [Double], v: [Double], tolerance: Double, blockLeast: [Double] = [], nearBudget: Int = nearBudget
  ) {
    guard n > 0, m >= n, col.count == n else { return }
    guard mightMove(cost, rows: n, columns: m, columnOf: col, u: u, v: v, tolerance: tolerance) else {
      return
    }
    // The tight pairs of each row, columns ascending: `tight[start[r]..<start[r + 1]]`; the
    // zero-cost rows n..<m share `start[n]..<start[n + 1]`. The duals do not change below.
    var start = [Int](repeating: 0, count: n + 2)
    var tight = [Int]()
    tight.reserveCapacity(2 * m + n)
    let row = UnsafeMutablePointer<Int>.allocate(capacity: m)
    defer { row.deallocate() }
    let blocks = m / blockWidth
    let hinted = blocks > 0 && blockLeast.count == n * blocks
    v.withUnsafeBufferPointer { vb in
      blockLeast.withUnsafeBufferPointer { kept in
        guard let c = cost.baseAddress, let vp = vb.baseAddress else { return }
        for r in 0..<n {
          let hint = hinted ? kept.baseAddress.map { $0 + r * blocks } : nil
          let count = tightColumns(
            row: c + r * m, vp, count: m, u: u[r], tolerance: tolerance, blockLeast: hint, into: row)
          tight.append(contentsOf: UnsafeBufferPointer(start: row, count: count))
          start[r + 1] = tight.count
        }
      }
    }
    for c in 0..<m where -v[c] <= tolerance { tight.append(c) }
    start[n + 1] = tight.count
    canonicalize(tight: &tight, start: &start, rows: n, columns: m, columnOf: &col, nearBudget: nearBudget)
  }

  /// `canonicalize` from the tight pairs: `tight[start[r]..<start[r + 1]]` the tight columns of
  /// row `r`, ascending, and `tight[start[n]..<start[n + 1]]` those of the zero-cost rows (the
  /// columns with dual 0).
  static func canonicalize(
    tight: inout [Int], start: inout [Int], rows n: Int, columns m: Int, columnOf col: inout [Int],
    nearBudget: Int = nearBudget
  ) {
    guard n > 0, m >= n, col.count == n, start.count == n + 2 else { return }
    // The zero-cost rows hold the free columns.
    var full = col + [Int](repeating: -1, count: m - n)
    var rowOf = [Int](repeating: -1, count: m)
    for i in 0..<n where col[i] >= 0 { rowOf[col[i]] = i }
    var dummy = n
    for c in 0..<m where rowOf[c] < 0 && dummy < m {
      rowOf[c] = dummy
      full[dummy] = c
      dummy += 1
    }
    guard dummy == m, !full.contains(-1) else { return }
    pruneTight(&tight, start: &start, full: full, rowOf: rowOf, rows: n)
    tight.withUnsafeBufferPointer { t in
      start.withUnsafeBufferPointer { s in
        full.withUnsafeMutableBufferPointer { f in
          rowOf.withUnsafeMutableBufferPointer { rowOf in
            moveToCanonical(
              tight: t, start: s, full: f, rowOf: rowOf, rows: n, columns: m, nearBudget: nearBudget)
          }
        }
      }
    }
    col = Array(full[0..<n])
  }

}

extension AssignmentSolver {
  /// Writes the columns `j` with `c[j] - u - v[j] <= tolerance` to `out`, ascending, and
  /// returns how many (at most `m`); blocks of sixteen (then eight) whose least `c - v` is
  /// clearly above `u + tolerance` are skipped unseen. The sixteen are tested lane by lane
  /// against the bound and the columns written to a buffer, not appended to an array (a
  /// horizontal least and the array's checks cost 5.1 M instructions on 500 × 2000 ties, now
  /// 2.8 M). With `blockLeast` (a lower bound of `c - v` over each block of sixteen), only the
  /// blocks at or below the bound are read: 500 × 2000 ties 3.8 → 1.3 M.
  static func tightColumns(
    row c: UnsafePointer<Double>, _ v: UnsafePointer<Double>, count m: Int, u: Double, tolerance: Double,
    blockLeast: UnsafePointer<Double>? = nil, into out: UnsafeMutablePointer<Int>
  ) -> Int {
    let bound = u + 2 * tolerance + 4 * abs(u).ulp
    let us = Lanes(repeating: u)
    let bounds = Lanes(repeating: bound)
    let tol = Lanes(repeating: tolerance)
    var count = 0
    // The lanes of four columns that are tight, computed as the scalar test does
    // (`c - u - v`), written in column order (each column written, kept when tight).
    @inline(__always) func writeLanes(_ q: Int) {
      let on = (load(c, q) - us) - load(v, q) .<= tol
      guard any(on) else { return }
      for k in 0..<4 {
        out[count] = q &+ k
        count &+= on[k] ? 1 : 0
      }
    }
    var j = 0
    if let blockLeast {
      // A lower bound of each block's reduced costs is known: only the blocks at or below the
      // bound are read.
      var b = 0
      while j &+ 16 <= m {
        if blockLeast[b] <= bound {
          writeLanes(j)
          writeLanes(j &+ 4)
          writeLanes(j &+ 8)
          writeLanes(j &+ 12)
        }
        j &+= 16
        b &+= 1
      }
    }
    while j &+ 16 <= m {
      let x = lesser(load(c, j) - load(v, j), load(c, j &+ 4) - load(v, j &+ 4))
      let y = lesser(load(c, j &+ 8) - load(v, j &+ 8), load(c, j &+ 12) - load(v, j &+ 12))
      if any(lesser(x, y) .<= bounds) {
        writeLanes(j)
        writeLanes(j &+ 4)
        writeLanes(j &+ 8)
        writeLanes(j &+ 12)
      }
      j &+= 16
    }
    while j < m {
      if c[j] - u - v[j] <= tolerance {
        out[count] = j
        count &+= 1
      }
      j &+= 1
    }
    return count
  }

  /// Whether some row has a tight pair left of its column: if none has, no row can move to a
  /// smaller column (a move starts with one) and the assignment is canonical already. One vector pass over each row's columns left of its
  /// own; a false alarm only costs the full search (the margin covers rounding: the reduced
  /// cost is computed here as `min(c - v) - u`, there as `c - u - v`).
  static func mightMove(
    _ cost: UnsafeBufferPointer<Double>, rows n: Int, columns m: Int, columnOf col: [Int],
    u: [Double], v: [Double], tolerance: Double
  ) -> Bool {
    guard let c = cost.baseAddress else { return true }
    let margin = 2 * tolerance
    return v.withUnsafeBufferPointer { vb in
      guard let vp = vb.baseAddress else { return true }
      for i in 0..<n {
        let j = col[i]
        guard j >= 0 else { return true }
        if leastReduced(c + i * m, vp, count: j) - u[i] <= margin { return true }
      }
      return false
    }
  }

  /// The canonical form of another solver's optimal assignment of the problem `maximumScore`
  /// solves (`costMatrix` of the same scores and allowed pairs): a full assignment, the column
  /// of each row (rows ≤ columns) or -1 for the rows left over (rows > columns), forbidden pairs
  /// included. Returns what `maximumScore` returns when that assignment is optimal; for
  /// comparing solvers whose ties fall elsewhere (bench/assignment.py, the solver tests).
  public static func canonicalForm(
    ofMaximumScore assignment: [Int], scores: [Double], allowed: [Bool], rows: Int, columns: Int
  ) -> [Int] {
    let count = rows * columns
    guard rows > 0, columns > 0, scores.count == count, allowed.count == count, assignment.count == rows
    else {
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
  static func reassign(_ cost: UnsafeBufferPointer<Double>, rows: Int, columns: Int, _ columnOf: inout [Int])
  {
    let duals = canonicalOptimum(cost, rows: rows, columns: columns)
    canonicalize(
      cost, rows: rows, columns: columns, columnOf: &columnOf, u: duals.u, v: duals.v,
      tolerance: tolerance(duals), blockLeast: duals.blockLeast)
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
