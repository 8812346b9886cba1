@testable import AnvisKit

/// Random valid queries over a catalog, each with an equivalent DuckDB SQL text. The SQL
/// carries an explicit row order `__rn` through every stage so that results compare row by
/// row: anvis's stable sort, first-appearance `distinct` and count/summarize orders included.
struct QueryGenerator {
  var rng: SeededRandom
  let catalog: TableCatalog
  let sources: [String]

  struct Query {
    var anvis: String
    var sql: String
    /// The constructs this query uses (for the per-construct counts).
    var tags: [String]
  }

  /// Constructs used by the query being made.
  var tags: [String] = []
  /// The first few stages the checker refused (each a bug in the generator or in anvis).
  var rejections: [String] = []

  mutating func tag(_ name: String) { tags.append(name) }

  typealias Fields = [Field]

  mutating func pick<T>(_ items: [T]) -> T { items[rng.int(in: 0...(items.count - 1))] }

  mutating func make() -> Query {
    let source = pick(sources)
    var anvis = source
    var ctes = ["s0 AS (SELECT * FROM \(source))"]
    var stageCount = rng.int(in: 0...4)
    var ended = false
    tags = []
    while stageCount > 0 {
      stageCount -= 1
      guard let plan = try? QueryEngine.prepare(anvis, catalog: catalog) else { break }
      let fields = plan.plan.schema
      let prev = "s\(ctes.count - 1)"
      let before = tags.count
      guard let (stage, sql) = stage(fields, prev: prev, ended: &ended) else {
        tags.removeLast(tags.count - before)
        continue
      }
      let candidate = anvis + " | " + stage
      do {
        _ = try QueryEngine.prepare(candidate, catalog: catalog)
      } catch {
        if rejections.count < 5 { rejections.append(candidate + "\n" + error.message) }
        tags.removeLast(tags.count - before)
        tags.append("rejected")
        continue
      }
      anvis = candidate
      ctes.append("s\(ctes.count) AS (\(sql))")
    }
    let last = "s\(ctes.count - 1)"
    let sql = "WITH " + ctes.joined(separator: ",\n") + "\nSELECT * EXCLUDE (__rn) FROM \(last) ORDER BY __rn"
    return Query(anvis: anvis, sql: sql, tags: tags)
  }

  static func quote(_ name: String) -> String { "\"" + name + "\"" }

