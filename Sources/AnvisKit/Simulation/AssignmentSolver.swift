/// Optimal assignment for rectangular matrices: the shortest augmenting path form of
/// Jonker–Volgenant (as described by Crouse, "On implementing 2D rectangular assignment
/// algorithms", IEEE TAES 2016 — the algorithm SciPy's `linear_sum_assignment` uses).
/// One Dijkstra-like search per row with dual potentials, O(rows² × columns) worst case.
public enum AssignmentSolver {
  /// Assigns every row of a `rows × columns` cost matrix (row-major, finite values) to a distinct
  /// column minimising the total cost. Returns the column of each row; when there are more rows
  /// than columns, the rows left over get -1.
  public static func minimumCost(_ costs: [Double], rows: Int, columns: Int) -> [Int] {
    guard rows > 0, columns > 0, costs.count == rows * columns else {
      return [Int](repeating: -1, count: rows)
    }
    if rows <= columns { return solve(costs, rows: rows, columns: columns) }
    var transposed = [Double](repeating: 0, count: rows * columns)
    for r in 0..<rows {
      for c in 0..<columns { transposed[c * rows + r] = costs[r * columns + c] }
    }
    let rowOfColumn = solve(transposed, rows: columns, columns: rows)
    var result = [Int](repeating: -1, count: rows)
    for (c, r) in rowOfColumn.enumerated() where r >= 0 { result[r] = c }
    return result
  }

  /// Maximum-score matching over allowed pairs: first as many pairs as possible, then the
  /// highest total score among those. `scores` is row-major; `allowed[r * columns + c]` false
  /// forbids a pair. Returns the column of each row, or -1 for a row left without one.
  public static func maximumScore(_ scores: [Double], allowed: [Bool], rows: Int, columns: Int) -> [Int] {
    guard rows > 0, columns > 0 else { return [Int](repeating: -1, count: rows) }
    var top = 0.0
    for (i, s) in scores.enumerated() where allowed[i] { top = max(top, s) }
    // A forbidden pair costs more than any assignment of allowed pairs could save.
    let forbidden = (top + 1) * Double(min(rows, columns) + 1)
    var costs = [Double](repeating: forbidden, count: rows * columns)
    for i in costs.indices where allowed[i] { costs[i] = top - scores[i] }
    var result = minimumCost(costs, rows: rows, columns: columns)
    for r in 0..<rows where result[r] >= 0 && !allowed[r * columns + result[r]] { result[r] = -1 }
    return result
  }

  /// rows ≤ columns. Raw buffers: this loop is the whole cost of `best-fit`.
  static func solve(_ costs: [Double], rows nr: Int, columns nc: Int) -> [Int] {
    let u = UnsafeMutableBufferPointer<Double>.allocate(capacity: nr)
    let v = UnsafeMutableBufferPointer<Double>.allocate(capacity: nc)
    let shortest = UnsafeMutableBufferPointer<Double>.allocate(capacity: nc)
    let path = UnsafeMutableBufferPointer<Int>.allocate(capacity: nc)
    let col4row = UnsafeMutableBufferPointer<Int>.allocate(capacity: nr)
    let row4col = UnsafeMutableBufferPointer<Int>.allocate(capacity: nc)
    let seenRow = UnsafeMutableBufferPointer<Bool>.allocate(capacity: nr)
    let seenCol = UnsafeMutableBufferPointer<Bool>.allocate(capacity: nc)
    let remaining = UnsafeMutableBufferPointer<Int>.allocate(capacity: nc)
    defer {
      for b in [u, v, shortest] { b.deallocate() }
      for b in [path, col4row, row4col, remaining] { b.deallocate() }
      seenRow.deallocate()
      seenCol.deallocate()
    }
    u.initialize(repeating: 0)
    v.initialize(repeating: 0)
    path.initialize(repeating: -1)
    col4row.initialize(repeating: -1)
    row4col.initialize(repeating: -1)

    costs.withUnsafeBufferPointer { cost in
      for current in 0..<nr {
        // Dijkstra from `current` over reduced costs until a free column is reached.
        var minVal = 0.0
        var i = current
        var left = nc
        for k in 0..<nc {
          remaining[k] = nc - k - 1
          seenCol[k] = false
          shortest[k] = .infinity
        }
        for k in 0..<nr { seenRow[k] = false }
        var sink = -1
        while sink == -1 {
          seenRow[i] = true
          var lowest = Double.infinity
          var index = -1
          let base = i * nc
          let ui = u[i]
          for k in 0..<left {
            let j = remaining[k]
            let r = minVal + cost[base + j] - ui - v[j]
            var s = shortest[j]
            if r < s {
              path[j] = i
              shortest[j] = r
              s = r
            }
            if s < lowest || (s == lowest && row4col[j] == -1) {
              lowest = s
              index = k
            }
          }
          guard index >= 0, lowest.isFinite else { return }  // cannot happen with finite costs
          minVal = lowest
          let j = remaining[index]
          if row4col[j] == -1 { sink = j } else { i = row4col[j] }
          seenCol[j] = true
          left -= 1
          remaining[index] = remaining[left]
        }
        // Update the duals.
        u[current] += minVal
        for k in 0..<nr where seenRow[k] && k != current { u[k] += minVal - shortest[col4row[k]] }
        for k in 0..<nc where seenCol[k] { v[k] -= minVal - shortest[k] }
        // Augment along the path.
        var j = sink
        while true {
          let r = path[j]
          row4col[j] = r
          let previous = col4row[r]
          col4row[r] = j
          j = previous
          if r == current { break }
        }
      }
    }
    return Array(col4row)
  }
}
