/// Orders rows by keys: ascending or descending per key, missing values last either way,
/// ties kept in their incoming order (the sort is stable). NaN is the greatest number. Enumerations order by their text;
/// text in an id field (`NaturalOrder.isIDField`) orders naturally, `org-2` before `org-10`.
struct RowOrder {
  typealias Comparator = (Int, Int) -> Int

  private let comparators: [Comparator]
  private let keys: [(column: Column, descending: Bool)]
  var first: (column: Column, descending: Bool)? { keys.first }

  init(_ keys: [(column: Column, descending: Bool)]) {
    comparators = keys.map { RowOrder.comparator($0.column, descending: $0.descending) }
    self.keys = keys
  }

  /// -1, 0 or 1: how base row `a` orders against base row `b`.
  @inline(__always)
  func compare(_ a: Int, _ b: Int) -> Int {
    for c in comparators {
      let order = c(a, b)
      if order != 0 { return order }
    }
    return 0
  }

  /// The rows, stably sorted (ties keep their order): one stable pass per key, last key
  /// first, each sorting (score, position) pairs where the score orders exactly like the key.
  func sorted(_ rows: [Int]) -> [Int] {
    var order = rows
    for key in keys.reversed() {
      guard let score = RowOrder.exactScores(key.column, descending: key.descending, rows: order) else {
        return comparatorSorted(rows)
      }
      var pairs = [(Double, Int)](repeating: (0, 0), count: order.count)
      for i in pairs.indices { pairs[i] = (score[i], i) }
      pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
      order = pairs.map { order[$0.1] }
    }
    return order
  }

  /// The stable sort through the comparators (for keys without exact scores).
  func comparatorSorted(_ rows: [Int]) -> [Int] {
    let positions = rows.withUnsafeBufferPointer { rows in
      Array(rows.indices).sorted { p, q in
        let order = compare(rows[p], rows[q])
        return order != 0 ? order < 0 : p < q
      }
    }
    return positions.map { rows[$0] }
  }

  /// For each of `rows`, a number that orders exactly as the key does (missing last, as
  /// +infinity); nil when no such number exists (whole numbers beyond 2^53, NaN).
  static func exactScores(_ column: Column, descending: Bool, rows: [Int]) -> [Double]? {
    var out = [Double](repeating: 0, count: rows.count)
    switch column.storage {
    case .double(let a):
      for (i, r) in rows.enumerated() {
        guard !a[r].isNaN else { return nil }
        out[i] = a[r]
      }
    case .int(let a), .date(let a):
      let limit = 1 << 53
      for (i, r) in rows.enumerated() {
        guard a[r] > -limit, a[r] < limit else { return nil }
        out[i] = Double(a[r])
      }
    case .bool(let a):
      for (i, r) in rows.enumerated() { out[i] = a[r] ? 1 : 0 }
    case .enumeration(let codes, let values):
      let rank = textRanks(values, natural: NaturalOrder.isIDField(column.name))
      for (i, r) in rows.enumerated() { out[i] = Double(rank[Int(codes[r])]) }
    case .string(let a):
      let (codes, distinct) = Grouping.encodeStrings(a, column.missing, rows, rows.count)
      var rank = [Double](repeating: 0, count: distinct.count)
      let natural = NaturalOrder.isIDField(column.name)
      let order = distinct.indices.sorted { i, j in
        natural ? NaturalOrder.less(distinct[i], distinct[j]) : RowOrder.plainLess(distinct[i], distinct[j])
      }
      for (position, code) in order.enumerated() {
        rank[code] = Double(position)
      }
      for i in out.indices where codes[i] >= 0 { out[i] = rank[Int(codes[i])] }
    case .coded(let codes, let values):
      let rank = codedRanks(codes, values, natural: NaturalOrder.isIDField(column.name))
      for (i, r) in rows.enumerated() { out[i] = Double(rank[r]) }
    }
    if descending { for i in out.indices { out[i] = -out[i] } }
    if let m = column.missing { for (i, r) in rows.enumerated() where m[r] { out[i] = .infinity } }
    return out
  }

  static func comparator(_ column: Column, descending: Bool) -> Comparator {
    let sign = descending ? -1 : 1
    func make<T: Comparable>(_ a: [T]) -> Comparator {
      if let m = column.missing {
        return { i, j in
          let mi = m[i]
          let mj = m[j]
          if mi || mj { return mi == mj ? 0 : (mi ? 1 : -1) }
          return a[i] < a[j] ? -sign : (a[i] == a[j] ? 0 : sign)
        }
      }
      return { i, j in a[i] < a[j] ? -sign : (a[i] == a[j] ? 0 : sign) }
    }
    switch column.storage {
    case .int(let a), .date(let a): return make(a)
    case .double(let a):
      // NaN orders after every number, as in DuckDB and PostgreSQL, so that the order stays
      // total should one appear (files and arithmetic let none in).
      guard a.contains(where: \.isNaN) else { return make(a) }
      let missing = column.missing
      return { i, j in
        let mi = missing?[i] ?? false
        let mj = missing?[j] ?? false
        if mi || mj { return mi == mj ? 0 : (mi ? 1 : -1) }
        let ni = a[i].isNaN
        let nj = a[j].isNaN
        if ni || nj { return ni == nj ? 0 : (ni ? sign : -sign) }
        return a[i] < a[j] ? -sign : (a[i] == a[j] ? 0 : sign)
      }
    case .string(let a):
      guard NaturalOrder.isIDField(column.name) else { return make(a) }
      return { i, j in
        let mi = column.isMissing(i)
        let mj = column.isMissing(j)
        if mi || mj { return mi == mj ? 0 : (mi ? 1 : -1) }
        return sign * NaturalOrder.compare(a[i], a[j])
      }
    case .bool(let a): return make(a.map { $0 ? 1 : 0 })
    case .enumeration(let codes, let values):
      let rank = textRanks(values, natural: NaturalOrder.isIDField(column.name))
      return make(codes.map { rank[Int($0)] })
    case .coded(let codes, let values):
      return make(codedRanks(codes, values, natural: NaturalOrder.isIDField(column.name)))
    }
  }

  /// For each row of coded text, the position of its text when the texts are sorted; equal
  /// texts (which may have several codes) share one, and a row without a text has 0.
  static func codedRanks(_ codes: [Int32], _ values: [String], natural: Bool) -> [Int32] {
    var rank = [Int32](repeating: 0, count: values.count)
    let order = values.indices.sorted { i, j in
      natural ? NaturalOrder.less(values[i], values[j]) : RowOrder.plainLess(values[i], values[j])
    }
    for (position, code) in order.enumerated() {
      let same = position > 0 && values[order[position - 1]] == values[code]
      rank[code] = same ? rank[order[position - 1]] : Int32(position)
    }
    return codes.map { $0 >= 0 && Int($0) < rank.count ? rank[Int($0)] : 0 }
  }

  /// Text order by code point (`<`), as a function value.
  static func plainLess(_ a: String, _ b: String) -> Bool { a < b }

  /// For each enumeration code, its position when the values are sorted as text.
  static func textRanks(_ values: [String], natural: Bool = false) -> [Int32] {
    var rank = [Int32](repeating: 0, count: values.count)
    let order = values.indices.sorted { i, j in
      natural ? NaturalOrder.less(values[i], values[j]) : RowOrder.plainLess(values[i], values[j])
    }
    for (position, code) in order.enumerated() {
      rank[code] = Int32(position)
    }
    return rank
  }
}
