extension AssignmentSolver {
  /// The shortest augmenting path search (Crouse's form of Jonker–Volgenant, as SciPy's
  /// `linear_sum_assignment`) for a `rows × columns` cost matrix with rows < columns (row-major),
  /// one Dijkstra-like search per row from zero duals. Returns the column of each row and the
  /// duals.
  ///
  /// Per row the work is kept proportional to what the search visits, not to the matrix size:
  /// the first step (from the new row, distance 0) sets every column's tentative distance
  /// directly, the list of unvisited columns is only built when the search goes past that step,
  /// and the visited columns are kept at the end of that list so the dual update touches only
  /// them and their rows. With more columns than rows most searches end at the first step.
  static func shortestAugmentingPaths(
    _ cost: UnsafeBufferPointer<Double>, rows nr: Int, columns nc: Int
  ) -> Solution {
    var uDual = [Double](repeating: 0, count: nr)
    var vDual = [Double](repeating: 0, count: nc)
    let col4row = uDual.withUnsafeMutableBufferPointer { u in
      vDual.withUnsafeMutableBufferPointer { v in search(cost, rows: nr, columns: nc, u: u, v: v) }
    }
    return Solution(columnOf: col4row, u: uDual, v: vDual)
  }

  static func search(
    _ cost: UnsafeBufferPointer<Double>, rows nr: Int, columns nc: Int,
    u: UnsafeMutableBufferPointer<Double>, v: UnsafeMutableBufferPointer<Double>
  ) -> [Int] {
    let shortest = UnsafeMutableBufferPointer<Double>.allocate(capacity: nc)
    let path = UnsafeMutableBufferPointer<Int>.allocate(capacity: nc)
    let row4col = UnsafeMutableBufferPointer<Int>.allocate(capacity: nc)
    // Columns not yet visited in `remaining[0..<left]`, visited ones (in visiting order,
    // backwards) in `remaining[left...]`.
    let remaining = UnsafeMutableBufferPointer<Int>.allocate(capacity: nc)
    defer {
      shortest.deallocate()
      path.deallocate()
      row4col.deallocate()
      remaining.deallocate()
    }
    path.initialize(repeating: -1)
    row4col.initialize(repeating: -1)
    var col4row = [Int](repeating: -1, count: nr)

    rowLoop: for current in 0..<nr {
      // First step from `current`, every column unvisited, scanned from the last as SciPy does
      // (which optimum this reaches does not matter: the caller makes it canonical).
      var minVal = 0.0
      var lowest = Double.infinity
      var sink = -1
      do {
        let base = current * nc
        let ui = u[current]
        var j = nc - 1
        while j >= 0 {
          let r = minVal + cost[base + j] - ui - v[j]
          let s = r < .infinity ? r : .infinity
          shortest[j] = s
          path[j] = current
          if s < lowest || (s == lowest && row4col[j] == -1) {
            lowest = s
            sink = j
          }
          j -= 1
        }
      }
      guard sink >= 0, lowest.isFinite else { break rowLoop }  // cannot happen with finite costs
      minVal = lowest
      var left = nc
      if row4col[sink] != -1 {
        // The closest column is taken: continue Dijkstra from its row over the unvisited
        // columns until a free column is reached.
        for k in 0..<nc { remaining[k] = nc - k - 1 }
        left -= 1
        remaining.swapAt(nc - 1 - sink, left)
        while row4col[sink] != -1 {
          let i = row4col[sink]
          let base = i * nc
          let ui = u[i]
          lowest = .infinity
          var index = -1
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
          guard index >= 0, lowest.isFinite else { break rowLoop }  // cannot happen either
          minVal = lowest
          sink = remaining[index]
          left -= 1
          remaining.swapAt(index, left)
        }
      } else {
        left -= 1
        remaining[left] = sink
      }
      // Update the duals of the visited columns and of the rows they were matched to.
      u[current] += minVal
      for k in left..<nc {
        let j = remaining[k]
        if j != sink { u[row4col[j]] += minVal - shortest[j] }
        v[j] -= minVal - shortest[j]
      }
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
    return col4row
  }
}
