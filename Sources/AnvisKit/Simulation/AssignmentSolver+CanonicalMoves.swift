extension AssignmentSolver {
  /// The most holder entries `moveToCanonical` reads to mark the rows one step before a goal.
  static let nearBudget = 4096

  /// The moves of `canonicalize` over its tight lists (unchecked buffers: this is the loop
  /// that runs long when there are many ties). `full[r]` is row `r`'s column, `rowOf` the
  /// inverse, both over the rows made square; rows `n..<m` are the zero-cost rows, which share
  /// one list.
  ///
  /// Row `i` (rows before it fixed) takes the smallest tight column `j` left of its own from
  /// which a path of tight pairs leads back to its own column: from the row holding `j` to a
  /// row holding a tight column of it, and so on, to a row that may take `i`'s column. The
  /// search runs forward from the holder of `j` and ends at the first row found that is a goal:
  /// a row with `i`'s column among its tight pairs, or a row one step before such a row (both
  /// sets found first through the lists turned round, column to rows). Which path is found
  /// does not matter: the rows after `i` are made canonical in their turn.
  static func moveToCanonical(
    tight: UnsafeBufferPointer<Int>, start: UnsafeBufferPointer<Int>, full: UnsafeMutableBufferPointer<Int>,
    rowOf: UnsafeMutableBufferPointer<Int>, rows n: Int, columns m: Int, nearBudget: Int = nearBudget
  ) {
    @inline(__always) func edges(_ r: Int) -> Range<Int> {
      r < n ? start[r]..<start[r &+ 1] : start[n]..<start[n &+ 1]
    }
    let work = UnsafeMutablePointer<Int>.allocate(capacity: 7 * m + 1 + start[n])
    defer { work.deallocate() }
    work.initialize(repeating: -1, count: 7 * m + 1 + start[n])
    // Per row: the row `i` whose search last reached it and from where (the path back); the
    // row `i` for which it is a goal (`goal`), or a goal one step before `next` (`near`).
    let mark = work
    let parent = mark + m
    let queue = parent + m
    let goal = queue + m
    let near = goal + m
    let next = near + m
    // The real rows holding each column tight: `holders[first[c]..<first[c + 1]]`.
    let first = next + m
    let holders = first + m + 1
    for c in 0...m { first[c] = 0 }
    for r in 0..<n { for e in edges(r) { first[tight[e] &+ 1] &+= 1 } }
    for c in 0..<m { first[c &+ 1] &+= first[c] }
    for r in 0..<n {
      for e in edges(r) {
        let c = tight[e]
        holders[first[c]] = r
        first[c] &+= 1
      }
    }
    for c in stride(from: m, to: 0, by: -1) { first[c] = first[c &- 1] }
    first[0] = 0
    // The zero-cost rows may take the columns of their list.
    let freeable = UnsafeMutableBufferPointer<Bool>.allocate(capacity: m)
    defer { freeable.deallocate() }
    freeable.initialize(repeating: false)
    for e in start[n]..<start[n &+ 1] { freeable[tight[e]] = true }

    for i in 0..<n {
      let current = full[i]
      let own = edges(i)
      guard own.lowerBound < own.upperBound, tight[own.lowerBound] < current else { continue }
      // Goals: rows after `i` that may take `current`, then the rows one step before them.
      let dummyGoal = freeable[current]
      var nearWork = 0
      for k in first[current]..<first[current &+ 1] where holders[k] > i {
        let b = holders[k]
        goal[b] = i
        nearWork &+= first[full[b] &+ 1] &- first[full[b]]
      }
      // The rows one step before a goal only shorten a search by that step (the search reaches
      // the goal through them anyway), so they are marked only while that is cheap: with many
      // ties a column is tight for most rows, and marking them cost rows × holders² (40 % of
      // a national best-fit run under rent.rule = income).
      if nearWork <= nearBudget {
        for k in first[current]..<first[current &+ 1] {
          let b = holders[k]
          guard b > i else { continue }
          let held = full[b]
          for q in first[held]..<first[held &+ 1] {
            let r = holders[q]
            if r > i && goal[r] != i && near[r] != i {
              near[r] = i
              next[r] = b
            }
          }
        }
      }
      @inline(__always) func isGoal(_ r: Int) -> Bool { r < n ? goal[r] == i : dummyGoal }
      var dummyExpanded = false
      candidates: for k in own {
        let j = tight[k]
        if j >= current { break }
        let holder = rowOf[j]
        if holder < i || mark[holder] == i { continue }  // fixed, or already searched from
        mark[holder] = i
        parent[holder] = -1
        var end = -1
        if isGoal(holder) {
          end = holder
        } else if holder < n && near[holder] == i {
          end = next[holder]
          parent[end] = holder
        } else {
          // Breadth-first from `holder` until a goal is found.
          queue[0] = holder
          var head = 0
          var tail = 1
          search: while head < tail {
            let r = queue[head]
            head &+= 1
            if r >= n {
              if dummyExpanded { continue }
              dummyExpanded = true
            }
            for e in edges(r) {
              let h = rowOf[tight[e]]
              guard h > i && mark[h] != i else { continue }
              mark[h] = i
              parent[h] = r
              if isGoal(h) {
                end = h
                break search
              }
              if h < n && near[h] == i {
                end = next[h]
                parent[end] = h
                break search
              }
              queue[tail] = h
              tail &+= 1
            }
          }
        }
        guard end >= 0 else { continue candidates }
        // Shift along the cycle: each row takes the column of the row it reached.
        var r = end
        var take = current
        while r >= 0 {
          let old = full[r]
          full[r] = take
          rowOf[take] = r
          take = old
          r = parent[r]
        }
        full[i] = j
        rowOf[j] = i
        break
      }
    }
  }
}
