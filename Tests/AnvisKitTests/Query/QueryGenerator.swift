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
      for t in QueryGenerator.stageTags(stage) { tag(t) }
      ctes.append("s\(ctes.count) AS (\(sql))")
    }
    let last = "s\(ctes.count - 1)"
    let sql = "WITH " + ctes.joined(separator: ",\n") + "\nSELECT * EXCLUDE (__rn) FROM \(last) ORDER BY __rn"
    return Query(anvis: anvis, sql: sql, tags: tags)
  }

  static func quote(_ name: String) -> String { "\"" + name + "\"" }

  /// The kinds of the stages in `text` (one stage, or a few joined by `|` outside brackets), for
  /// the per-stage counts: `stage_where`, `stage_count_by`, `stage_join`…
  static func stageTags(_ text: String) -> [String] {
    var pieces: [String] = []
    var depth = 0
    var current = ""
    var quoted = false
    for ch in text {
      if ch == "\"" { quoted.toggle() }
      if !quoted, ch == "(" || ch == "[" { depth += 1 }
      if !quoted, ch == ")" || ch == "]" { depth -= 1 }
      if ch == "|", depth == 0, !quoted {
        pieces.append(current)
        current = ""
      } else {
        current.append(ch)
      }
    }
    pieces.append(current)
    return pieces.map { piece in
      let words = piece.split(separator: " ")
      if words.count > 1, words[0] == "count", words[1] == "by" { return "stage_count_by" }
      return "stage_" + (words.first.map(String.init) ?? "")
    }
  }

  /// Every kind of stage the generator makes; each must be generated (and accepted) often.
  static let stageKinds = [
    "where", "select", "extend", "sort", "take", "distinct", "count", "count_by", "summarize", "join", "top",
    "pivot",
  ].map { "stage_" + $0 }

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

  // MARK: Expressions

  mutating func anyExpr(_ fields: Fields, depth: Int) -> (String, String) {
    switch rng.int(in: 0...3) {
    case 0: return boolExpr(fields, depth: depth)
    case 1: return textExpr(fields)
    default: return numExpr(fields, depth: depth)
    }
  }

  func fields(_ fields: Fields, _ test: (FieldType) -> Bool) -> Fields {
    fields.filter { test($0.type) }
  }

  mutating func numExpr(_ all: Fields, depth: Int) -> (String, String) {
    let q = QueryGenerator.quote
    let numeric = fields(all) { $0 == .int || $0 == .double }
    let dates = fields(all) { $0 == .date }
    if rng.chance(depth > 0 ? 0.5 : 0.45), let result = numberFunction(all, depth: depth) { return result }
    let r = rng.int(in: 0...9)
    if depth > 0, r < 3 {
      let (a, sa) = numExpr(all, depth: depth - 1)
      let (b, sb) = numExpr(all, depth: depth - 1)
      switch rng.int(in: 0...3) {
      case 0: return ("(\(a) + \(b))", "(\(sa) + \(sb))")
      case 1: return ("(\(a) - \(b))", "(\(sa) - \(sb))")
      case 2: return ("(\(a) * \(b))", "(\(sa) * \(sb))")
      default:
        return ("(\(a) / \(b))", "(CAST(\(sa) AS DOUBLE) / NULLIF(CAST(\(sb) AS DOUBLE), 0))")
      }
    }
    if r == 3, !dates.isEmpty {
      let d = pick(dates)
      return rng.chance(0.5)
        ? ("year(\(d.name))", "year(\(q(d.name)))")
        : ("days_between(\(d.name), 2026-11-01)", "date_diff('day', \(q(d.name)), DATE '2026-11-01')")
    }
    if r == 4, depth > 0 {
      let (a, sa) = numExpr(all, depth: depth - 1)
      return rng.chance(0.5) ? ("round(\(a), 1)", "round(\(sa), 1)") : ("abs(\(a))", "abs(\(sa))")
    }
    if r == 5, depth > 0 {
      let (a, sa) = numExpr(all, depth: depth - 1)
      return ("-\(a)", "(-\(sa))")
    }
    if r == 6, !numeric.isEmpty, rng.chance(0.5) {
      let f = pick(numeric)
      let k = rng.int(in: 0...9)
      return ("coalesce(\(f.name), \(k))", "coalesce(\(q(f.name)), \(k))")
    }
    if r < 8, !numeric.isEmpty {
      let f = pick(numeric)
      return (f.name, q(f.name))
    }
    if rng.chance(0.5) {
      let v = rng.int(in: 0...50)
      return ("\(v)", "\(v)")
    }
    let v = Double(rng.int(in: 0...400)) / 4
    return ("\(v)", "\(v)")
  }

  mutating func textExpr(_ all: Fields) -> (String, String) {
    let q = QueryGenerator.quote
    let texts = fields(all) { t in
      if case .enumeration = t { return true }
      return t == .string
    }
    guard !texts.isEmpty else { return ("\"x\"", "'x'") }
    if rng.chance(0.6), let result = textFunction(all) { return result }
    let f = pick(texts)
    switch rng.int(in: 0...2) {
    case 0: return ("lower(\(f.name))", "lower(\(q(f.name)))")
    case 1: return ("upper(\(f.name))", "upper(\(q(f.name)))")
    default: return (f.name, q(f.name))
    }
  }

  mutating func sampleText(_ field: String) -> String {
    for name in catalog.names {
      guard let c = catalog.table(named: name)?.column(named: field), c.count > 0 else { continue }
      let v = c[rng.int(in: 0...(c.count - 1))]
      if case .string(let s) = v { return s }
    }
    return "x"
  }

  mutating func boolExpr(_ all: Fields, depth: Int) -> (String, String) {
    let q = QueryGenerator.quote
    if rng.chance(0.35), let result = boolFunction(all, depth: depth) { return result }
    let r = rng.int(in: 0...9)
    if depth > 0, r < 3 {
      let (a, sa) = boolExpr(all, depth: depth - 1)
      let (b, sb) = boolExpr(all, depth: depth - 1)
      switch rng.int(in: 0...2) {
      case 0: return ("(\(a) and \(b))", "(\(sa) AND \(sb))")
      case 1: return ("(\(a) or \(b))", "(\(sa) OR \(sb))")
      default: return ("not \(a)", "(NOT \(sa))")
      }
    }
    let ops = ["==", "!=", "<", "<=", ">", ">="]
    let sqlOps = ["=", "<>", "<", "<=", ">", ">="]
    let enums = all.filter { if case .enumeration = $0.type { true } else { false } }
    let dates = fields(all) { $0 == .date }
    let texts = fields(all) { $0 == .string }
    let bools = fields(all) { $0 == .bool }
    if r == 3, !enums.isEmpty {
      let f = pick(enums)
      guard case .enumeration(let values) = f.type else { return ("true", "TRUE") }
      if rng.chance(0.5) {
        let v = pick(values)
        let eq = rng.chance(0.7)
        return (
          "\(f.name) \(eq ? "==" : "!=") \"\(v)\"", "COALESCE(\(q(f.name)) \(eq ? "=" : "<>") '\(v)', FALSE)"
        )
      }
      let vs = (0..<rng.int(in: 1...3)).map { _ in pick(values) }
      let neg = rng.chance(0.3)
      return (
        "\(f.name) \(neg ? "not in" : "in") [\(vs.map { "\"\($0)\"" }.joined(separator: ", "))]",
        "COALESCE(\(q(f.name)) \(neg ? "NOT IN" : "IN") (\(vs.map { "'\($0)'" }.joined(separator: ", "))), FALSE)"
      )
    }
    if r == 4, !dates.isEmpty {
      let f = pick(dates)
      let k = rng.int(in: 0...5)
      let day = Day(ordinal: QueryFixture.asOf.ordinal - rng.int(in: 0...400))
      return ("\(f.name) \(ops[k]) \(day)", "COALESCE(\(q(f.name)) \(sqlOps[k]) DATE '\(day)', FALSE)")
    }
    if r == 5, !texts.isEmpty {
      let f = pick(texts)
      if rng.chance(0.4) {
        let sub = String(sampleText(f.name).prefix(2)).lowercased()
        return (
          "contains(lower(\(f.name)), \"\(sub)\")", "COALESCE(contains(lower(\(q(f.name))), '\(sub)'), FALSE)"
        )
      }
      let k = rng.int(in: 0...5)
      let v = sampleText(f.name)
      return ("\(f.name) \(ops[k]) \"\(v)\"", "COALESCE(\(q(f.name)) \(sqlOps[k]) '\(v)', FALSE)")
    }
    if r == 6 {
      let neg = rng.chance(0.5)
      if rng.chance(0.3) {
        let (a, sa) = numExpr(all, depth: 1)
        return ("(\(a)) is \(neg ? "not " : "")missing", "((\(sa)) IS \(neg ? "NOT " : "")NULL)")
      }
      let f = pick(all)
      return ("\(f.name) is \(neg ? "not " : "")missing", "(\(q(f.name)) IS \(neg ? "NOT " : "")NULL)")
    }
    if r == 8, !dates.isEmpty, rng.chance(0.5) {
      let f = pick(dates)
      let k = rng.int(in: 0...5)
      let shift = rng.int(in: 0...90)
      let day = Day(ordinal: QueryFixture.asOf.ordinal - rng.int(in: 0...400))
      if rng.chance(0.5) {
        let plus = rng.chance(0.5)
        return (
          "\(f.name) \(plus ? "+" : "-") \(shift) \(ops[k]) \(day)",
          "COALESCE((\(q(f.name)) \(plus ? "+" : "-") \(shift)) \(sqlOps[k]) DATE '\(day)', FALSE)"
        )
      }
      return (
        "\(f.name) - \(day) \(ops[k]) \(shift - 45)",
        "COALESCE((\(q(f.name)) - DATE '\(day)') \(sqlOps[k]) \(shift - 45), FALSE)"
      )
    }
    if r == 9, rng.chance(0.5) {
      let numeric = fields(all) { $0 == .int || $0 == .double }
      if !numeric.isEmpty {
        let f = pick(numeric)
        let items = (0..<rng.int(in: 1...4)).map { _ in rng.chance(0.7) ? "\(rng.int(in: 0...10))" : "\(Double(rng.int(in: 0...20)) / 2)" }
        let neg = rng.chance(0.3)
        return (
          "\(f.name) \(neg ? "not in" : "in") [\(items.joined(separator: ", "))]",
          "COALESCE(\(q(f.name)) \(neg ? "NOT IN" : "IN") (\(items.joined(separator: ", "))), FALSE)"
        )
      }
    }
    if r == 7, !bools.isEmpty {
      let f = pick(bools)
      return (f.name, "COALESCE(\(q(f.name)), FALSE)")
    }
    let (a, sa) = numExpr(all, depth: max(0, depth - 1))
    let (b, sb) = numExpr(all, depth: 0)
    let k = rng.int(in: 0...5)
    return ("\(a) \(ops[k]) \(b)", "COALESCE(\(sa) \(sqlOps[k]) \(sb), FALSE)")
  }
}
