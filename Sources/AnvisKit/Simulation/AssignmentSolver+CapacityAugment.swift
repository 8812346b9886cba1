extension CapacityPool {
  /// The shortest augmenting path from free row `start` (`AssignmentSolver.augment`, with the
  /// capacity columns): `y[j]` is the row of unit column `j`; a capacity column's `y` is -1
  /// while it has room (it ends a search like a free column), `rows + c` once full, and then
  /// reaching it scans its aggregate as one row. On the path back, a step through the aggregate
  /// moves the first row that gives the least out of the capacity column.
  mutating func augment(
    row start: Int, x: UnsafeMutableBufferPointer<Int>, y: UnsafeMutableBufferPointer<Int>,
    v: UnsafeMutableBufferPointer<Double>, scratch s: AssignmentSolver.Scratch
  ) {
    guard let vp = v.baseAddress else { return }
    typealias A = AssignmentSolver
    let m = columns
    let d = s.distance
    var scanned = 1
    s.rows[0] = start
    s.offset[0] = 0
    var count = 0  // settled columns
    var next = 0  // settled columns whose rows are scanned
    var least = A.reducedRow(row(start), vp, d, n: m)
    var end = -1
    search: while true {
      if next == count {
        let from = count
        end = A.settleAll(at: least, scanned: scanned, count: &count, s, vp, y: y, columns: m)
        if end >= 0 { break search }
        if count == from { break search }  // nothing reachable: cannot happen with finite costs
      }
      let j1 = s.settled[next]
      next += 1
      let i = y[j1]
      if i >= rows { refresh(i - rows) }
      let costs = row(i)
      let h = (costs[j1] - s.savedDual[next - 1]) - least
      s.rows[scanned] = i
      s.offset[scanned] = h
      scanned += 1
      let reached = A.relax(costs, vp, d, n: m, h: h)
      if reached <= least {
        if next == count { least = reached }
        end = A.settleAll(at: reached, scanned: scanned, count: &count, s, vp, y: y, columns: m)
        if end >= 0 { break search }
      } else if next == count {
        least = reached
      }
    }
    guard end >= 0 else {
      A.restoreDuals(s, count: count, vp)
      return
    }
    // The path back to `start`, found in full before anything moves (the aggregates change as
    // rows move): each step, the column and the row that takes it, and the capacity column
    // that row leaves (-1 for none).
    var path = [(column: Int, row: Int, leaves: Int)]()
    var j = end
    var limit = scanned
    while true {
      let i = A.firstGiving(j, end: end, limit: limit, s, vp) { row($0)[$1] }
      if i < rows {
        path.append((j, i, -1))
        if i == start { break }
        j = x[i]
      } else {
        let c = i - rows
        path.append((j, firstGivingLeast(of: c, at: j), c))
        j = units + c
      }
      limit = s.rowsBefore[s.position[j]]
    }
    for step in path where step.leaves >= 0 { remove(step.row, from: step.leaves) }
    for step in path {
      x[step.row] = step.column
      if step.column < units {
        y[step.column] = step.row
      } else {
        let c = step.column - units
        add(step.row, to: c)
        if holders[c].count == capacities[c] { y[step.column] = rows + c }
      }
    }
    A.moveDuals(s, count: count, least: least, vp)
  }
}
