/// Checking of aggregates: `summarize` (plain aggregates, or expressions over them such as
/// `countif(c) / count()`) and the aggregate of a window.
extension Checker {
  static let aggregateHint =
    "aggregates: count(), countif(c), sum(x), sumif(x, c), avg(x), avgif(x, c), min(x), max(x), median(x), p(x, 90), dcount(x)"

  func checkSummarize(
    _ projections: [Syntax.Projection], by: [Syntax.Name], input: [Field]
  ) throws(Diagnostic) -> ([Plan.Stage], [Field]) {
    let keys = try distinctFields(by, in: input)
    let keyFields = keys.map { input[$0] }
    var names = keyFields.map(\.name)
    // Only plain aggregates: one stage.
    if projections.allSatisfy({ Checker.isAggregateCall($0.expr) }) {
      var aggregates: [Plan.Aggregate] = []
      for p in projections {
        guard case .call(let fname, let args, let close) = p.expr else { continue }
        let name = try aggregateName(p, fname, args, close, taken: names)
        let aggregate = try aggregate(fname, args, close: close, name: name, in: input)
        names.append(name)
        aggregates.append(aggregate)
      }
      return ([.summarize(aggregates, by: keys)], keyFields + aggregates.map { Field(name: $0.name, type: $0.type) })
    }
    // Expressions over aggregates: the aggregates first (hidden names), then a select.
    var hidden: [Plan.Aggregate] = []
    var lifted: [(name: String, expr: Syntax.Expr)] = []
    for p in projections {
      let name: String
      if case .call(let fname, let args, let close) = p.expr, Checker.isAggregateCall(p.expr) {
        name = try aggregateName(p, fname, args, close, taken: names)
      } else if let n = p.name {
        name = n.text
        if names.contains(name) { throw Checker.error(Checker.definedTwice(name), at: n.range) }
      } else if case .field(let f) = p.expr {
        if keyFields.contains(where: { $0.name == f.text }) {
          throw Checker.error(
            "'\(f.text)' is already a key of summarize", at: f.range, hint: "keys come first in the result")
        }
        throw Checker.error(
          "'summarize' needs an aggregate such as count(), avg(rent)", at: f.range, hint: Checker.aggregateHint)
      } else {
        throw Checker.unnamed(p.expr)
      }
      names.append(name)
      lifted.append((name, try lift(p.expr, input: input, keys: keyFields.map(\.name), hidden: &hidden)))
    }
    let middle = keyFields + hidden.map { Field(name: $0.name, type: $0.type) }
    var outputs = keyFields.enumerated().map { Plan.Output(name: $0.element.name, expr: TypedExpr(.column($0.offset), $0.element.type)) }
    for item in lifted { outputs.append(Plan.Output(name: item.name, expr: try check(item.expr, in: middle))) }
    return (
      [.summarize(hidden, by: Array(keys)), .select(outputs)],
      outputs.map { Field(name: $0.name, type: $0.expr.type) }
    )
  }

  static func isAggregateCall(_ e: Syntax.Expr) -> Bool {
    if case .call(let n, _, _) = e { return aggregateNames.contains(n.text) }
    return false
  }

  /// Replaces each aggregate call by a field naming its hidden result column.
  private func lift(
    _ e: Syntax.Expr, input: [Field], keys: [String], hidden: inout [Plan.Aggregate]
  ) throws(Diagnostic) -> Syntax.Expr {
    switch e {
    case .literal: return e
    case .field(let n):
      guard keys.contains(n.text) else {
        if input.contains(where: { $0.name == n.text }) {
          throw Checker.error(
            "'\(n.text)' is neither a key of summarize nor inside an aggregate", at: n.range,
            hint: "use an aggregate such as avg(\(n.text)), or add it after by")
        }
        throw Checker.unknownField(n, schema: input)
      }
      return e
    case .call(let fname, let args, let close) where Checker.aggregateNames.contains(fname.text):
      let name = "\u{1}\(hidden.count)"
      hidden.append(try aggregate(fname, args, close: close, name: name, in: input))
      return .field(Syntax.Name(text: name, range: fname.range.through(close)))
    case .call(let fname, let args, let close):
      var out: [Syntax.Expr] = []
      for a in args { out.append(try lift(a, input: input, keys: keys, hidden: &hidden)) }
      return .call(fname, out, close: close)
    case .unary(let op, let inner, let r):
      return .unary(op, try lift(inner, input: input, keys: keys, hidden: &hidden), op: r)
    case .binary(let op, let l, let r, let range):
      return .binary(
        op, try lift(l, input: input, keys: keys, hidden: &hidden),
        try lift(r, input: input, keys: keys, hidden: &hidden), op: range)
    case .isMissing(let inner, let negated, let r):
      return .isMissing(try lift(inner, input: input, keys: keys, hidden: &hidden), negated: negated, op: r)
    case .inList(let inner, let items, let negated, let op, let close):
      var out: [Syntax.Expr] = []
      for item in items { out.append(try lift(item, input: input, keys: keys, hidden: &hidden)) }
      return .inList(
        try lift(inner, input: input, keys: keys, hidden: &hidden), out, negated: negated, op: op, close: close)
    case .window(let n, _, _, _):
      throw Checker.error("a window ('over') belongs in extend, not in summarize", at: n.range)
    case .inPipeline(_, _, _, let op, _):
      throw Checker.error("'in (…)' with a pipeline belongs in where, not in summarize", at: op)
    }
  }

