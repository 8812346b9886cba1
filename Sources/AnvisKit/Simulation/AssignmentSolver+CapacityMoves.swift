extension AssignmentSolver {
  /// `moveToCanonical` on a capacity problem's own columns, without its copies: the same moves
  /// for every row but moves between copies of one capacity column, which change nothing
  /// returned. With the copies spelled out, a row tight with a capacity column had one tight
  /// pair per copy, and a search that reached one of its rows went on to all the others
  /// through each of them: on national best-fit's first day (some 420 copies of each method)
  /// 3 % of the simulation.
  ///
  /// `tight[start[r]..<start[r + 1]]`: row `r`'s tight columns, ascending; `start[n]..<start[n + 1]`
  /// the columns with dual 0 (which a free place, the zero-cost rows of the expanded problem,
  /// may take). Row `i` (rows before it fixed) takes the smallest tight column `j` left of its
  /// own from which a path of tight pairs leads to a row that may take its own: a capacity
  /// column reached gives all its rows after `i` (and a free place when it has one), a unit
  /// column its row, or a free place when it has none. All free places are one node: they are
  /// alike.
  static func moveToCanonical(
    tight: [Int], start: [Int], columnOf col: inout [Int], rows n: Int, units: Int, capacities: [Int]
  ) {
    let m = units + capacities.count
    let free = n  // the node of the free places
    var unitRow = [Int](repeating: -1, count: units)
    var members = capacities.map { _ in [Int]() }
    var slot = [Int](repeating: -1, count: n)
    for r in 0..<n {
      let j = col[r]
      if j < units {
        unitRow[j] = r
      } else {
        slot[r] = members[j - units].count
        members[j - units].append(r)
      }
    }
    var room = (0..<capacities.count).map { capacities[$0] - members[$0].count }
    // The rows tight with each column: `holders[first[j]..<first[j + 1]]`.
    var first = [Int](repeating: 0, count: m + 1)
    for e in 0..<start[n] { first[tight[e] + 1] += 1 }
    for j in 0..<m { first[j + 1] += first[j] }
    var fill = first
    var holders = [Int](repeating: 0, count: start[n])
    for r in 0..<n {
      for e in start[r]..<start[r + 1] {
        holders[fill[tight[e]]] = r
        fill[tight[e]] += 1
      }
    }
    var freeable = [Bool](repeating: false, count: m)
    for e in start[n]..<start[n + 1] { freeable[tight[e]] = true }
    var mark = [Int](repeating: -1, count: n + 1)
    var parent = [Int](repeating: -1, count: n + 1)
    var goal = [Int](repeating: -1, count: n)
    var reached = [Int](repeating: -1, count: capacities.count)
    var queue = [Int](repeating: 0, count: n + 1)
    // The column the free places gave the row before them on the path.
    var freeGave = -1

    func leave(_ r: Int, _ j: Int) {
      if j < units {
        if unitRow[j] == r { unitRow[j] = -1 }
      } else {
        let c = j - units
        let last = members[c].removeLast()
        if last != r {
          members[c][slot[r]] = last
          slot[last] = slot[r]
        }
        slot[r] = -1
      }
    }
    func enter(_ r: Int, _ j: Int) {
      col[r] = j
      if j < units {
        unitRow[j] = r
      } else {
        slot[r] = members[j - units].count
        members[j - units].append(r)
      }
    }

    for i in 0..<n {
      let current = col[i]
      guard start[i] < start[i + 1], tight[start[i]] < current else { continue }
      for k in first[current]..<first[current + 1] where holders[k] > i && col[holders[k]] != current {
        goal[holders[k]] = i
      }
      let freeGoal = freeable[current]
      var freeExpanded = false
      @inline(__always) func isGoal(_ r: Int) -> Bool { r < n ? goal[r] == i : freeGoal }
      var end = -1
      var tail = 0
      // Reaches the rows (and free places) of column `j` from `from` (-1: from `i`); stops at
      // a goal.
      func reach(_ j: Int, from: Int) -> Bool {
        func visit(_ h: Int) -> Bool {
          guard mark[h] != i else { return false }
          mark[h] = i
          parent[h] = from
          if h == free { freeGave = j }
          if isGoal(h) {
            end = h
            return true
          }
          queue[tail] = h
          tail += 1
          return false
        }
        if j < units {
          let h = unitRow[j]
          if h < 0 { return visit(free) }
          return h > i && visit(h)
        }
        let c = j - units
        guard reached[c] != i else { return false }
        reached[c] = i
        for h in members[c] where h > i { if visit(h) { return true } }
        return room[c] > 0 && visit(free)
      }
      candidates: for e in start[i]..<start[i + 1] {
        let j = tight[e]
        if j >= current { break }
        tail = 0
        if reach(j, from: -1) { break candidates }
        var head = 0
        while head < tail {
          let r = queue[head]
          head += 1
          let edges: Range<Int>
          if r == free {
            if freeExpanded { continue }
            freeExpanded = true
            edges = start[n]..<start[n + 1]
          } else {
            edges = start[r]..<start[r + 1]
          }
          for e in edges {
            let t = tight[e]
            if t == current || (r < n && t == col[r]) { continue }
            if reach(t, from: r) { break candidates }
          }
        }
      }
      guard end >= 0 else { continue }
      // Each node on the path takes the column of the one after it; the last takes `current`.
      var moves = [(row: Int, from: Int, to: Int)]()
      var r = end
      var take = current
      while r >= 0 {
        let old = r == free ? freeGave : col[r]
        moves.append((r, old, take))
        take = old
        r = parent[r]
      }
      moves.append((i, current, take))
      for move in moves where move.row < n { leave(move.row, move.from) }
      for move in moves {
        if move.row < n {
          enter(move.row, move.to)
        } else {
          if move.from >= units { room[move.from - units] -= 1 }
          if move.to >= units { room[move.to - units] += 1 }
        }
      }
    }
  }
}
