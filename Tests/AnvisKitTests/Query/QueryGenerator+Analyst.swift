@testable import AnvisKit

/// The generator's share of the constructs analysts asked for (issue 13): conditional and
/// distinct aggregates, expressions over aggregates, join kinds, windows, top, pivot, if/case,
/// between, membership in a pipeline and the date, text and number functions. Each adds a
/// tag so that the test can prove it was generated often enough.
extension QueryGenerator {
  private static func isText(_ t: FieldType) -> Bool {
    if case .enumeration = t { return true }
    return t == .string
  }

  private static func isNumber(_ t: FieldType) -> Bool { t == .int || t == .double }

  /// countif, sumif, avgif, dcount or avg(BOOL) as (anvis, SQL).
  mutating func extraAggregate(_ fields: Fields, _ kind: String) -> (String, String)? {
    let q = QueryGenerator.quote
    let numeric = fields.filter { QueryGenerator.isNumber($0.type) }
    switch kind {
    case "dcount":
      let f = pick(fields)
      tag("dcount")
      return ("dcount(\(f.name))", "count(DISTINCT \(q(f.name)))")
    case "avgbool":
      let bools = fields.filter { $0.type == .bool }
      guard !bools.isEmpty else { return nil }
      let f = pick(bools)
      tag("avg_bool")
      return ("avg(\(f.name))", "avg(CAST(\(q(f.name)) AS INTEGER))")
    default:
      let (c, sc) = boolExpr(fields, depth: 1)
      let which = numeric.isEmpty ? "countif" : pick(["countif", "sumif", "sumif", "avgif", "avgif"])
      tag(which)
      if which == "countif" { return ("countif(\(c))", "count(*) FILTER (WHERE \(sc))") }
      let f = pick(numeric)
      let sqlName = which == "sumif" ? "sum" : "avg"
      return ("\(which)(\(f.name), \(c))", "\(sqlName)(\(q(f.name))) FILTER (WHERE \(sc))")
    }
  }

  /// A numeric aggregate for an expression over aggregates.
  private mutating func numericAggregate(_ fields: Fields) -> (String, String) {
    let q = QueryGenerator.quote
    let numeric = fields.filter { QueryGenerator.isNumber($0.type) }
    switch rng.int(in: 0...3) {
    case 0: return ("count()", "count(*)")
    case 1:
      let (c, sc) = boolExpr(fields, depth: 1)
      tag("countif")
      return ("countif(\(c))", "count(*) FILTER (WHERE \(sc))")
    default:
      guard !numeric.isEmpty else { return ("count()", "count(*)") }
      let f = pick(numeric)
      let kind = pick(["sum", "avg", "max"])
      return ("\(kind)(\(f.name))", "\(kind)(\(q(f.name)))")
    }
  }

  /// `summarize e = A op B, n = count() [by …]`.
  mutating func aggregateExpression(_ fields: Fields, prev: String) -> (String, String)? {
    let q = QueryGenerator.quote
    let keys = rng.chance(0.7) ? distinctKeys(fields) : []
    let (a, sa) = numericAggregate(fields)
    let (b, sb) = numericAggregate(fields)
    let op = pick(["/", "+", "-", "*"])
    let sql =
      op == "/"
      ? "(CAST(\(sa) AS DOUBLE) / NULLIF(CAST(\(sb) AS DOUBLE), 0))"
      : "(CAST(\(sa) AS DOUBLE) \(op) CAST(\(sb) AS DOUBLE))"
    tag("summarize_expression")
    // A whole-number result stays whole in anvis: compare as numbers all the same.
    let anvis = "summarize e = \(a) \(op) \(b), n = count()"
    if keys.isEmpty { return (anvis, "SELECT \(sql) AS \"e\", count(*) AS \"n\", 1 AS __rn FROM \(prev)") }
    let list = keys.map(q).joined(separator: ", ")
    let order = keys.map { q($0) + " ASC NULLS LAST" }.joined(separator: ", ")
    return (
      anvis + " by " + keys.joined(separator: ", "),
      "SELECT \(list), \(sql) AS \"e\", count(*) AS \"n\", row_number() OVER (ORDER BY \(order)) AS __rn "
        + "FROM \(prev) GROUP BY \(list)"
    )
  }

