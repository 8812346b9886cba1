@testable import AnvisKit

/// Generated calls of the date, text and number functions, if/case, between, matches and
/// membership in a pipeline, each with its DuckDB equivalent.
extension QueryGenerator {
  static let patterns = ["^a", "a$", "[a-e]l", "^.{4}$", "(ta|ma)", "\\d", "^[^a]*$", "e.*a", "^u-0+1", "[æø]"]

  /// A number from a function of numbers, dates or text, or from if/case.
  mutating func numberFunction(_ all: Fields, depth: Int) -> (String, String)? {
    let q = QueryGenerator.quote
    let numeric = fields(all) { $0 == .int || $0 == .double }
    let dates = fields(all) { $0 == .date }
    let texts = fields(all) { t in
      if case .enumeration = t { return true }
      return t == .string
    }
    let asOf = catalog.asOf ?? QueryFixture.asOf
    // Dates are rarer among the fields flowing in: when there is one, favour it.
    let choice = !dates.isEmpty && rng.chance(0.75) ? pick([0, 1, 2, 3, 17]) : rng.int(in: 4...16)
    switch choice {
    case 0 where !dates.isEmpty, 17 where !dates.isEmpty:
      let d = pick(dates)
      let f = choice == 0 ? "month" : "day"
      tag(f)
      return ("\(f)(\(d.name))", "\(f)(\(q(d.name)))")
    case 1 where !dates.isEmpty:
      let d = pick(dates)
      tag("trunc_month")
      return ("(\(d.name) - trunc_month(\(d.name)))", "(\(q(d.name)) - CAST(date_trunc('month', \(q(d.name))) AS DATE))")
    case 2 where !dates.isEmpty:
      let d = pick(dates)
      tag("today")
      return ("(today() - \(d.name))", "(DATE '\(asOf)' - \(q(d.name)))")
    case 3 where !dates.isEmpty:
      let d = pick(dates)
      let k = rng.int(in: 1...90)
      tag("date_plus_days")
      return ("year(\(d.name) + \(k))", "year(\(q(d.name)) + \(k))")
    case 4 where !texts.isEmpty:
      let t = pick(texts)
      tag("length")
      return ("length(\(t.name))", "length(\(q(t.name)))")
    case 5 where !numeric.isEmpty, 16 where !numeric.isEmpty:
      let f = pick(numeric)
      let k = choice == 5 ? "floor" : "ceil"
      tag(k)
      return ("\(k)(\(f.name) / 3)", "\(k)(CAST(\(q(f.name)) AS DOUBLE) / 3)")
    case 6 where !numeric.isEmpty:
      let f = pick(numeric)
      tag("bin")
      if f.type == .int, rng.chance(0.6) {
        let w = pick([1, 2, 5, 10])
        return ("bin(\(f.name), \(w))", "CAST(floor(\(q(f.name)) / \(w)) * \(w) AS BIGINT)")
      }
      return ("bin(\(f.name), 2.5)", "(floor(\(q(f.name)) / 2.5) * 2.5)")
    case 7 where !numeric.isEmpty:
      let f = pick(numeric)
      tag("pow")
      return ("pow(\(f.name), 2)", "pow(\(q(f.name)), 2)")
    case 8 where !numeric.isEmpty:
      let f = pick(numeric)
      tag("sqrt")
      return ("sqrt(abs(\(f.name)))", "sqrt(abs(\(q(f.name))))")
    case 9 where !numeric.isEmpty:
      let f = pick(numeric)
      tag("ln")
      return ("ln(abs(\(f.name)) + 1)", "ln(abs(\(q(f.name))) + 1)")
    case 10 where !numeric.isEmpty:
      let f = pick(numeric)
      tag("exp")
      return ("exp(\(f.name) / 1000)", "exp(CAST(\(q(f.name)) AS DOUBLE) / 1000)")
    case 11 where depth > 0, 12 where depth > 0, 13 where depth > 0:
      let (c, sc) = boolExpr(all, depth: depth - 1)
      let (a, sa) = numExpr(all, depth: depth - 1)
      let (b, sb) = numExpr(all, depth: depth - 1)
      tag("if")
      return ("if(\(c), \(a), \(b))", "(CASE WHEN \(sc) THEN \(sa) ELSE \(sb) END)")
    case 14 where depth > 0, 15 where depth > 0:
      let (c1, sc1) = boolExpr(all, depth: depth - 1)
      let (c2, sc2) = boolExpr(all, depth: depth - 1)
      let (a, sa) = numExpr(all, depth: depth - 1)
      let (b, sb) = numExpr(all, depth: depth - 1)
      let (e, se) = numExpr(all, depth: 0)
      tag("case")
      return (
        "case(\(c1), \(a), \(c2), \(b), \(e))", "(CASE WHEN \(sc1) THEN \(sa) WHEN \(sc2) THEN \(sb) ELSE \(se) END)"
      )
    default:
      return nil
    }
  }

  /// Text from concat, substr or if/case.
  mutating func textFunction(_ all: Fields) -> (String, String)? {
    let q = QueryGenerator.quote
    let texts = fields(all) { t in
      if case .enumeration = t { return true }
      return t == .string
    }
    guard !texts.isEmpty else { return nil }
    let t = pick(texts)
    switch rng.int(in: 0...3) {
    case 0:
      let others = fields(all) { $0 == .int || $0 == .date || $0 == .string }
      let o = others.isEmpty ? t : pick(others)
      tag("concat")
      return ("concat(\(t.name), \"-\", \(o.name))", "concat(\(q(t.name)), '-', \(q(o.name)))")
    case 1:
      let start = rng.int(in: 1...4)
      let length = rng.int(in: 0...4)
      tag("substr")
      return ("substr(\(t.name), \(start), \(length))", "substr(\(q(t.name)), \(start), \(length))")
    case 2:
      let (c, sc) = boolExpr(all, depth: 1)
      tag("if")
      return ("if(\(c), \(t.name), \"none\")", "(CASE WHEN \(sc) THEN \(q(t.name)) ELSE 'none' END)")
    default:
      let (c1, sc1) = boolExpr(all, depth: 1)
      let (c2, sc2) = boolExpr(all, depth: 1)
      tag("case")
      return (
        "case(\(c1), \"a\", \(c2), lower(\(t.name)), \"z\")",
        "(CASE WHEN \(sc1) THEN 'a' WHEN \(sc2) THEN lower(\(q(t.name))) ELSE 'z' END)"
      )
    }
  }

