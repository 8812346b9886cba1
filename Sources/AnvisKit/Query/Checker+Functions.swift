/// Checking of function calls in expressions and of aggregates in `summarize`.
extension Checker {
  static let functionNames = TypedExpr.Function.allCases.map(\.rawValue) + ["if", "case", "matches"]

  func call(
    _ name: Syntax.Name, _ args: [Syntax.Expr], close: SourceRange, in schema: [Field]
  ) throws(Diagnostic) -> TypedExpr {
    if name.text == "if" || name.text == "case" { return try conditional(name, args, close: close, in: schema) }
    if name.text == "matches" { return try matches(name, args, close: close, in: schema) }
    guard let function = TypedExpr.Function(rawValue: name.text) else {
      if Checker.windowOnlyNames.contains(name.text) {
        throw Checker.error(
          "'\(name.text)' needs a window: \(name.text)(…) over (…)", at: name.range,
          hint: "e.g. extend r = row_number() over (by organisation sort rent asc)")
      }
      if Checker.aggregateNames.contains(name.text) {
        throw Checker.error(
          "'\(name.text)' is an aggregate; use it in 'summarize' or over a window", at: name.range,
          hint: "e.g. summarize n = \(name.text)(…) by organisation, or extend t = \(name.text)(…) over ()")
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
    case .abs, .floor, .ceil:
      try arity(1...1, "one number")
      try expect(0, isNumber, "a number")
      return TypedExpr(.call(function, typed, whole), typed[0].type)
    case .sqrt, .ln, .exp:
      try arity(1...1, "one number")
      try expect(0, isNumber, "a number")
      return TypedExpr(.call(function, [typed[0].promoted], whole), .double)
    case .pow:
      try arity(2...2, "a number and a power")
      try expect(0, isNumber, "a number")
      try expect(1, isNumber, "a number")
      return TypedExpr(.call(function, typed.map(\.promoted), whole), .double)
    case .bin:
      try arity(2...2, "a number and a width")
      try expect(0, isNumber, "a number")
      try expect(1, isNumber, "a number")
      if typed[0].type == .int, typed[1].type == .int { return TypedExpr(.call(function, typed, whole), .int) }
      return TypedExpr(.call(function, typed.map(\.promoted), whole), .double)
    case .month, .day:
      try arity(1...1, "one date")
      try expect(0, { $0 == .date }, "a date")
      return TypedExpr(.call(function, typed, whole), .int)
    case .trunc_month:
      try arity(1...1, "one date")
      try expect(0, { $0 == .date }, "a date")
      return TypedExpr(.call(function, typed, whole), .date)
    case .today:
      try arity(0...0, "no argument")
      guard let asOf = catalog.asOf else {
        throw Checker.error("'today()' needs a data set with an as_of date", at: whole)
      }
      return TypedExpr(.constant(.date(asOf)), .date)
    case .concat:
      try arity(1...32, "one or more values")
      return TypedExpr(.call(function, typed.map(text), whole), .string)
    case .length:
      try arity(1...1, "one text")
      try expect(0, isText, "text")
      return TypedExpr(.call(function, [text(typed[0])], whole), .int)
    case .starts_with, .ends_with:
      try arity(2...2, "a text and the text to look for")
      try expect(0, isText, "text")
      try expect(1, isText, "text")
      return TypedExpr(.call(function, typed.map(text), whole), .bool)
    case .substr:
      try arity(3...3, "a text, a start (1 is the first character) and a length")
      try expect(0, isText, "text")
      try expect(1, { $0 == .int }, "a whole number")
      try expect(2, { $0 == .int }, "a whole number")
      return TypedExpr(.call(function, [text(typed[0]), typed[1], typed[2]], whole), .string)
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
    case .abs, .floor, .ceil, .sqrt, .ln, .exp: "income"
    case .pow: "rooms, 2"
    case .bin: "rent, 500"
    case .month, .day, .trunc_month: "registered"
    case .today: ""
    case .concat: "area, \"-\", type"
    case .length: "name"
    case .starts_with, .ends_with: "name, \"Vest\""
    case .substr: "name, 1, 3"
    }
  }

}

extension Plan.Aggregate.Kind {
  /// count(), countif and dcount: a missing combination in a pivot is 0.
  var isCount: Bool {
    switch self {
    case .count, .dcount: true
    default: false
    }
  }

