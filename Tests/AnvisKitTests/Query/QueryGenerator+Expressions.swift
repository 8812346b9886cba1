@testable import AnvisKit

// The generator's expressions: each returns the anvis text and the SQL it must equal.

extension QueryGenerator {
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