  private func aggregateName(
    _ p: Syntax.Projection, _ fname: Syntax.Name, _ args: [Syntax.Expr], _ close: SourceRange, taken: [String]
  ) throws(Diagnostic) -> String {
    if let n = p.name {
      if taken.contains(n.text) { throw Checker.error(Checker.definedTwice(n.text), at: n.range) }
      return n.text
    }
    var base = fname.text
    if let first = args.first, case .field(let f) = first { base += "_" + f.text }
    if fname.text == "p", args.count == 2, case .literal(.int(let v), _) = args[1] { base = "p\(v)" + base.dropFirst() }
    guard !taken.contains(base) else {
      throw Checker.error(
        Checker.definedTwice(base), at: fname.range.through(close),
        hint: "name it: n = \(fname.text)(…)")
    }
    return base
  }

  /// One aggregate call, checked against the fields flowing in.
  func aggregate(
    _ fname: Syntax.Name, _ args: [Syntax.Expr], close: SourceRange, name: String, in schema: [Field]
  ) throws(Diagnostic) -> Plan.Aggregate {
    let whole = fname.range.through(close)
    let f = fname.text
    guard let function = AggregateFunction(rawValue: f) else {
      throw Checker.error(
        "unknown aggregate '\(f)'", at: fname.range,
        hint: NearMiss.hint(for: f, among: Checker.aggregateNames) ?? Checker.aggregateHint)
    }
    func arity(_ n: Int, _ usage: String) throws(Diagnostic) {
      guard args.count == n else { throw Checker.error("'\(f)' takes \(usage)", at: whole) }
    }
    func condition(_ i: Int) throws(Diagnostic) -> TypedExpr {
      let c = try check(args[i], in: schema)
      guard c.type == .bool else {
        throw Checker.error(
          "\(f) needs a true/false condition, found \(Checker.noun(c.type))", at: args[i].range,
          hint: "compare it, e.g. \(f)(\(function == .countif ? "" : "rent, ")status == \"vacant\")")
      }
      return c
    }
    func numeric(_ i: Int, allowBool: Bool = false) throws(Diagnostic) -> TypedExpr {
      let e = try check(args[i], in: schema)
      guard e.type == .int || e.type == .double || (allowBool && e.type == .bool) else {
        throw Checker.error(
          "'\(f)' needs numbers\(allowBool ? " (or true/false, for a share)" : ""), found \(Checker.noun(e.type))",
          at: args[i].range)
      }
      return e
    }
    switch function {
    case .count:
      guard args.isEmpty else {
        throw Checker.error("'count()' takes no argument", at: whole, hint: "count rows that pass a test with countif(c)")
      }
      return Plan.Aggregate(name: name, kind: .count, argument: nil, type: .int, range: whole)
    case .countif:
      try arity(1, "one true/false condition, like countif(status == \"vacant\")")
      return Plan.Aggregate(name: name, kind: .count, argument: nil, condition: try condition(0), type: .int, range: whole)
    case .sumif, .avgif:
      try arity(2, "a value and a condition, like \(f)(rent, status == \"vacant\")")
      let x = try numeric(0, allowBool: function == .avgif)
      let c = try condition(1)
      return Plan.Aggregate(
        name: name, kind: function == .sumif ? .sum : .avg, argument: x, condition: c,
        type: function == .sumif ? x.type : .double,
        range: whole)
    case .dcount:
      try arity(1, "one value")
      return Plan.Aggregate(name: name, kind: .dcount, argument: try check(args[0], in: schema), type: .int, range: whole)
    case .sum:
      try arity(1, "one value")
      let x = try numeric(0)
      return Plan.Aggregate(name: name, kind: .sum, argument: x, type: x.type, range: whole)
    case .avg:
      try arity(1, "one value")
      return Plan.Aggregate(name: name, kind: .avg, argument: try numeric(0, allowBool: true), type: .double, range: whole)
    case .median:
      try arity(1, "one value")
      return Plan.Aggregate(name: name, kind: .median, argument: try numeric(0), type: .double, range: whole)
    case .min, .max:
      try arity(1, "one value")
      let x = try check(args[0], in: schema)
      if x.type == .bool { throw Checker.error("'\(f)' needs numbers, dates or text, found bool", at: args[0].range) }
      return Plan.Aggregate(name: name, kind: function == .min ? .min : .max, argument: x, type: x.type, range: whole)
    case .p:
      try arity(2, "a value and a percentile, like p(rent, 90)")
      let x = try numeric(0)
      let value: Double
      switch args[1] {
      case .literal(.int(let v), _): value = Double(v)
      case .literal(.double(let v), _): value = v
      default: throw Checker.error(Checker.percentileRange, at: args[1].range)
      }
      guard (0...100).contains(value) else {
        throw Checker.error(Checker.percentileRange, at: args[1].range)
      }
      return Plan.Aggregate(name: name, kind: .percentile(value), argument: x, type: .double, range: whole)
    }
  }
}

extension Checker {
  /// A column a stage would add under a name it already has.
  static func definedTwice(_ name: String) -> String { "the column '\(name)' is defined twice" }
  /// `p(x, q)` with `q` not a number in 0…100.
  static let percentileRange = "the percentile must be a number from 0 to 100"
}
