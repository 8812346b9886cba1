/// Checking of function calls in expressions and of aggregates in `summarize`.
extension Checker {
  static let functionNames = TypedExpr.Function.allCases.map(\.rawValue)

  func call(
    _ name: Syntax.Name, _ args: [Syntax.Expr], close: SourceRange, in schema: [Field]
  ) throws(Diagnostic) -> TypedExpr {
    guard let function = TypedExpr.Function(rawValue: name.text) else {
      if Checker.aggregateNames.contains(name.text) {
        throw Checker.error(
          "'\(name.text)' is an aggregate; use it in 'summarize'", at: name.range,
          hint: "e.g. summarize n = \(name.text)(…) by organisation")
      }
      throw Checker.error(
        "unknown function '\(name.text)'", at: name.range,
        hint: NearMiss.hint(for: name.text, among: Checker.functionNames)
          ?? "functions: " + Checker.functionNames.joined(separator: ", "))
    }
    var typed: [TypedExpr] = []
    for arg in args { typed.append(try check(arg, in: schema)) }
    let whole = name.range.through(close)
    func arity(_ counts: ClosedRange<Int>, _ usage: String) throws(Diagnostic) {
      guard counts.contains(args.count) else {
        throw Checker.error(
          "'\(name.text)' takes \(usage)", at: whole, hint: "e.g. \(name.text)(\(Checker.example(function)))")
      }
    }
    func expect(_ i: Int, _ ok: (FieldType) -> Bool, _ what: String) throws(Diagnostic) {
      guard !ok(typed[i].type) else { return }
      throw Checker.error(
        "'\(name.text)' expects \(what), found \(Checker.noun(typed[i].type))", at: args[i].range)
    }
    let isText: (FieldType) -> Bool = {
      if case .enumeration = $0 { return true }
      return $0 == .string
    }
    let isNumber: (FieldType) -> Bool = { $0 == .int || $0 == .double }
    func text(_ e: TypedExpr) -> TypedExpr {
      if case .enumeration = e.type { return TypedExpr(.enumText(e), .string) }
      return e
    }
    switch function {
    case .lower, .upper:
      try arity(1...1, "one text")
      try expect(0, isText, "text")
      return TypedExpr(.call(function, [text(typed[0])], whole), .string)
    case .round:
      try arity(1...2, "a number and optionally the number of digits")
      try expect(0, isNumber, "a number")
      if args.count == 2 {
        guard case .constant(.int(let digits)) = typed[1].node, (0...15).contains(digits) else {
          throw Checker.error("'round' expects a whole number of digits from 0 to 15", at: args[1].range)
        }
      }
      return TypedExpr(.call(function, typed, whole), typed[0].type)
    case .year:
      try arity(1...1, "one date")
      try expect(0, { $0 == .date }, "a date")
      return TypedExpr(.call(function, typed, whole), .int)
    case .days_between:
      try arity(2...2, "two dates")
      try expect(0, { $0 == .date }, "a date")
      try expect(1, { $0 == .date }, "a date")
      return TypedExpr(.call(function, typed, whole), .int)
    case .contains:
      try arity(2...2, "a text and the text to look for")
      try expect(0, isText, "text")
      try expect(1, isText, "text")
      return TypedExpr(.call(function, typed.map(text), whole), .bool)
    case .abs:
      try arity(1...1, "one number")
      try expect(0, isNumber, "a number")
      return TypedExpr(.call(function, typed, whole), typed[0].type)
    case .coalesce:
      try arity(1...16, "one or more values of the same type")
      var result = typed
      if typed.allSatisfy({ $0.type == typed[0].type }) {
      } else if typed.allSatisfy({ isNumber($0.type) }) {
        result = typed.map(\.promoted)
      } else if typed.allSatisfy({ isText($0.type) }) {
        result = typed.map(text)
      } else {
        let i = typed.firstIndex { $0.type != typed[0].type } ?? 0
        throw Checker.error(
          "'coalesce' needs values of one type: \(Checker.noun(typed[0].type)) and \(Checker.noun(typed[i].type)) do not mix",
          at: args[i].range)
      }
      return TypedExpr(.call(function, result, whole), result[0].type)
    }
  }

