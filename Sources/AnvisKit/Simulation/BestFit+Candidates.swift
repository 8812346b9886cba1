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
  struct Candidates {
    private var lists: [[(case: Int, score: Double)]]
    private let keep: [Int]

    init(keep: Int, freePlaces: [Int]) {
      self.keep = [keep] + freePlaces.map { Swift.min(keep, Swift.max(0, $0)) }
      lists = self.keep.map { k in
        var list = [(case: Int, score: Double)]()
        list.reserveCapacity(Swift.min(k, 64) + 1)
        return list
      }
    }

    /// Whether (case `c`, score `s`) comes before `other`: score descending, then case ascending.
    @inline(__always)
    static func precedes(_ c: Int, _ s: Double, _ other: (case: Int, score: Double)) -> Bool {
      s > other.score || (s == other.score && c < other.case)
    }

    /// Insertion into the sorted list of the case's method: `keep` is small.
    @inline(__always)
    mutating func add(_ c: Int, _ s: Double, method: Int) {
      let g = method + 1
      let k = keep[g]
      if lists[g].count == k {
        guard k > 0, let last = lists[g].last, Self.precedes(c, s, last) else { return }
      }
      var i = lists[g].count
      while i > 0 && Self.precedes(c, s, lists[g][i - 1]) { i -= 1 }
      lists[g].insert((c, s), at: i)
      if lists[g].count > k { lists[g].removeLast() }
    }

    /// The kept cases of every method, best first.
    var best: [(case: Int, score: Double)] {
      if lists[1].isEmpty && lists[2].isEmpty && lists[3].isEmpty { return lists[0] }
      return lists.flatMap { $0 }.sorted { Self.precedes($0.case, $0.score, $1) }
    }
  }
}
