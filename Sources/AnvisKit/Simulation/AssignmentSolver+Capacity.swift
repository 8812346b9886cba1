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
  ///
  /// `byColumn`: the unit columns' costs column by column (`byColumn[j * rows + i]` is row
  /// `i`'s at unit `j`), which the pool reads; built here when empty. `kept`: how many distinct
  /// costs `CapacityPool` keeps per column (the tests try 1); `expand`: the tie-break on the
  /// expanded problem's tight pairs (the tests compare).
  static func minimumCost(
    _ cost: [Double], byColumn: [Double] = [], rows n: Int, units: Int, capacities: [Int],
    kept: Int = CapacityPool.kept, expand: Bool = false
  ) -> [Int] {
    let m = units + capacities.count
    guard n > 0, m > 0, cost.count == n * m, capacities.allSatisfy({ $0 > 0 }),
      n <= units + capacities.reduce(0, +), byColumn.isEmpty || byColumn.count == n * units
    else { return [Int](repeating: -1, count: max(n, 0)) }
    var columns = byColumn
    if columns.isEmpty && units > 0 {
      columns = [Double](repeating: 0, count: n * units)
      for i in 0..<n { for j in 0..<units { columns[j * n + i] = cost[i * m + j] } }
    }
    return cost.withUnsafeBufferPointer { c -> [Int] in
      columns.withUnsafeBufferPointer { t -> [Int] in
        guard let base = c.baseAddress else { return [] }
        return solve(
          base, byColumn: t.baseAddress ?? base, rows: n, units: units, capacities: capacities, kept: kept,
          expand: expand)
      }
    }
  }

  /// `minimumCost(_:byColumn:rows:units:capacities:kept:)` on its buffers.
  private static func solve(
    _ base: UnsafePointer<Double>, byColumn: UnsafePointer<Double>, rows n: Int, units: Int,
    capacities: [Int], kept: Int, expand: Bool
  ) -> [Int] {
    let m = units + capacities.count
    var pool = CapacityPool(
      cost: base, byColumn: byColumn, rows: n, units: units, capacities: capacities, kept: max(1, kept))
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
      UnsafeBufferPointer(start: base, count: n * m), rows: n, units: units, capacities: capacities,
      solution: solution, holders: pool.holders, tolerance: tolerance(solution), expand: expand)
  }
}

/// The rows each capacity column holds, and per column the least of their costs relative to
/// the capacity column's (`aggregate`): the one row the shortest path scans when it reaches a
/// full capacity column. Its rows are tight with one dual, so they are reached at one distance
/// and each column's distance through them is the least of theirs.
///
/// Per column the least few distinct costs are kept, ascending, each with how many rows give
/// it (`kept`); every row left out costs more than each kept cost. The rows that leave are
/// the ones that give the least (the paths move them to a unit), and one row often gives the
/// least of many columns (a case that scores high everywhere), so a column is searched again
/// over all its rows only when all its kept costs are gone, and then together with the other
/// such columns just before the aggregate is read (`refresh`), reading the rows in order when
/// many columns are due, else the costs column by column (`byColumn`). With one row kept per column and the costs read row by
/// row, national best-fit spent 13 % of its time in those searches; with rows (not counts)
/// kept, still 4 %: the rows that tie on a forbidden column's cost were kept the same few for
/// every such column, and all of them were searched again when those few left. A copy of the
/// rows' costs kept column by column per capacity column cost as much again in its writes.
struct CapacityPool {
  let cost: UnsafePointer<Double>
  let rows: Int
  let units: Int
  let columns: Int
  let capacities: [Int]
  /// The unit columns' costs column by column: `byColumn[j * rows + i]` is row `i`'s at `j`.
  let byColumn: UnsafePointer<Double>
  /// Per capacity column, its rows (in no particular order).
  var holders: [[Int]]
  /// Each row's cost at the capacity column it is in.
  var own: [Double]
  /// Per capacity column, the columns whose kept costs all left (`isStale`), found again
  /// among its rows together, before its aggregate is next read (`refresh`).
  var stale: [[Int]]
  let isStale: UnsafeMutablePointer<Bool>
  /// Each row's place in its capacity column's `holders`.
  var slot: [Int]
  /// `aggregate[c * columns + j]`: the least `cost[r][j] - cost[r][units + c]` over the rows `r`
  /// of capacity column `c` (0 at `units + c`, +∞ with no rows).
  let aggregate: UnsafeMutablePointer<Double>
  /// The least `kept` distinct costs per column (`keptCost[(c * columns + j) * kept + k]`,
  /// ascending, `keptCount` of them) and how many rows give each.
  let keptCost: UnsafeMutablePointer<Double>
  let keptTies: UnsafeMutablePointer<Int>
  let keptCount: UnsafeMutablePointer<Int>
  let kept: Int
  static let kept = 16