  mutating func stage(_ fields: Fields, prev: String, ended: inout Bool) -> (String, String)? {
    let q = QueryGenerator.quote
    let choice =
      ended
      ? pick(["where", "sort", "take", "top"])
      : pick([
        "where", "where", "where", "select", "extend", "sort", "take", "distinct", "count", "countby",
        "countby", "summarize", "summarize", "join", "joinkind", "joinkind", "joinkind", "window", "window", "window",
        "window", "top", "pivot", "pivot", "aggexpr", "function", "function",
      ])
    switch choice {
    case "joinkind": return joinKind(fields, prev: prev)
    case "function":
      let name = "f\(rng.int(in: 0...99))"
      guard !fields.contains(where: { $0.name == name }),
        let (a, sa) = rng.chance(0.6) ? numberFunction(fields, depth: 1) : textFunction(fields)
      else { return nil }
      return ("extend \(name) = \(a)", "SELECT *, (\(sa)) AS \(QueryGenerator.quote(name)) FROM \(prev)")
    case "window": return window(fields, prev: prev)
    case "top": return top(fields, prev: prev)
    case "pivot":
      guard let result = pivot(fields, prev: prev) else { return nil }
      ended = true
      return result
    case "aggexpr":
      guard let result = aggregateExpression(fields, prev: prev) else { return nil }
      ended = true
      return result
    case "where":
      let (a, s) = boolExpr(fields, depth: 2)
      return ("where " + a, "SELECT * FROM \(prev) WHERE \(s)")
    case "select":
      var parts: [String] = []
      var sqls: [String] = []
      var used = Set<String>()
      for i in 0..<rng.int(in: 1...3) {
        if rng.chance(0.5) {
          let f = pick(fields)
          guard !used.contains(f.name) else { continue }
          used.insert(f.name)
          parts.append(f.name)
          sqls.append(q(f.name))
        } else {
          let name = "e\(i)"
          used.insert(name)
          let (a, s) = anyExpr(fields, depth: 2)
          parts.append("\(name) = \(a)")
          sqls.append("(\(s)) AS \(q(name))")
        }
      }
      guard !parts.isEmpty else { return nil }
      return (
        "select " + parts.joined(separator: ", "), "SELECT \(sqls.joined(separator: ", ")), __rn FROM \(prev)"
      )
    case "extend":
      let replace = rng.chance(0.3)
      let name = replace ? pick(fields).name : "x\(rng.int(in: 0...99))"
      if fields.contains(where: { $0.name == name }), !replace { return nil }
      let (a, s) = anyExpr(fields, depth: 2)
      let sql =
        fields.contains(where: { $0.name == name })
        ? "SELECT * REPLACE ((\(s)) AS \(q(name))) FROM \(prev)"
        : "SELECT *, (\(s)) AS \(q(name)) FROM \(prev)"
      return ("extend \(name) = \(a)", sql)
    case "sort":
      var keys: [String] = []
      var sqls: [String] = []
      for _ in 0..<rng.int(in: 1...2) {
        let f = pick(fields)
        let desc = rng.chance(0.5)
        keys.append(f.name + (desc ? " desc" : rng.chance(0.3) ? " asc" : ""))
        sqls.append(q(f.name) + (desc ? " DESC" : " ASC") + " NULLS LAST")
      }
      return (
        "sort " + keys.joined(separator: ", "),
        "SELECT * REPLACE (row_number() OVER (ORDER BY \(sqls.joined(separator: ", ")), __rn) AS __rn) FROM \(prev)"
      )
    case "take":
      let n = rng.int(in: 0...20)
      return ("take \(n)", "SELECT * FROM \(prev) ORDER BY __rn LIMIT \(n)")
    case "distinct":
      let keys = distinctKeys(fields)
      let list = keys.map(q).joined(separator: ", ")
      return (
        "distinct " + keys.joined(separator: ", "),
        "SELECT \(list), min(__rn) AS __rn FROM \(prev) GROUP BY \(list)"
      )
    case "count":
      ended = true
      return ("count", "SELECT count(*) AS \"count\", 1 AS __rn FROM \(prev)")
    case "countby":
      let keys = distinctKeys(fields).filter { $0 != "count" }
      guard !keys.isEmpty else { return nil }
      ended = true
      let list = keys.map(q).joined(separator: ", ")
      let order = keys.map { q($0) + " ASC NULLS LAST" }.joined(separator: ", ")
      return (
        "count by " + keys.joined(separator: ", "),
        "SELECT \(list), count(*) AS \"count\", row_number() OVER (ORDER BY count(*) DESC, \(order)) AS __rn "
          + "FROM \(prev) GROUP BY \(list)"
      )
    case "summarize":
      ended = true
      let keys = rng.chance(0.7) ? distinctKeys(fields) : []
      var aggs: [String] = []
      var sqls: [String] = []
      for i in 0..<rng.int(in: 1...3) {
        let name = "a\(i)"
        let numeric = fields.filter { $0.type == .int || $0.type == .double }
        let ordered = fields.filter { $0.type != .bool }
        var kind = pick([
          "count", "sum", "avg", "min", "max", "median", "p", "cond", "cond", "cond", "cond", "dcount", "dcount", "avgbool",
          "avgbool", "avgbool",
        ])
        let extra = ["cond", "dcount", "avgbool"].contains(kind) ? extraAggregate(fields, kind) : nil
        if ["cond", "dcount", "avgbool"].contains(kind), extra == nil { kind = "count" }
        if let (a, sql) = extra {
          aggs.append("\(name) = \(a)")
          sqls.append("\(sql) AS \(q(name))")
        } else if kind == "count" || numeric.isEmpty {
          aggs.append("\(name) = count()")
          sqls.append("count(*) AS \(q(name))")
        } else if kind == "min" || kind == "max", !ordered.isEmpty {
          let f = pick(ordered)
          aggs.append("\(name) = \(kind)(\(f.name))")
          sqls.append("\(kind)(\(q(f.name))) AS \(q(name))")
        } else {
          let f = pick(numeric)
          let arg = rng.chance(0.3) ? "\(f.name) * 2" : f.name
          let sarg = arg == f.name ? q(f.name) : "\(q(f.name)) * 2"
          switch kind {
          case "median":
            aggs.append("\(name) = median(\(arg))")
            sqls.append("quantile_cont(\(sarg), 0.5) AS \(q(name))")
          case "p":
            let p = pick([10, 25, 90, 100, 0])
            aggs.append("\(name) = p(\(arg), \(p))")
            sqls.append("quantile_cont(\(sarg), \(Double(p) / 100)) AS \(q(name))")
          case "avg", "sum":
            aggs.append("\(name) = \(kind)(\(arg))")
            sqls.append("\(kind)(\(sarg)) AS \(q(name))")
          default:
            aggs.append("\(name) = \(kind)(\(arg))")
            sqls.append("\(kind)(\(sarg)) AS \(q(name))")
          }
        }
      }
      let by = keys.isEmpty ? "" : " by " + keys.joined(separator: ", ")
      if keys.isEmpty {
        return (
          "summarize " + aggs.joined(separator: ", "),
          "SELECT \(sqls.joined(separator: ", ")), 1 AS __rn FROM \(prev)"
        )
      }
      let list = keys.map(q).joined(separator: ", ")
      let order = keys.map { q($0) + " ASC NULLS LAST" }.joined(separator: ", ")
      return (
        "summarize " + aggs.joined(separator: ", ") + by,
        "SELECT \(list), \(sqls.joined(separator: ", ")), row_number() OVER (ORDER BY \(order)) AS __rn "
          + "FROM \(prev) GROUP BY \(list)"
      )
    default:
      return join(fields, prev: prev)
    }
  }