  /// `join kind=left|semi|anti …`, sometimes with `== FIELD`.
  mutating func joinKind(_ fields: Fields, prev: String) -> (String, String)? {
    let q = QueryGenerator.quote
    guard let (anvis, sql) = join(fields, prev: prev) else { return nil }
    // "join TABLE on FIELD[ = RIGHT]"
    let words = anvis.split(separator: " ").map(String.init)
    guard words.count >= 4 else { return nil }
    let table = words[1]
    let left = words[3]
    var right = words.count >= 6 ? words[5] : nil
    let named = right != nil || rng.chance(0.3)
    if right == nil, named {
      guard let t = catalog.table(named: table) else { return nil }
      right = t.column(named: left) != nil ? left : "id"
    }
    let tail = named ? " == \(right ?? left)" : ""
    if named { tag("join_named_key") }
    let kind = pick(["left", "semi", "anti"])
    tag("join_" + kind)
    let text = "join kind=\(kind) \(table) on \(left)\(tail)"
    if kind == "left" {
      return (text, sql.replacingOccurrences(of: " l JOIN ", with: " l LEFT JOIN "))
    }
    let rightKey = right ?? (catalog.table(named: table)?.column(named: left) != nil ? left : "id")
    let exists =
      "EXISTS (SELECT 1 FROM \(table) r WHERE r.\(q(rightKey)) = l.\(q(left)))"
    return (text, "SELECT * FROM \(prev) l WHERE \(kind == "anti" ? "NOT " : "")\(exists)")
  }

  /// An ORDER BY key list for `sort`-style keys (missing last), then the incoming order.
  private func orderSQL(_ keys: [(String, Bool)]) -> String {
    (keys.map { QueryGenerator.quote($0.0) + ($0.1 ? " DESC" : " ASC") + " NULLS LAST" } + ["__rn"])
      .joined(separator: ", ")
  }

  /// `extend w = AGG(x) over (…)`, `row_number() over (…)`, `running_sum(x) over (…)`.
  mutating func window(_ fields: Fields, prev: String) -> (String, String)? {
    let q = QueryGenerator.quote
    let name = "w\(rng.int(in: 0...99))"
    guard !fields.contains(where: { $0.name == name }) else { return nil }
    let by = rng.chance(0.5) ? distinctKeys(fields) : []
    let partition = by.isEmpty ? "" : "PARTITION BY " + by.map(q).joined(separator: ", ") + " "
    let byText = by.isEmpty ? "" : "by " + by.joined(separator: ", ")
    if !by.isEmpty { tag("window_by") }
    let numeric = fields.filter { QueryGenerator.isNumber($0.type) }
    let ordered = fields.filter { $0.type != .bool }
    let choice = rng.int(in: 0...5)
    if choice == 5, !numeric.isEmpty {
      let f = pick(numeric)
      tag("window_share")
      tag("window_aggregate")
      return (
        "extend \(name) = \(f.name) / sum(\(f.name)) over (\(byText))",
        "SELECT *, (CAST(\(q(f.name)) AS DOUBLE) / NULLIF(CAST(sum(\(q(f.name))) OVER (\(partition)) AS DOUBLE), 0)) AS \(q(name)) FROM \(prev)"
      )
    }
    if choice <= 1 {
      // An aggregate over the whole input or each group.
      tag("window_aggregate")
      let (a, sa): (String, String)
      switch rng.int(in: 0...4) {
      case 0: (a, sa) = ("count()", "count(*)")
      case 1:
        let (c, sc) = boolExpr(fields, depth: 1)
        tag("countif")
        (a, sa) = ("countif(\(c))", "sum(CASE WHEN \(sc) THEN 1 ELSE 0 END)")
      case 2 where !ordered.isEmpty:
        let f = pick(ordered)
        let k = pick(["min", "max"])
        (a, sa) = ("\(k)(\(f.name))", "\(k)(\(q(f.name)))")
      default:
        guard !numeric.isEmpty else { return nil }
        let f = pick(numeric)
        let k = pick(["sum", "avg"])
        if choice == 1, k == "sum" {
          tag("window_share")
          return (
            "extend \(name) = \(f.name) / sum(\(f.name)) over (\(byText))",
            "SELECT *, (CAST(\(q(f.name)) AS DOUBLE) / NULLIF(CAST(sum(\(q(f.name))) OVER (\(partition)) AS DOUBLE), 0)) AS \(q(name)) FROM \(prev)"
          )
        }
        (a, sa) = ("\(k)(\(f.name))", "\(k)(\(q(f.name)))")
      }
      return (
        "extend \(name) = \(a) over (\(byText))", "SELECT *, (\(sa) OVER (\(partition))) AS \(q(name)) FROM \(prev)"
      )
    }
    var sort: [(String, Bool)] = []
    var sortText: [String] = []
    for _ in 0..<rng.int(in: (choice == 2 ? 0 : 1)...2) {
      let f = pick(fields)
      let desc = rng.chance(0.5)
      sort.append((f.name, desc))
      sortText.append(f.name + (desc ? " desc" : rng.chance(0.5) ? " asc" : ""))
    }
    let over =
      ([byText] + (sortText.isEmpty ? [] : ["sort " + sortText.joined(separator: ", ")]))
      .filter { !$0.isEmpty }.joined(separator: " ")
    if choice == 2 || numeric.isEmpty {
      tag("row_number")
      return (
        "extend \(name) = row_number() over (\(over))",
        "SELECT *, row_number() OVER (\(partition)ORDER BY \(orderSQL(sort))) AS \(q(name)) FROM \(prev)"
      )
    }
    let f = pick(numeric)
    tag("running_sum")
    return (
      "extend \(name) = running_sum(\(f.name)) over (\(over))",
      "SELECT *, sum(\(q(f.name))) OVER (\(partition)ORDER BY \(orderSQL(sort)) ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS \(q(name)) FROM \(prev)"
    )
  }