  var isMinMax: Bool {
    switch self {
    case .min, .max: true
    default: false
    }
  }
}

/// `if(c, a, b)`, `case(c1, v1, c2, v2, …, else)` and `matches(text, "re")`.
extension Checker {
  func conditional(
    _ name: Syntax.Name, _ args: [Syntax.Expr], close: SourceRange, in schema: [Field]
  ) throws(Diagnostic) -> TypedExpr {
    let f = name.text
    let whole = name.range.through(close)
    if f == "if", args.count != 3 {
      throw Checker.error("'if' takes a condition and two values", at: whole, hint: "e.g. if(rent > 4000, \"high\", \"low\")")
    }
    if f == "case", args.count < 3 || args.count % 2 == 0 {
      throw Checker.error(
        "'case' takes pairs of condition and value, then the value otherwise", at: whole,
        hint: "e.g. case(rent < 3000, \"low\", rent < 5000, \"mid\", \"high\")")
    }
    var conditions: [TypedExpr] = []
    var values: [TypedExpr] = []
    var valueArgs: [Syntax.Expr] = []
    for (i, arg) in args.enumerated() {
      let e = try check(arg, in: schema)
      if i % 2 == 0, i < args.count - 1 {
        guard e.type == .bool else {
          throw Checker.error("\(f) needs a true/false condition, found \(Checker.noun(e.type))", at: arg.range)
        }
        conditions.append(e)
      } else {
        values.append(e)
        valueArgs.append(arg)
      }
    }
    let isText: (FieldType) -> Bool = {
      if case .enumeration = $0 { return true }
      return $0 == .string
    }
    let isNumber: (FieldType) -> Bool = { $0 == .int || $0 == .double }
    if values.allSatisfy({ $0.type == values[0].type }) {
    } else if values.allSatisfy({ isNumber($0.type) }) {
      values = values.map(\.promoted)
    } else if values.allSatisfy({ isText($0.type) }) {
      values = values.map { e in
        if case .enumeration = e.type { return TypedExpr(.enumText(e), .string) }
        return e
      }
    } else {
      let i = values.firstIndex { $0.type != values[0].type } ?? 0
      throw Checker.error(
        "'\(f)' needs values of one type: \(Checker.noun(values[0].type)) and \(Checker.noun(values[i].type)) do not mix",
        at: valueArgs[i].range)
    }
    let branches = zip(conditions, values).map { (condition: $0, value: $1) }
    let otherwise = values[values.count - 1]
    return TypedExpr(.choose(branches, otherwise: otherwise), otherwise.type)
  }

  func matches(
    _ name: Syntax.Name, _ args: [Syntax.Expr], close: SourceRange, in schema: [Field]
  ) throws(Diagnostic) -> TypedExpr {
    let whole = name.range.through(close)
    guard args.count == 2 else {
      throw Checker.error("'matches' takes a text and a \"pattern\"", at: whole, hint: "e.g. matches(id, \"^u-1\\d+$\")")
    }
    var subject = try check(args[0], in: schema)
    switch subject.type {
    case .string: break
    case .enumeration: subject = TypedExpr(.enumText(subject), .string)
    default: throw Checker.error("'matches' expects text, found \(Checker.noun(subject.type))", at: args[0].range)
    }
    guard case .literal(.string(let pattern), let r) = args[1] else {
      throw Checker.error("'matches' needs the pattern written as \"text\"", at: args[1].range)
    }
    do {
      return TypedExpr(.matches(subject, try TextPattern(pattern)), .bool)
    } catch {
      var at = r
      // Point into the pattern when the literal has no escapes to shift the columns.
      if r.length == pattern.count + 2 {
        at = SourceRange(offset: r.offset + 1 + error.offset, line: r.line, column: r.column + 1 + error.offset, length: 1)
      }
      throw Checker.error("in the pattern: \(error.message)", at: at)
    }
  }
}
