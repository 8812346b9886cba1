extension AssignmentSolver {
  /// Optimal duals and assignment of a square problem.
  struct Solution {
    /// The column of each row.
    var columnOf: [Int]
    /// Row duals: `cost[i][j] - u[i] - v[j] ≥ 0`, zero on the assignment.
    var u: [Double]
    /// Column duals.
    var v: [Double]
  }

  /// Jonker–Volgenant (Jonker & Volgenant, "A shortest augmenting path algorithm for dense and
  /// sparse linear assignment problems", Computing 38, 1987) on a square `n × n` row-major
  /// matrix: column reduction, reduction transfer, two rounds of augmenting row reduction, then
  /// a shortest augmenting path (Dijkstra over a column list, many columns settled at once) for
  /// each row still free. All work arrays are allocated once, before the first step.
  ///
  /// Which of several optimal assignments this returns depends on the order of its steps; the
  /// caller makes it canonical (`AssignmentSolver+TieBreak`).
  static func jonkerVolgenant(_ cost: UnsafeBufferPointer<Double>, n: Int) -> Solution {
    var rowSolution = [Int](repeating: -1, count: n)
    var colSolution = [Int](repeating: -1, count: n)
    var vDual = [Double](repeating: 0, count: n)
    rowSolution.withUnsafeMutableBufferPointer { x in
      colSolution.withUnsafeMutableBufferPointer { y in
        vDual.withUnsafeMutableBufferPointer { v in
          let free = UnsafeMutableBufferPointer<Int>.allocate(capacity: n)
          let scratch = Scratch(n: n)
          defer {
            free.deallocate()
            scratch.deallocate()
          }
          var freeCount = reduceColumns(cost, n: n, x: x, y: y, v: v, free: free, matches: scratch.columns)
          for _ in 0..<2 where freeCount > 0 {
            freeCount = augmentingRowReduction(cost, n: n, x: x, y: y, v: v, free: free, count: freeCount)
          }
          for f in 0..<freeCount {
            augment(row: free[f], cost, n: n, x: x, y: y, v: v, scratch: scratch)
          }
        }
      }
    }
    var u = [Double](repeating: 0, count: n)
    for i in 0..<n { u[i] = cost[i * n + rowSolution[i]] - vDual[rowSolution[i]] }
    return Solution(columnOf: rowSolution, u: u, v: vDual)
  }

  /// Work arrays of the augmenting step.
  struct Scratch {
    let distance: UnsafeMutableBufferPointer<Double>
    let predecessor: UnsafeMutableBufferPointer<Int>
    let columns: UnsafeMutableBufferPointer<Int>

    init(n: Int) {
      distance = .allocate(capacity: n)
      predecessor = .allocate(capacity: n)
      columns = .allocate(capacity: n)
    }

    func deallocate() {
      distance.deallocate()
      predecessor.deallocate()
      columns.deallocate()
    }
  }

  /// Column reduction (each column's dual is its least cost, the column goes to that row if the
  /// row has none yet) and reduction transfer (a row holding one column passes its slack to the
  /// column's dual). Returns the number of rows left free, listed in `free`.
  static func reduceColumns(
    _ cost: UnsafeBufferPointer<Double>, n: Int, x: UnsafeMutableBufferPointer<Int>,
    y: UnsafeMutableBufferPointer<Int>, v: UnsafeMutableBufferPointer<Double>,
    free: UnsafeMutableBufferPointer<Int>, matches: UnsafeMutableBufferPointer<Int>
  ) -> Int {
    // The least cost of each column and its first row, row by row (contiguous reads).
    let argmin = y
    for j in 0..<n {
      v[j] = cost[j]
      argmin[j] = 0
    }
    for i in 1..<max(n, 1) {
      let base = i * n
      for j in 0..<n where cost[base + j] < v[j] {
        v[j] = cost[base + j]
        argmin[j] = i
      }
    }
    for i in 0..<n { matches[i] = 0 }
    var j = n - 1
    while j >= 0 {
      let i = argmin[j]
      matches[i] += 1
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
      if matches[i] == 0 {
        free[freeCount] = i
        freeCount += 1
      } else if matches[i] == 1 {
        let j1 = x[i]
        let base = i * n
        var least = Double.infinity
        for j in 0..<n where j != j1 { least = min(least, cost[base + j] - v[j]) }
        if least.isFinite { v[j1] -= least - (cost[base + j1] - v[j1]) }
      }
    }
    return freeCount
  }

  /// One round of augmenting row reduction: each free row takes its cheapest column (reduced
  /// by `v`), lowering that column's dual to the gap to its second cheapest, and displaces the
  /// column's row, which is treated next when the dual moved (else at the end). Returns the
  /// number of rows still free. Bounded: a displaced row is treated at once at most `4n` times
  /// per round, after that it waits for the augmenting step.
  static func augmentingRowReduction(
    _ cost: UnsafeBufferPointer<Double>, n: Int, x: UnsafeMutableBufferPointer<Int>,
    y: UnsafeMutableBufferPointer<Int>, v: UnsafeMutableBufferPointer<Double>,
    free: UnsafeMutableBufferPointer<Int>, count previous: Int
  ) -> Int {
    var k = 0
    var freeCount = 0
    var budget = 4 * n
    while k < previous {
      let i = free[k]
      k += 1
      let base = i * n
      var umin = cost[base] - v[0]
      var j1 = 0
      var usubmin = Double.infinity
      var j2 = -1
      for j in 1..<max(n, 1) {
        let h = cost[base + j] - v[j]
        if h < usubmin {
          if h >= umin {
            usubmin = h
            j2 = j
          } else {
            usubmin = umin
            umin = h
            j2 = j1
            j1 = j
          }
        }
      }
      var i0 = y[j1]
      let lowers = umin < usubmin
      if lowers {
        v[j1] -= usubmin - umin
      } else if i0 >= 0 && j2 >= 0 {
        j1 = j2
        i0 = y[j2]
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

extension AssignmentSolver {
  /// The shortest augmenting path from free row `start` (Dijkstra on reduced costs): the
  /// columns at the current least distance are settled together, a free one among them ends
  /// the search. Then the settled columns' duals move and the path is flipped.
  static func augment(
    row start: Int, _ cost: UnsafeBufferPointer<Double>, n: Int, x: UnsafeMutableBufferPointer<Int>,
    y: UnsafeMutableBufferPointer<Int>, v: UnsafeMutableBufferPointer<Double>, scratch: Scratch
  ) {
    let d = scratch.distance
    let predecessor = scratch.predecessor
    // cols[0..<low]: scanned; cols[low..<up]: at the least distance, to scan; cols[up...]: the rest.
    let cols = scratch.columns
    let base = start * n
    for j in 0..<n {
      d[j] = cost[base + j] - v[j]
      predecessor[j] = start
      cols[j] = j
    }
    var low = 0
    var up = 0
    var settled = 0
    var least = 0.0
    var end = -1
    search: while true {
      if up == low {
        // A new least distance: gather every column at it.
        settled = low
        least = d[cols[up]]
        up += 1
        var k = up
        while k < n {
          let j = cols[k]
          let h = d[j]
          if h <= least {
            if h < least {
              up = low
              least = h
            }
            cols[k] = cols[up]
            cols[up] = j
            up += 1
          }
          k += 1
        }
        for k in low..<up where y[cols[k]] < 0 {
          end = cols[k]
          break search
        }
      }
      // Scan one settled column's row.
      let j1 = cols[low]
      low += 1
      let i = y[j1]
      let rowBase = i * n
      let h = cost[rowBase + j1] - v[j1] - least
      var k = up
      while k < n {
        let j = cols[k]
        let reached = cost[rowBase + j] - v[j] - h
        if reached < d[j] {
          predecessor[j] = i
          if reached == least {
            if y[j] < 0 {
              end = j
              break search
            }
            cols[k] = cols[up]
            cols[up] = j
            up += 1
          }
          d[j] = reached
        }
        k += 1
      }
    }
    for k in 0..<settled {
      let j = cols[k]
      v[j] += d[j] - least
    }
    var j = end
    while true {
      let i = predecessor[j]
      y[j] = i
      let next = x[i]
      x[i] = j
      if i == start { break }
      j = next
    }
  }
}