  init(
    cost: UnsafePointer<Double>, byColumn: UnsafePointer<Double>, rows: Int, units: Int, capacities: [Int],
    kept: Int = Self.kept
  ) {
    self.cost = cost
    self.byColumn = byColumn
    own = [Double](repeating: 0, count: rows)
    self.kept = kept
    self.rows = rows
    self.units = units
    self.capacities = capacities
    columns = units + capacities.count
    holders = capacities.map { _ in [] }
    slot = [Int](repeating: -1, count: rows)
    let size = capacities.count * columns
    aggregate = .allocate(capacity: size)
    aggregate.initialize(repeating: .infinity, count: size)
    keptCost = .allocate(capacity: size * kept)
    keptTies = .allocate(capacity: size * kept)
    keptCount = .allocate(capacity: size)
    keptCount.initialize(repeating: 0, count: size)
    for c in 0..<capacities.count { aggregate[c * columns + units + c] = 0 }
    stale = capacities.map { _ in [] }
    isStale = .allocate(capacity: size)
    isStale.initialize(repeating: false, count: size)
  }

  func deallocate() {
    aggregate.deallocate()
    keptCost.deallocate()
    keptTies.deallocate()
    keptCount.deallocate()
    isStale.deallocate()
  }

  /// Row `i` of the costs, or for `i >= rows` the aggregate of capacity column `i - rows`.
  @inline(__always) func row(_ i: Int) -> UnsafePointer<Double> {
    i < rows ? cost + i * columns : UnsafePointer(aggregate + (i - rows) * columns)
  }

  /// Row `r`'s cost at column `j` relative to its capacity column's, read by column.
  @inline(__always) func relative(_ r: Int, _ j: Int) -> Double {
    (j < units ? byColumn[j * rows + r] : cost[r * columns + j]) - own[r]
  }

  /// The first row in `holders` of capacity column `c` that gives the least of column `j`.
  func firstGivingLeast(of c: Int, at j: Int) -> Int {
    let least = aggregate[c * columns + j]
    return holders[c].first { relative($0, j) == least } ?? -1
  }

  /// Counts cost `x` among the kept of entry `e` (a capacity column's column): one more tie of
  /// a kept cost, or a new one below the last (the last dropped when `kept` are kept), or a
  /// first one; above the last it is left out.
  @inline(__always) private func keep(_ x: Double, at e: Int) {
    let base = e * kept
    var k = keptCount[e]
    if k > 0 {
      // Most costs are above the last kept, or tie with it (a forbidden pair's, the highest).
      let last = keptCost[base + k - 1]
      if x > last { return }
      if x == last {
        keptTies[base + k - 1] += 1
        return
      }
    }
    var p = 0
    while p < k && keptCost[base + p] < x { p += 1 }
    if p < k && keptCost[base + p] == x {
      keptTies[base + p] += 1
      return
    }
    if k == kept { k -= 1 } else { keptCount[e] = k + 1 }
    while k > p {
      keptCost[base + k] = keptCost[base + k - 1]
      keptTies[base + k] = keptTies[base + k - 1]
      k -= 1
    }
    keptCost[base + p] = x
    keptTies[base + p] = 1
  }

  /// Row `r` joins capacity column `c`.
  mutating func add(_ r: Int, to c: Int) {
    slot[r] = holders[c].count
    holders[c].append(r)
    let row = cost + r * columns
    own[r] = row[units + c]
    let first = c * columns
    for j in 0..<columns where j != units + c && !isStale[first + j] {
      keep(row[j] - own[r], at: first + j)
      aggregate[first + j] = keptCost[(first + j) * kept]
    }
  }

  /// Row `r` leaves capacity column `c`: one tie less of its kept costs; a column with none
  /// kept left finds its least few again among the rows left.
  mutating func remove(_ r: Int, from c: Int) {
    let last = holders[c].removeLast()
    if last != r {
      holders[c][slot[r]] = last
      slot[last] = slot[r]
    }
    slot[r] = -1
    let row = cost + r * columns
    let first = c * columns
    for j in 0..<columns where j != units + c && !isStale[first + j] {
      let e = first + j
      let base = e * kept
      let count = keptCount[e]
      let x = row[j] - own[r]
      // Costs above the last kept are not counted.
      guard count > 0, x <= keptCost[base + count - 1] else { continue }
      var k = count - 1
      while keptCost[base + k] != x { k -= 1 }
      keptTies[base + k] -= 1
      guard keptTies[base + k] == 0 else { continue }
      while k + 1 < count {
        keptCost[base + k] = keptCost[base + k + 1]
        keptTies[base + k] = keptTies[base + k + 1]
        k += 1
      }
      keptCount[e] = count - 1
      if count == 1 && !holders[c].isEmpty {
        isStale[e] = true
        stale[c].append(j)
      }
      aggregate[e] = keptCount[e] > 0 ? keptCost[base] : .infinity
    }
  }

  /// Finds the least few costs of capacity column `c`'s stale columns again among its rows:
  /// row by row when many are stale (the rows read in order), else column by column.
  mutating func refresh(_ c: Int) {
    guard !stale[c].isEmpty else { return }
    let first = c * columns
    if stale[c].count * 8 >= columns {
      for h in holders[c] {
        let row = cost + h * columns
        for j in stale[c] { keep(row[j] - own[h], at: first + j) }
      }
    } else {
      for j in stale[c] { for h in holders[c] { keep(relative(h, j), at: first + j) } }
    }
    for j in stale[c] {
      let e = first + j
      isStale[e] = false
      aggregate[e] = keptCount[e] > 0 ? keptCost[e * kept] : .infinity
    }
    stale[c].removeAll(keepingCapacity: true)
  }
}