  /// `top N by x [asc|desc] [per f, …]`.
  mutating func top(_ fields: Fields, prev: String) -> (String, String)? {
    let q = QueryGenerator.quote
    let n = rng.int(in: 0...6)
    let f = pick(fields)
    let direction = pick(["", " asc", " desc"])
    let desc = direction != " asc"
    let per = rng.chance(0.6) ? distinctKeys(fields).filter { $0 != f.name } : []
    tag("top")
    guard !per.isEmpty else {
      return (
        "top \(n) by \(f.name)\(direction)",
        "SELECT * FROM (SELECT * REPLACE (row_number() OVER (ORDER BY \(orderSQL([(f.name, desc)]))) AS __rn) FROM \(prev)) ORDER BY __rn LIMIT \(n)"
      )
    }
    tag("top_per")
    let partition = per.map(q).joined(separator: ", ")
    let overall = orderSQL(per.map { ($0, false) } + [(f.name, desc)])
    return (
      "top \(n) by \(f.name)\(direction) per \(per.joined(separator: ", "))",
      "SELECT * EXCLUDE (__k) FROM (SELECT * REPLACE (row_number() OVER (ORDER BY \(overall)) AS __rn), "
        + "row_number() OVER (PARTITION BY \(partition) ORDER BY \(orderSQL([(f.name, desc)]))) AS __k FROM \(prev)) WHERE __k <= \(n)"
    )
  }

  /// `count by K, E | pivot E` or `summarize m = max(x) by K, E | pivot E` (E an enumeration).
  mutating func pivot(_ fields: Fields, prev: String) -> (String, String)? {
    let q = QueryGenerator.quote
    let enums = fields.filter { if case .enumeration = $0.type { true } else { false } }
    guard !enums.isEmpty else { return nil }
    let e = pick(enums)
    guard case .enumeration(let values) = e.type else { return nil }
    let others = fields.filter { $0.name != e.name && $0.name != "count" && $0.name != "m" && !values.contains($0.name) }
    guard !others.isEmpty else { return nil }
    let k = pick(others)
    let numeric = fields.filter { QueryGenerator.isNumber($0.type) && $0.name != e.name && $0.name != k.name }
    tag("pivot")
    let counting = numeric.isEmpty || rng.chance(0.5)
    let inner: String
    let anvis: String
    let value: String
    if counting {
      anvis = "count by \(k.name), \(e.name) | pivot \(e.name)"
      inner = "SELECT \(q(k.name)), \(q(e.name)), count(*) AS \"count\" FROM \(prev) GROUP BY ALL"
      value = "count"
    } else {
      let x = pick(numeric)
      tag("pivot_value")
      anvis = "summarize m = max(\(x.name)) by \(k.name), \(e.name) | pivot \(e.name)"
      inner = "SELECT \(q(k.name)), \(q(e.name)), max(\(q(x.name))) AS \"m\" FROM \(prev) GROUP BY ALL"
      value = "m"
    }
    let cells = values.map { v in
      let cell = "max(CASE WHEN \(q(e.name)) = '\(v)' THEN \(q(value)) END)"
      return (counting ? "coalesce(\(cell), 0)" : cell) + " AS \(q(v))"
    }
    return (
      anvis,
      "SELECT \(q(k.name)), \(cells.joined(separator: ", ")), row_number() OVER (ORDER BY \(q(k.name)) ASC NULLS LAST) AS __rn "
        + "FROM (\(inner)) GROUP BY \(q(k.name))"
    )
  }
}
