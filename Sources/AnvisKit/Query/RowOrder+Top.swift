extension RowOrder {
  /// The first `limit` rows of the stable sort, without sorting everything.
  ///
  /// With a numeric or date first key, each row is first tested against the current N-th row's
  /// score (`Scores`: smaller is earlier or equal; missing is +infinity, NaN +infinity ascending
  /// and −infinity descending), so most rows are rejected without calling the comparators. A large input is cut into pieces
  /// (`Parallel.chunks`) whose tops are taken on all cores and then merged piece after piece: a
  /// row enters after every row that orders before or equal to it, so the order of equal rows is
  /// kept.
  func top(_ limit: Int, of selection: [Int]?, count: Int) -> [Int] {
    guard limit > 0 else { return [] }
    let rows = selection?.count ?? count
    let pieces = Parallel.chunks(rows)
    guard pieces.count > 1 else { return top(limit, in: 0..<rows, of: selection) }
    let shared = Shared(order: self, selection: selection)
    let tops = Parallel.map(pieces.count) { k in
      shared.order.top(limit, in: pieces[k], of: shared.selection)
    }
    var best = Best(limit: limit)
    for part in tops { for r in part { best.consider(r, self) } }
    return best.rows
  }

  /// The top of the rows at `positions` of the selection (or of the base rows).
  private func top(_ limit: Int, in positions: Range<Int>, of selection: [Int]?) -> [Int] {
    var best = Best(limit: limit)
    let missing = first?.column.missing
    let descending = first?.descending ?? false
    switch first?.column.storage {
    case .double(let a):
      best.scan(positions, selection, self, NumberScores(values: a, missing: missing, descending: descending))
    case .int(let a), .date(let a):
      best.scan(positions, selection, self, WholeScores(values: a, missing: missing, descending: descending))
    default:
      for p in positions { best.consider(selection?[p] ?? p, self) }
    }
    return best.rows
  }

  /// The row order and selection, read (never written) by the pieces' threads.
  private struct Shared: @unchecked Sendable {
    let order: RowOrder
    let selection: [Int]?
  }

  /// A score per row that orders like a numeric first key.
  private protocol Scores {
    func score(_ r: Int) -> Double
  }

  private struct NumberScores: Scores {
    let values: [Double]
    let missing: [Bool]?
    let descending: Bool

    @inline(__always)
    func score(_ r: Int) -> Double {
      if let missing, missing[r] { return .infinity }
      let v = values[r]
      // NaN orders after every number (`RowOrder`): last but for missing ascending, first descending.
      if v.isNaN { return descending ? -.infinity : .infinity }
      return descending ? -v : v
    }
  }

  private struct WholeScores: Scores {
    let values: [Int]
    let missing: [Bool]?
    let descending: Bool

    @inline(__always)
    func score(_ r: Int) -> Double {
      if let missing, missing[r] { return .infinity }
      return descending ? -Double(values[r]) : Double(values[r])
    }
  }

  /// The rows so far, at most `limit`, in order.
  private struct Best {
    let limit: Int
    var rows: [Int] = []

    init(limit: Int) {
      self.limit = limit
      rows.reserveCapacity(limit + 1)
    }

    /// Inserts `r` after every row that orders before or equal to it (stability).
    mutating func consider(_ r: Int, _ order: RowOrder) {
      if rows.count == limit {
        guard let last = rows.last, order.compare(r, last) < 0 else { return }
      }
      var lo = 0
      var hi = rows.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if order.compare(rows[mid], r) <= 0 { lo = mid + 1 } else { hi = mid }
      }
      rows.insert(r, at: lo)
      if rows.count > limit { rows.removeLast() }
    }

    /// Considers the rows at `positions`, skipping without the comparators each row that
    /// scores above the current last row.
    mutating func scan<S: Scores>(_ positions: Range<Int>, _ selection: [Int]?, _ order: RowOrder, _ s: S) {
      var threshold = Double.infinity
      for p in positions {
        let r = selection?[p] ?? p
        if rows.count == limit, s.score(r) > threshold { continue }
        consider(r, order)
        if rows.count == limit, let last = rows.last { threshold = s.score(last) }
      }
    }
  }
}