  mutating func distinctKeys(_ fields: Fields) -> [String] {
    var keys: [String] = []
    for _ in 0..<rng.int(in: 1...2) {
      let f = pick(fields).name
      if !keys.contains(f) { keys.append(f) }
    }
    return keys
  }

  mutating func join(_ fields: Fields, prev: String) -> (String, String)? {
    let q = QueryGenerator.quote
    var options: [(String, Field, String)] = []  // right table, left field, right field
    for name in ["departments", "organisations", "areas", "teams"] {
      guard let right = catalog.table(named: name) else { continue }
      for f in fields {
        let isText = f.type == .string || { if case .enumeration = f.type { true } else { false } }()
        if right.column(named: f.name) != nil, isText {
          options.append((name, f, f.name))
        } else if right.column(named: f.name) == nil, isText, right.column(named: "id") != nil,
          ["department", "organisation", "area", "id"].contains(f.name)
        {
          options.append((name, f, "id"))
        }
      }
      if let need = fields.first(where: { $0.name == "need" }), name == "teams" {
        options.append((name, need, "method"))
      }
    }
    guard !options.isEmpty else { return nil }
    let (table, left, rightKey) = pick(options)
    let explicit = rightKey == "method"
    let anvis = "join \(table) on \(left.name)" + (explicit ? " = method" : "")
    // Output names as anvis gives them.
    guard let right = catalog.table(named: table) else { return nil }
    let rightColumns = right.fieldNames.filter { $0 != rightKey && $0 != "__rn" }
    var taken = Set(fields.map(\.name))
    let singular = String(table.dropLast())
    var selects: [String] = []
    for c in rightColumns {
      var n = c
      if taken.contains(n) { n = singular + "_" + c }
      if taken.contains(n) { n = table + "_" + c }
      var k = 2
      while taken.contains(n) {
        n = table + "_" + c + "_" + String(k)
        k += 1
      }
      taken.insert(n)
      selects.append("r.\(q(c)) AS \(q(n))")
    }
    let sql =
      "SELECT l.* EXCLUDE (__rn), \(selects.joined(separator: ", ")), row_number() OVER (ORDER BY l.__rn, r.__rn) AS __rn "
      + "FROM \(prev) l JOIN \(table) r ON l.\(q(left.name)) = r.\(q(rightKey))"
    return (anvis, sql)
  }
}
