extension BestFit {
  /// Per unit, its best eligible cases, best first, by (score descending, case ascending): a
  /// total order, so the list does not depend on the order cases are added in.
  ///
  /// Only the top few can matter, kept per support method (none, CTI, ICM, ACT):
  /// - of the cases without a method, the top `keep` (the number of units): a unit can lose at
  ///   most keep − 1 of them to the others;
  /// - of a method's cases, the top min(keep, free places): in an optimum, the other units hold at
  ///   most places − 1 of that method's cases when this unit holds one, so a case further down
  ///   would leave a better one of the same method free, and moving to it would break no limit.
  ///
  /// Up to `insertionLimit` a list is kept sorted as cases come; above it the cases are
  /// gathered unsorted, cut to the best `keep` whenever twice as many have come (`cut`), and
  /// ranked once in `best` (a sort, where keeping each list sorted on the way cost an insertion
  /// per case into lists as long as `keep`). `bar` tells a caller which cases would not be
  /// kept, so it can pass them unscored; `reset` starts the next unit in the same buffers.
  struct Candidates {
    private var lists: [[(case: Int, score: Double)]] = [[], [], [], []]
    private var keep: [Int] = [0, 0, 0, 0]
    /// Per method above the insertion limit: the lowest score of the `keep` cases its list was
    /// last cut to (`cut`); -infinity before.
    private var floor: [Double] = [-.infinity, -.infinity, -.infinity, -.infinity]

    init(keep: Int, freePlaces: [Int]) { reset(keep: keep, freePlaces: freePlaces) }

    /// Empties the lists for another unit, keeping their storage.
    mutating func reset(keep: Int, freePlaces: [Int]) {
      self.keep[0] = keep
      for m in 0..<3 { self.keep[m + 1] = Swift.min(keep, Swift.max(0, freePlaces[m])) }
      for g in 0..<4 {
        lists[g].removeAll(keepingCapacity: true)
        floor[g] = -.infinity
      }
    }

    /// A score a case of `method` must reach to be kept: one under it never is (+infinity when
    /// the method keeps nobody, -infinity while any case may be). With a full sorted list, its
    /// last score; above the insertion limit, the lowest score of the last `cut`.
    @inline(__always)
    func bar(method: Int) -> Double {
      let g = method + 1
      let k = keep[g]
      if k == 0 { return .infinity }
      guard k <= Self.insertionLimit else { return floor[g] }
      return lists[g].count == k ? lists[g][k - 1].score : -.infinity
    }

    /// Whether (case `c`, score `s`) comes before `other`: score descending, then case ascending.
    @inline(__always)
    static func precedes(_ c: Int, _ s: Double, _ other: (case: Int, score: Double)) -> Bool {
      s > other.score || (s == other.score && c < other.case)
    }

    /// Up to this `keep`, a list is kept sorted as cases come (an insertion into a short list,
    /// and most cases fall past its end once it is full); above it, gathered and ranked in `best`.
    static let insertionLimit = 16

    @inline(__always)
    mutating func add(_ c: Int, _ s: Double, method: Int) {
      let g = method + 1
      let k = keep[g]
      guard k > 0 else { return }
      guard k <= Self.insertionLimit else {
        lists[g].append((c, s))
        if lists[g].count >= 2 * k { cut(g) }
        return
      }
      if lists[g].count == k {
        guard let last = lists[g].last, Self.precedes(c, s, last) else { return }
      }
      var i = lists[g].count
      while i > 0 && Self.precedes(c, s, lists[g][i - 1]) { i -= 1 }
      lists[g].insert((c, s), at: i)
      if lists[g].count > k { lists[g].removeLast() }
    }

    /// Cuts list `g` to its best `keep` (in any order), which hold the best `keep` of all its
    /// cases to come, and raises its floor to their lowest score.
    private mutating func cut(_ g: Int) {
      let k = keep[g]
      lists[g].withUnsafeMutableBufferPointer { Self.selectFirst(k, of: $0) }
      lists[g].removeLast(lists[g].count - k)
      var lowest = Double.infinity
      for entry in lists[g] where entry.score < lowest { lowest = entry.score }
      floor[g] = lowest
    }

    /// The kept cases of every method, best first.
    var best: [(case: Int, score: Double)] {
      mutating get {
        var groups = 0
        var only = 0
        for g in 0..<4 where !lists[g].isEmpty {
          let k = keep[g]
          if k > Self.insertionLimit {
            lists[g].withUnsafeMutableBufferPointer { Self.selectFirst(k, of: $0) }
            if lists[g].count > k { lists[g].removeLast(lists[g].count - k) }
            lists[g].sort { Self.precedes($0.case, $0.score, $1) }
          }
          groups += 1
          only = g
        }
        if groups <= 1 { return lists[only] }
        var out = [(case: Int, score: Double)]()
        for g in 0..<4 { out += lists[g] }
        out.sort { Self.precedes($0.case, $0.score, $1) }
        return out
      }
    }

    /// Moves the first `k` of `a` by `precedes` to its front, in any order (quickselect with
    /// a median-of-three pivot; the order is strict, as no case comes twice).
    static func selectFirst(_ k: Int, of a: UnsafeMutableBufferPointer<(case: Int, score: Double)>) {
      var lo = 0
      var hi = a.count - 1
      guard k > 0, k < a.count else { return }
      @inline(__always) func before(_ i: Int, _ j: Int) -> Bool { precedes(a[i].case, a[i].score, a[j]) }
      while lo < hi {
        let mid = lo + (hi - lo) / 2
        if before(mid, lo) { a.swapAt(mid, lo) }
        if before(hi, lo) { a.swapAt(hi, lo) }
        if before(hi, mid) { a.swapAt(hi, mid) }
        if hi - lo < 3 { return }  // three or fewer, now in order
        // a[lo] ≤ a[mid] ≤ a[hi]: the pivot goes to hi - 1, then Hoare's partition.
        a.swapAt(mid, hi - 1)
        let pivot = a[hi - 1]
        var i = lo
        var j = hi - 1
        while true {
          repeat { i += 1 } while precedes(a[i].case, a[i].score, pivot)
          repeat { j -= 1 } while precedes(pivot.case, pivot.score, a[j])
          if i >= j { break }
          a.swapAt(i, j)
        }
        a.swapAt(i, hi - 1)
        // a[lo..<i] come before the pivot at i, a[i+1...hi] after it.
        if i == k || i + 1 == k { return }
        if k < i { hi = i - 1 } else { lo = i + 1 }
      }
    }
  }
}