  static func example(_ f: TypedExpr.Function) -> String {
    switch f {
    case .lower, .upper: "name"
    case .round: "rent, 2"
    case .year: "registered"
    case .days_between: "registered, 2026-01-31"
    case .contains: "name, \"Vest\""
    case .coalesce: "vacant_since, 2026-01-01"
    case .abs: "income"
    }
  }

  func checkAggregate(
    _ p: Syntax.Projection, in schema: [Field], taken: [String]
  ) throws(Diagnostic) -> Plan.Aggregate {
    guard case .call(let fname, let args, let close) = p.expr else {
      throw Checker.error(
        "'summarize' needs an aggregate such as count(), avg(rent)", at: p.expr.range,
        hint: "aggregates: count(), sum(x), avg(x), min(x), max(x), median(x), p(x, 90)")
    }
    let whole = fname.range.through(close)
    guard Checker.aggregateNames.contains(fname.text) else {
      throw Checker.error(
        "unknown aggregate '\(fname.text)'", at: fname.range,
        hint: NearMiss.hint(for: fname.text, among: Checker.aggregateNames)
          ?? "aggregates: count(), sum(x), avg(x), min(x), max(x), median(x), p(x, 90)")
    }
    let name: String
    if let n = p.name {
      name = n.text
      if taken.contains(name) { throw Checker.error("the column '\(name)' is defined twice", at: n.range) }
    } else {
      var base = fname.text
      if let first = args.first, case .field(let f) = first { base += "_" + f.text }
      if fname.text == "p", args.count == 2, case .literal(let lit, _) = args[1] {
        switch lit {
        case .int(let v): base = "p\(v)" + base.dropFirst()
        default: break
        }
      }
      guard !taken.contains(base) else {
        throw Checker.error(
          "the column '\(base)' is defined twice", at: whole, hint: "name it: n = \(fname.text)(…)")
      }
      name = base
    }
    if fname.text == "count" {
      guard args.isEmpty else { throw Checker.error("'count()' takes no argument", at: whole) }
      return Plan.Aggregate(name: name, kind: .count, argument: nil, type: .int, range: whole)
    }
    let expected = fname.text == "p" ? 2 : 1
    guard args.count == expected else {
      throw Checker.error(
        "'\(fname.text)' takes \(expected == 2 ? "a value and a percentile, like p(rent, 90)" : "one value")",
        at: whole)
    }
    let argument = try check(args[0], in: schema)
    let t = argument.type
    let numeric = t == .int || t == .double
    let kind: Plan.Aggregate.Kind
    let type: FieldType
    switch fname.text {
    case "sum":
      kind = .sum
      type = t
    case "avg":
      kind = .avg
      type = .double
    case "min", "max":
      kind = fname.text == "min" ? .min : .max
      type = t
      if t == .bool {
        throw Checker.error("'\(fname.text)' needs numbers, dates or text, found bool", at: args[0].range)
      }
    case "median":
      kind = .median
      type = .double
    default:
      guard case .literal(let lit, let r) = args[1] else {
        throw Checker.error("the percentile must be a number from 0 to 100", at: args[1].range)
      }
      let value: Double
      switch lit {
      case .int(let v): value = Double(v)
      case .double(let v): value = v
      default: throw Checker.error("the percentile must be a number from 0 to 100", at: r)
      }
      guard (0...100).contains(value) else {
        throw Checker.error("the percentile must be a number from 0 to 100", at: r)
      }
      kind = .percentile(value)
      type = .double
    }
    if !numeric, !(kind.isMinMax) {
      throw Checker.error("'\(fname.text)' needs numbers, found \(Checker.noun(t))", at: args[0].range)
    }
    return Plan.Aggregate(name: name, kind: kind, argument: argument, type: type, range: whole)
  }
}

extension Plan.Aggregate.Kind {
  var isMinMax: Bool {
    switch self {
    case .min, .max: true
    default: false
    }
  }
}