  /// A condition from between, starts_with/ends_with, matches or `in (PIPELINE)`.
  mutating func boolFunction(_ all: Fields, depth: Int) -> (String, String)? {
    let q = QueryGenerator.quote
    let numeric = fields(all) { $0 == .int || $0 == .double }
    let dates = fields(all) { $0 == .date }
    let texts = fields(all) { $0 == .string }
    switch rng.int(in: 0...6) {
    case 0 where !numeric.isEmpty || !dates.isEmpty, 5 where !numeric.isEmpty || !dates.isEmpty:
      let negated = rng.chance(0.35)
      tag(negated ? "not_between" : "between")
      let word = negated ? "not between" : "between"
      let sqlWord = negated ? "NOT BETWEEN" : "BETWEEN"
      if !dates.isEmpty, numeric.isEmpty || rng.chance(0.3) {
        let d = pick(dates)
        let lo = Day(ordinal: QueryFixture.asOf.ordinal - rng.int(in: 100...500))
        let hi = lo + rng.int(in: 0...300)
        return ("\(d.name) \(word) \(lo) and \(hi)", "COALESCE(\(q(d.name)) \(sqlWord) DATE '\(lo)' AND DATE '\(hi)', FALSE)")
      }
      let f = pick(numeric)
      let lo = rng.int(in: -5...20)
      let hi = lo + rng.int(in: -2...20)
      return ("\(f.name) \(word) \(lo) and \(hi)", "COALESCE(\(q(f.name)) \(sqlWord) \(lo) AND \(hi), FALSE)")
    case 1 where !texts.isEmpty:
      let t = pick(texts)
      let sample = sampleText(t.name)
      if rng.chance(0.55) {
        tag("starts_with")
        let prefix = String(sample.prefix(rng.int(in: 0...2)))
        return ("starts_with(\(t.name), \"\(prefix)\")", "COALESCE(starts_with(\(q(t.name)), '\(prefix)'), FALSE)")
      }
      tag("ends_with")
      let suffix = String(sample.suffix(rng.int(in: 0...2)))
      return ("ends_with(\(t.name), \"\(suffix)\")", "COALESCE(suffix(\(q(t.name)), '\(suffix)'), FALSE)")
    case 2 where !texts.isEmpty:
      let t = pick(texts)
      let pattern = pick(QueryGenerator.patterns)
      tag("matches")
      let anvisPattern = pattern.replacingOccurrences(of: "\\", with: "\\\\")
      return ("matches(\(t.name), \"\(anvisPattern)\")", "COALESCE(regexp_matches(\(q(t.name)), '\(pattern)'), FALSE)")
    case 3 where depth > 0, 4 where depth > 0:
      return inPipeline(all)
    case 6:
      guard let (a, sa) = textFunction(all) else { return nil }
      let v = pick(["a", "al-3", "none", "z", "Be", ""])
      let equal = rng.chance(0.5)
      return ("\(a) \(equal ? "==" : "!=") \"\(v)\"", "COALESCE(\(sa) \(equal ? "=" : "<>") '\(v)', FALSE)")
    default:
      return nil
    }
  }

  /// `f [not] in (T | where c | select f)` for a field that a source table also has.
  mutating func inPipeline(_ all: Fields) -> (String, String)? {
    let q = QueryGenerator.quote
    var options: [(Field, String)] = []
    for f in all where f.type != .bool && f.type != .double {
      // In the sources' own order: a Set's order changes from process to process, and the
      // seeded generator must draw the same queries every run.
      for name in sources.enumerated().filter({ sources.firstIndex(of: $0.element) == $0.offset }).map(\.element) {
        guard let t = catalog.table(named: name), let c = t.column(named: f.name) else { continue }
        let same = c.type == f.type || (QueryGenerator.isTextType(c.type) && QueryGenerator.isTextType(f.type))
        if same { options.append((f, name)) }
      }
    }
    guard !options.isEmpty, let table = catalog.table(named: options[0].1) else { return nil }
    let (f, name) = pick(options)
    let schema = (catalog.table(named: name) ?? table).columns.map { Field(name: $0.name, type: $0.type) }
    let (c, sc) = boolExpr(schema, depth: 0)  // depth 0: no pipeline inside this one
    let negated = rng.chance(0.4)
    tag(negated ? "not_in_pipeline" : "in_pipeline")
    return (
      "\(f.name) \(negated ? "not in" : "in") (\(name) | where \(c) | select \(f.name))",
      negated
        ? "(\(q(f.name)) IS NOT NULL AND COALESCE(\(q(f.name)) NOT IN (SELECT \(q(f.name)) FROM \(name) WHERE \(sc) AND \(q(f.name)) IS NOT NULL), FALSE))"
        : "(\(q(f.name)) IS NOT NULL AND COALESCE(\(q(f.name)) IN (SELECT \(q(f.name)) FROM \(name) WHERE \(sc)), FALSE))"
    )
  }

  static func isTextType(_ t: FieldType) -> Bool {
    if case .enumeration = t { return true }
    return t == .string
  }
}
