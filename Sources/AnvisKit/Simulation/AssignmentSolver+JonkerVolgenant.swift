extension AssignmentSolver {
  /// Optimal duals and assignment of a problem with rows ≤ columns.
  struct Solution {
    /// The column of each row.
    var columnOf: [Int]
    /// Row duals: `cost[i][j] - u[i] - v[j] ≥ 0`, zero on the assignment.
    var u: [Double]
    /// Column duals (≤ 0 once rows < columns, 0 on the columns left free).
    var v: [Double]
    /// Row `r`'s least `c - v` over each block of `blockWidth` columns when its path search
    /// began (`blockLeast[r * (columns / blockWidth) + b]`), or empty. The duals only fall, so
    /// these bound the final reduced costs from below: a block above a row's bound holds none
    /// of its tight pairs (`tightColumns`), and the tie-break skips it unread.
    var blockLeast: [Double] = []
  }

  /// The columns of a block of `Solution.blockLeast`.
  static let blockWidth = 16

  /// Jonker–Volgenant (Jonker & Volgenant, "A shortest augmenting path algorithm for dense and
  /// sparse linear assignment problems", Computing 38, 1987) on a `rows × columns` row-major
  /// matrix, rows ≤ columns. Square: column reduction and reduction transfer, then two rounds
  /// of augmenting row reduction, then a shortest augmenting path (`+Augment`) for each row
  /// still free. Rectangular (rows < columns): no column reduction (a column left free must
  /// keep dual 0), every row starts free and goes through augmenting row reduction, which only
  /// lowers the duals of the columns it assigns (skipped when a tenth of the columns or more
  /// stay free: `rowReductionRounds`), then the same paths. Work arrays are
  /// allocated once; the row scans are vector kernels (`+Kernels`).
  ///
  /// Which of several optimal assignments this returns depends on the order of its steps; the
  /// caller makes it canonical (`AssignmentSolver+TieBreak`).
  static func jonkerVolgenant(_ cost: UnsafeBufferPointer<Double>, rows n: Int, columns m: Int) -> Solution {
    var rowSolution = [Int](repeating: -1, count: n)
    var colSolution = [Int](repeating: -1, count: m)
    var vDual = [Double](repeating: 0, count: m)
    var blockLeast = [Double]()
    guard let c = cost.baseAddress, n > 0, m >= n else { return Solution(columnOf: rowSolution, u: [], v: vDual) }
    rowSolution.withUnsafeMutableBufferPointer { x in
      colSolution.withUnsafeMutableBufferPointer { y in
        vDual.withUnsafeMutableBufferPointer { v in
          let free = UnsafeMutableBufferPointer<Int>.allocate(capacity: n)
          let scratch = Scratch(columns: m)
          defer {
            free.deallocate()
            scratch.deallocate()
          }
          var freeCount: Int
          if n == m {
            freeCount = reduceColumns(c, n: n, x: x, y: y, v: v, free: free, firstRow: scratch.settled)
          } else {
            for i in 0..<n { free[i] = i }
            freeCount = n
          }
          for _ in 0..<rowReductionRounds(rows: n, columns: m) where freeCount > 0 {
            freeCount = augmentingRowReduction(c, rows: n, columns: m, x: x, y: y, v: v, free: free, count: freeCount)
          }
          // When every row starts a path search (no rounds, or none placed a row), keep its
          // rows' block least for the tie-break (`Solution.blockLeast`): 500 × 2000 ties,
          // minimumCost 9.1 → 6.9 M instructions.
          let blocks = freeCount == n ? m / blockWidth : 0
          if blocks > 0 { blockLeast = [Double](repeating: -.infinity, count: n * blocks) }
          blockLeast.withUnsafeMutableBufferPointer { kept in
            for f in 0..<freeCount {
              let row = free[f]
              let keep = blocks > 0 ? kept.baseAddress.map { $0 + row * blocks } : nil
              augment(row: row, c, columns: m, x: x, y: y, v: v, scratch: scratch, blockLeast: keep)
            }
          }
        }
      }
    }
    var u = [Double](repeating: 0, count: n)
    for i in 0..<n where rowSolution[i] >= 0 { u[i] = cost[i * m + rowSolution[i]] - vDual[rowSolution[i]] }
    return Solution(columnOf: rowSolution, u: u, v: vDual, blockLeast: blockLeast)
  }

  /// Rounds of augmenting row reduction before the paths: two, none when a tenth of the
  /// columns or more stay free. On a wide matrix most rows find their least column free, which
  /// a path finds in one row scan like a round does, while a round scans more rows (a row
  /// displaced by a tie, or from a column whose dual fell, is scanned again), and when every
  /// row starts a path search the tie-break reads only the blocks its bounds do not rule out
  /// (`Solution.blockLeast`). minimumCost instructions (callgrind), rounds against none:
  /// uniform costs 500 × 2000 14.2 → 6.3 M, 1000 × 2000 29.5 → 18.2 M, 1600 × 2000 66 → 59 M,
  /// 1800 × 2000 118 → 117 M, but 1900 × 2000 152 → 193 M; integer costs with ties gain at every
  /// shape (1900 × 2000 71 → 33 M).
  static func rowReductionRounds(rows n: Int, columns m: Int) -> Int {
    n &* 10 <= m &* 9 ? 0 : 2
  }

  /// Column reduction (each column's dual is its least cost, the column goes to that row if the
  /// row has none yet) and reduction transfer (a row holding one column passes its slack to the
  /// column's dual), square problems only. Returns the number of rows left free, in `free`.
  static func reduceColumns(
    _ cost: UnsafePointer<Double>, n: Int, x: UnsafeMutableBufferPointer<Int>,
    y: UnsafeMutableBufferPointer<Int>, v: UnsafeMutableBufferPointer<Double>,
    free: UnsafeMutableBufferPointer<Int>, firstRow arg: UnsafeMutablePointer<Int>
  ) -> Int {
    guard let vp = v.baseAddress else { return 0 }
    // The least cost of each column and its first row, four rows at a time: a block of four
    // columns is looked at one by one only when some cost in it is below the least so far
    // (rare after the first rows).
    for j in 0..<n {
      vp[j] = cost[j]
      arg[j] = 0
    }
    @inline(__always) func lower(_ i: Int, from j: Int, to end: Int) {
      let row = cost + i * n
      for k in j..<end where row[k] < vp[k] {
        vp[k] = row[k]
        arg[k] = i
      }
    }
    var i = 1
    while i &+ 4 <= n {
      let r0 = cost + i * n
      let r1 = r0 + n
      let r2 = r1 + n
      let r3 = r2 + n
      var j = 0
      while j &+ 4 <= n {
        let c = lesser(lesser(load(r0, j), load(r1, j)), lesser(load(r2, j), load(r3, j)))
        if any(c .< load(vp, j)) {
          for r in i..<(i &+ 4) { lower(r, from: j, to: j &+ 4) }
        }
        j &+= 4
      }
      for r in i..<(i &+ 4) { lower(r, from: j, to: n) }
      i &+= 4
    }
    while i < n {
      lower(i, from: 0, to: n)
      i += 1
    }
    let matchCount = UnsafeMutablePointer<Int>.allocate(capacity: n)
    defer { matchCount.deallocate() }
    for i in 0..<n { matchCount[i] = 0 }
    var j = n - 1
    while j >= 0 {
      let i = arg[j]
      matchCount[i] += 1
      if x[i] < 0 {
        x[i] = j
        y[j] = i
      } else {
        y[j] = -1
      }
      j -= 1
    }
    var freeCount = 0
    for i in 0..<n {
      if matchCount[i] == 0 {
        // Under ties a row without a column of its own may take a column left over at its least.
        let j1 = firstFreeAtLeast(cost + i * n, vp, y: y, n: n)
        if j1 >= 0 {
          x[i] = j1
          y[j1] = i
        } else {
          free[freeCount] = i
          freeCount += 1
        }
      } else if matchCount[i] == 1 {
        // Reduction transfer: the row's least reduced cost elsewhere moves to its column's dual.
        let j1 = x[i]
        let saved = vp[j1]
        vp[j1] = -.infinity
        let (least, _, _, _) = twoLeast(cost + i * n, vp, n: n)
        vp[j1] = saved
        if least.isFinite { vp[j1] -= least - (cost[i * n + j1] - saved) }
      }
    }
    return freeCount
  }

  /// The first column `j` with no row (`y[j] < 0`) whose cost equals its least, `c[j] == v[j]`,
  /// or -1.
  static func firstFreeAtLeast(
    _ c: UnsafePointer<Double>, _ v: UnsafePointer<Double>, y: UnsafeMutableBufferPointer<Int>, n: Int
  ) -> Int {
    var j = 0
    while j &+ 8 <= n {
      if any((load(c, j) .== load(v, j)) .| (load(c, j &+ 4) .== load(v, j &+ 4))) {
        for k in j..<(j &+ 8) where c[k] == v[k] && y[k] < 0 { return k }
      }
      j &+= 8
    }
    while j < n {
      if c[j] == v[j] && y[j] < 0 { return j }
      j += 1
    }
    return -1
  }

  /// One round of augmenting row reduction: each free row takes its cheapest column (reduced
  /// by `v`), lowering that column's dual to the gap to its second cheapest, and displaces the
  /// column's row, which is treated next when the dual moved (else it waits for the next
  /// round). Returns the number of rows still free. Bounded: at most `columns` displaced rows
  /// are treated at once per round, after that they wait for the augmenting step (more costs
  /// more row scans than the paths it saves: measured on 2000 × 2000 uniform costs).
  static func augmentingRowReduction(
    _ cost: UnsafePointer<Double>, rows n: Int, columns m: Int, x: UnsafeMutableBufferPointer<Int>,
    y: UnsafeMutableBufferPointer<Int>, v: UnsafeMutableBufferPointer<Double>,
    free: UnsafeMutableBufferPointer<Int>, count previous: Int
  ) -> Int {
    guard let vp = v.baseAddress, m >= 2 else { return previous }
    var k = 0
    var freeCount = 0
    var budget = m
    while k < previous {
      let i = free[k]
      k += 1
      let (umin, usub, first, second) = twoLeast(cost + i * m, vp, n: m)
      var j1 = first
      if first < 0 || second < 0 {  // not finite: leave the row to the augmenting step
        free[freeCount] = i
        freeCount += 1
        continue
      }
      var i0 = y[j1]
      let lowered = v[j1] - (usub - umin)
      let lowers = lowered < v[j1]
      if lowers {
        v[j1] = lowered
      } else if i0 >= 0 {
        j1 = second
        i0 = y[second]
      }
      x[i] = j1
      y[j1] = i
      if i0 >= 0 {
        x[i0] = -1
        if lowers && budget > 0 {
          budget -= 1
          k -= 1
          free[k] = i0
        } else {
          free[freeCount] = i0
          freeCount += 1
        }
      }
    }
    return freeCount
  }
}
