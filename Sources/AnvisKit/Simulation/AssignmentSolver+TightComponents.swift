extension AssignmentSolver {
  /// Drops from the tight lists every pair that lies in no optimal assignment, so the searches
  /// of `moveToCanonical` do not wander where no cycle can close. A tight pair `(r, c)` other
  /// than `r`'s own lies in some optimal assignment exactly when `r` and the row holding `c`
  /// are in one strongly connected component of the graph "row → holder of one of its tight
  /// columns" (an alternating cycle through the pair). The zero-cost rows, all alike, are one
  /// node (`rows`). Tarjan's algorithm, iterative; every row's own pair is kept.
  static func pruneTight(
    _ tight: inout [Int], start: inout [Int], full: [Int], rowOf: [Int], rows n: Int
  ) {
    let nodes = n + 1
    func edges(_ r: Int) -> Range<Int> { start[r]..<start[r + 1] }
    func target(_ c: Int) -> Int { rowOf[c] < n ? rowOf[c] : n }
    var index = [Int](repeating: -1, count: nodes)
    var low = [Int](repeating: 0, count: nodes)
    var onStack = [Bool](repeating: false, count: nodes)
    var component = [Int](repeating: -1, count: nodes)
    var stack = [Int]()
    var calls = [(node: Int, edge: Int)]()
    var counter = 0
    var components = 0
    for root in 0..<nodes where index[root] < 0 {
      calls.append((root, start[root]))
      index[root] = counter
      low[root] = counter
      counter += 1
      stack.append(root)
      onStack[root] = true
      while let (r, e) = calls.last {
        if e < start[r + 1] {
          calls[calls.count - 1].edge = e + 1
          let c = tight[e]
          if r < n && c == full[r] { continue }
          let w = target(c)
          if w == r { continue }
          if index[w] < 0 {
            index[w] = counter
            low[w] = counter
            counter += 1
            stack.append(w)
            onStack[w] = true
            calls.append((w, start[w]))
          } else if onStack[w] {
            low[r] = min(low[r], index[w])
          }
          continue
        }
        calls.removeLast()
        if let parent = calls.last { low[parent.node] = min(low[parent.node], low[r]) }
        if low[r] == index[r] {
          while let w = stack.popLast() {
            onStack[w] = false
            component[w] = components
            if w == r { break }
          }
          components += 1
        }
      }
    }
    var kept = [Int]()
    kept.reserveCapacity(tight.count)
    var newStart = [Int](repeating: 0, count: nodes + 1)
    for r in 0..<nodes {
      for e in edges(r) {
        let c = tight[e]
        let own = r < n ? c == full[r] : rowOf[c] >= n
        if own || component[r] == component[target(c)] { kept.append(c) }
      }
      newStart[r + 1] = kept.count
    }
    tight = kept
    start = newStart
  }
}
