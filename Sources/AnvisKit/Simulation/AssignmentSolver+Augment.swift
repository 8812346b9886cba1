extension AssignmentSolver {
  /// Work arrays of the augmenting step, allocated once per solve.
  struct Scratch {
    /// Tentative distance of each column (+∞ once settled).
    let distance: UnsafeMutablePointer<Double>
    /// Settled columns in settling order, their distance, their dual before the search, and
    /// how many rows had been scanned when they settled.
    let settled: UnsafeMutablePointer<Int>
    let settledDistance: UnsafeMutablePointer<Double>
    let savedDual: UnsafeMutablePointer<Double>
    let rowsBefore: UnsafeMutablePointer<Int>
    /// Each settled column's place in `settled`.
    let position: UnsafeMutablePointer<Int>
    /// Scanned rows in order and the offset of each (`h`: its reduced costs less the distance
    /// at which its column settled).
    let rows: UnsafeMutablePointer<Int>
    let offset: UnsafeMutablePointer<Double>

    init(columns m: Int) {
      distance = .allocate(capacity: m)
      settled = .allocate(capacity: m)
      settledDistance = .allocate(capacity: m)
      savedDual = .allocate(capacity: m)
      rowsBefore = .allocate(capacity: m)
      position = .allocate(capacity: m)
      rows = .allocate(capacity: m + 1)
      offset = .allocate(capacity: m + 1)
    }

    func deallocate() {
      for p in [settled, rowsBefore, position, rows] { p.deallocate() }
      for p in [distance, settledDistance, savedDual, offset] { p.deallocate() }
    }
  }

  /// The shortest augmenting path from free row `start` (Dijkstra on reduced costs, every
  /// column at the least distance settled together, a free one among them ends the search),
  /// then the settled columns' duals move and the path is flipped. With `blockLeast`, the least
  /// `c - v` of each block of `blockWidth` columns of the start row is kept there.
  ///
  /// Vector friendly: every row scan runs over all columns in order; a settled column's dual is
  /// set to -∞ for the search so its reduced cost is +∞ and nothing reaches it (the dual is
  /// saved and restored). No predecessor is stored per column: the path is found afterwards,
  /// each column's predecessor being the first scanned row (of those scanned before it settled)
  /// that gives its distance, recomputed with the same floating-point steps.
  static func augment(
    row start: Int, _ cost: UnsafePointer<Double>, columns m: Int, x: UnsafeMutableBufferPointer<Int>,
    y: UnsafeMutableBufferPointer<Int>, v: UnsafeMutableBufferPointer<Double>, scratch s: Scratch,
    blockLeast: UnsafeMutablePointer<Double>? = nil
  ) {
    guard let vp = v.baseAddress else { return }
    let d = s.distance
    var scanned = 1
    s.rows[0] = start
    s.offset[0] = 0
    var count = 0  // settled columns
    var next = 0  // settled columns whose rows are scanned
    var least =
      if let blockLeast {
        reducedRow(cost + start * m, vp, d, n: m, blockLeast: blockLeast)
      } else {
        reducedRow(cost + start * m, vp, d, n: m)
      }
    // With the blocks' least kept, the first column at `least` lies in the first block at or
    // below it (on 500 × 2000 uniform costs the scan for it was 2.0 of 7.6 M instructions).
    var skip = 0
    if let blockLeast {
      let blocks = m / blockWidth
      var b = 0
      while b < blocks && blockLeast[b] > least { b += 1 }
      skip = b * blockWidth
    }
    var end = -1
    search: while true {
      if next == count {
        // Gather every open column at the least distance; a free one ends the search.
        let from = count
        end = settleAll(at: least, scanned: scanned, count: &count, s, vp, y: y, columns: m, from: skip)
        skip = 0
        if end >= 0 { break search }
        if count == from { break search }  // nothing reachable: cannot happen with finite costs
      }
      // Scan the row of the next settled column.
      let j1 = s.settled[next]
      next += 1
      let i = y[j1]
      let row = cost + i * m
      let h = (row[j1] - s.savedDual[next - 1]) - least
      s.rows[scanned] = i
      s.offset[scanned] = h
      scanned += 1
      let reached = relax(row, vp, d, n: m, h: h)
      if reached <= least {
        // Columns reached at the current distance: settle them too (a free one ends).
        if next == count { least = reached }
        end = settleAll(at: reached, scanned: scanned, count: &count, s, vp, y: y, columns: m)
        if end >= 0 { break search }
      } else if next == count {
        least = reached
      }
    }
    guard end >= 0 else {
      restoreDuals(s, count: count, vp)
      return
    }
    // The path back to `start`, found before the duals move.
    var j = end
    var limit = scanned
    while true {
      let i = firstGiving(j, end: end, limit: limit, s, vp) { cost[$0 * m + $1] }
      let previous = x[i]
      y[j] = i
      x[i] = j
      if i == start { break }
      j = previous
      let p = s.position[j]
      limit = s.rowsBefore[p]
    }
    moveDuals(s, count: count, least: least, vp)
  }

  /// Of the first `limit` scanned rows, the first that gives column `j` its distance (the
  /// search's own floating-point steps, with `j`'s dual from before the search; `end`, the
  /// free column that ended it, kept its dual): `j`'s predecessor on the path back.
  @inline(__always)
  static func firstGiving(
    _ j: Int, end: Int, limit: Int, _ s: Scratch, _ vp: UnsafeMutablePointer<Double>,
    cost: (_ row: Int, _ column: Int) -> Double
  ) -> Int {
    let vj = j == end ? vp[j] : s.savedDual[s.position[j]]
    var pick = 0
    var best = Double.infinity
    for k in 0..<limit {
      let r = (cost(s.rows[k], j) - vj) - s.offset[k]
      if r < best {
        best = r
        pick = k
      }
    }
    return s.rows[pick]
  }

  /// After a path: each settled column's dual moves by how far its distance is under `least`.
  static func moveDuals(_ s: Scratch, count: Int, least: Double, _ vp: UnsafeMutablePointer<Double>) {
    for k in 0..<count {
      let col = s.settled[k]
      vp[col] = s.savedDual[k] + (s.settledDistance[k] - least)
    }
  }

  /// Without a path: the settled columns get their duals back.
  static func restoreDuals(_ s: Scratch, count: Int, _ vp: UnsafeMutablePointer<Double>) {
    for k in 0..<count { vp[s.settled[k]] = s.savedDual[k] }
  }

  /// Settles every open column at `distance` or less, in column order, until a free one: its
  /// index, or -1 when none was free. The columns before `first` must be above `distance`.
  @inline(__always)
  static func settleAll(
    at distance: Double, scanned: Int, count: inout Int, _ s: Scratch, _ v: UnsafeMutablePointer<Double>,
    y: UnsafeMutableBufferPointer<Int>, columns m: Int, from first: Int = 0
  ) -> Int {
    var j = firstAtMost(distance, in: s.distance, from: first, n: m)
    while j < m {
      if y[j] < 0 { return j }
      settle(j, at: distance, scanned: scanned, count: &count, s, v)
      j = firstAtMost(distance, in: s.distance, from: j + 1, n: m)
    }
    return -1
  }

  @inline(__always)
  static func settle(
    _ j: Int, at distance: Double, scanned: Int, count: inout Int, _ s: Scratch,
    _ v: UnsafeMutablePointer<Double>
  ) {
    s.settled[count] = j
    s.settledDistance[count] = distance
    s.savedDual[count] = v[j]
    s.rowsBefore[count] = scanned
    s.position[j] = count
    count += 1
    v[j] = -.infinity
    s.distance[j] = .infinity
  }
}
