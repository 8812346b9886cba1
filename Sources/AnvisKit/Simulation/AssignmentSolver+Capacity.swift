extension AssignmentSolver {
  /// A problem whose last columns take several rows each: `rows × (units + capacities.count)`
  /// costs, row-major; column `units + c` takes up to `capacities[c]` rows. It stands for the
  /// problem with `capacities[c]` identical columns in its place (best-fit's blockers of one
  /// support method), which it solves with one column, one dual and one row scan where that
  /// problem needs one of each per copy. Every row is assigned: `rows` must not exceed `units`
  /// plus the capacities.
  ///
  /// Returns the column of each row (a capacity column for each of its rows) in the canonical
  /// optimum of the expanded problem, columns ordered units first, then each capacity column's
  /// copies (`AssignmentSolver+TieBreak`): the same rows get the same unit columns as
  /// `minimumCost` on the expanded matrix would give them.
  static func minimumCost(
    _ cost: [Double], rows n: Int, units: Int, capacities: [Int]
  ) -> [Int] {
    let m = units + capacities.count
    guard n > 0, m > 0, cost.count == n * m, capacities.allSatisfy({ $0 > 0 }),
      n <= units + capacities.reduce(0, +)
    else { return [Int](repeating: -1, count: max(n, 0)) }
    return cost.withUnsafeBufferPointer { c -> [Int] in
      guard let base = c.baseAddress else { return [] }
      var pool = CapacityPool(cost: base, rows: n, units: units, capacities: capacities)
      defer { pool.deallocate() }
      var x = [Int](repeating: -1, count: n)
      var y = [Int](repeating: -1, count: m)
      var v = [Double](repeating: 0, count: m)
      x.withUnsafeMutableBufferPointer { xb in
        y.withUnsafeMutableBufferPointer { yb in
          v.withUnsafeMutableBufferPointer { vb in
            let scratch = Scratch(columns: m)
            defer { scratch.deallocate() }
            for row in 0..<n {
              pool.augment(row: row, x: xb, y: yb, v: vb, scratch: scratch)
            }
          }
        }
      }
      var u = [Double](repeating: 0, count: n)
      for i in 0..<n where x[i] >= 0 { u[i] = base[i * m + x[i]] - v[x[i]] }
      let solution = Solution(columnOf: x, u: u, v: v)
      return canonicalize(
        c, rows: n, units: units, capacities: capacities, solution: solution, holders: pool.holders,
        tolerance: tolerance(solution))
    }
  }
}

/// The rows each capacity column holds, and per column the least of their costs relative to
/// the capacity column's (`aggregate`): the one row the shortest path scans when it reaches a
/// full capacity column. Its rows are tight with one dual, so they are reached at one distance
/// and each column's distance through them is the least of theirs.
struct CapacityPool {
  let cost: UnsafePointer<Double>
  let rows: Int
  let units: Int
  let columns: Int
  let capacities: [Int]
  /// Per capacity column, its rows in the order they came.
  var holders: [[Int]]
  /// Each row's place in its capacity column's `holders`.
  var slot: [Int]
  /// `aggregate[c * columns + j]`: the least `cost[r][j] - cost[r][units + c]` over the rows `r`
  /// of capacity column `c` (0 at `units + c`, +∞ with no rows); `arg`: the row that gives it.
  let aggregate: UnsafeMutablePointer<Double>
  let arg: UnsafeMutablePointer<Int>

  init(cost: UnsafePointer<Double>, rows: Int, units: Int, capacities: [Int]) {
    self.cost = cost
    self.rows = rows
    self.units = units
    self.capacities = capacities
    columns = units + capacities.count
    holders = capacities.map { _ in [] }
    slot = [Int](repeating: -1, count: rows)
    aggregate = .allocate(capacity: capacities.count * columns)
    aggregate.initialize(repeating: .infinity, count: capacities.count * columns)
    arg = .allocate(capacity: capacities.count * columns)
    arg.initialize(repeating: -1, count: capacities.count * columns)
    for c in 0..<capacities.count { aggregate[c * columns + units + c] = 0 }
  }

  func deallocate() {
    aggregate.deallocate()
    arg.deallocate()
  }

  /// Row `i` of the costs, or for `i >= rows` the aggregate of capacity column `i - rows`.
  @inline(__always) func row(_ i: Int) -> UnsafePointer<Double> {
    i < rows ? cost + i * columns : UnsafePointer(aggregate + (i - rows) * columns)
  }

  /// Row `r` joins capacity column `c`.
  mutating func add(_ r: Int, to c: Int) {
    slot[r] = holders[c].count
    holders[c].append(r)
    let own = cost[r * columns + units + c]
    let costs = cost + r * columns
    let least = aggregate + c * columns
    let which = arg + c * columns
    for j in 0..<columns where j != units + c {
      let x = costs[j] - own
      if x < least[j] {
        least[j] = x
        which[j] = r
      }
    }
  }

  /// Row `r` leaves capacity column `c`: the columns it gave the least are found again among
  /// the rows left (the first of them in `holders` on a tie).
  mutating func remove(_ r: Int, from c: Int) {
    let last = holders[c].removeLast()
    if last != r {
      holders[c][slot[r]] = last
      slot[last] = slot[r]
    }
    slot[r] = -1
    let least = aggregate + c * columns
    let which = arg + c * columns
    for j in 0..<columns where which[j] == r {
      var best = Double.infinity
      var pick = -1
      for h in holders[c] {
        let x = cost[h * columns + j] - cost[h * columns + units + c]
        if x < best {
          best = x
          pick = h
        }
      }
      least[j] = best
      which[j] = pick
    }
  }
}
