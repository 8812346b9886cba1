/// Type checking of expressions: operators are chosen by operand types, ints promote to
/// numbers, enumeration fields compare with their values as text.
extension Checker {
  func check(_ expr: Syntax.Expr, in schema: [Field]) throws(Diagnostic) -> TypedExpr {
    switch expr {
    case .literal(let literal, _):
      switch literal {
      case .int(let v): return TypedExpr(.constant(.int(v)), .int)
      case .double(let v): return TypedExpr(.constant(.double(v)), .double)
      case .string(let v): return TypedExpr(.constant(.string(v)), .string)
      case .bool(let v): return TypedExpr(.constant(.bool(v)), .bool)
      case .date(let v): return TypedExpr(.constant(.date(Day(ordinal: v))), .date)
      }
    case .field(let name):
      let i = try field(name, in: schema)
      return TypedExpr(.column(i), schema[i].type)
    case .unary(.negate, let inner, let op):
      let e = try check(inner, in: schema)
      switch e.type {
      case .int, .double: return TypedExpr(.negate(e, op), e.type)
      default: throw Checker.error("'-' needs a number, found \(Checker.noun(e.type))", at: inner.range)
      }
    case .unary(.not, let inner, _):
      let e = try bool(inner, in: schema, for: "'not'")
      return TypedExpr(.not(e), .bool)
    case .binary(.and, let l, let r, _):
      return TypedExpr(
        .and(try bool(l, in: schema, for: "'and'"), try bool(r, in: schema, for: "'and'")), .bool)
    case .binary(.or, let l, let r, _):
      return TypedExpr(.or(try bool(l, in: schema, for: "'or'"), try bool(r, in: schema, for: "'or'")), .bool)
    case .binary(let op, let l, let r, let range) where op.isComparison:
      return try comparison(op, l, r, at: range, in: schema)
    case .binary(let op, let l, let r, let range):
      return try arithmetic(op, try check(l, in: schema), try check(r, in: schema), at: range)
    case .isMissing(let inner, let negated, _):
      return TypedExpr(.isMissing(try check(inner, in: schema), negated: negated), .bool)
    case .inList(let inner, let items, let negated, let op, _):
      return try membership(inner, items, negated: negated, at: op, in: schema)
    case .call(let name, let args, let close):
      return try call(name, args, close: close, in: schema)
    case .window(let name, let args, let window, let close):
      return try self.window(name, args, window, close: close, in: schema)
    case .inPipeline(let inner, let pipeline, let negated, let op, _):
      return try membership(inner, pipeline, negated: negated, at: op, in: schema)
    }
  }

  private func bool(_ expr: Syntax.Expr, in schema: [Field], for what: String) throws(Diagnostic) -> TypedExpr
  {
    let e = try check(expr, in: schema)
    guard e.type == .bool else {
      throw Checker.error("\(what) needs true/false, found \(Checker.noun(e.type))", at: expr.range)
    }
    return e
  }

  /// The value set of an enumeration operand compared with a text literal, as a code mask;
  /// an unknown value is an error listing the allowed ones.
  private func enumMask(
    _ values: [String], field: String, literals: [(String, SourceRange)]
  ) throws(Diagnostic) -> [Bool] {
    var mask = [Bool](repeating: false, count: values.count)
    for (text, range) in literals {
      guard let code = values.firstIndex(of: text) else {
        throw Checker.error(
          "\"\(text)\" is not a value of '\(field)'; allowed: " + values.joined(separator: ", "), at: range,
          hint: NearMiss.hint(for: text, among: values))
      }
      mask[code] = true
    }
    return mask
  }

  private func fieldName(_ expr: Syntax.Expr) -> String {
    if case .field(let n) = expr { return n.text }
    return "the value"
  }

  private func stringLiteral(_ expr: Syntax.Expr) -> (String, SourceRange)? {
    if case .literal(.string(let s), let r) = expr { return (s, r) }
    return nil
  }

  private func comparison(
    _ op: Syntax.BinaryOperator, _ l: Syntax.Expr, _ r: Syntax.Expr, at range: SourceRange, in schema: [Field]
  ) throws(Diagnostic) -> TypedExpr {
    var left = try check(l, in: schema)
    var right = try check(r, in: schema)
    let cmp = TypedExpr.Comparison(rawValue: op.rawValue) ?? .equal
    // enum == "value" / enum != "value": a code mask.
    if case .enumeration(let values) = left.type, let lit = stringLiteral(r) {
      let mask = try enumMask(values, field: fieldName(l), literals: [lit])
      if cmp == .equal { return TypedExpr(.enumIn(left, mask: mask), .bool) }
      if cmp == .notEqual { return TypedExpr(.enumIn(left, mask: mask.map { !$0 }), .bool) }
    }
    if case .enumeration(let values) = right.type, let lit = stringLiteral(l) {
      let mask = try enumMask(values, field: fieldName(r), literals: [lit])
      if cmp == .equal { return TypedExpr(.enumIn(right, mask: mask), .bool) }
      if cmp == .notEqual { return TypedExpr(.enumIn(right, mask: mask.map { !$0 }), .bool) }
    }
    try unify(&left, &right, l, r, at: range, what: "compare")
    return TypedExpr(.compare(cmp, left, right), .bool)
  }

  /// Brings two operands to one comparable type, or explains why they cannot be compared.
  func unify(
    _ left: inout TypedExpr, _ right: inout TypedExpr, _ l: Syntax.Expr, _ r: Syntax.Expr,
    at range: SourceRange, what: String
  ) throws(Diagnostic) {
    switch (left.type, right.type) {
    case (.int, .int), (.double, .double), (.string, .string), (.date, .date), (.bool, .bool): return
    case (.int, .double): left = left.promoted
    case (.double, .int): right = right.promoted
    case (.enumeration(let a), .enumeration(let b)) where a == b:
      left = TypedExpr(.enumText(left), .string)
      right = TypedExpr(.enumText(right), .string)
    case (.enumeration(let values), .string):
      if let lit = stringLiteral(r) { _ = try enumMask(values, field: fieldName(l), literals: [lit]) }
      left = TypedExpr(.enumText(left), .string)
    case (.string, .enumeration(let values)):
      if let lit = stringLiteral(l) { _ = try enumMask(values, field: fieldName(r), literals: [lit]) }
      right = TypedExpr(.enumText(right), .string)
    case (.enumeration, .enumeration):
      left = TypedExpr(.enumText(left), .string)
      right = TypedExpr(.enumText(right), .string)
    case (.date, .string):
      right = try dateLiteral(r, right)
    case (.string, .date):
      left = try dateLiteral(l, left)
    default:
      throw Checker.error(
        "cannot \(what) \(Checker.noun(left.type)) with \(Checker.noun(right.type))", at: range,
        hint: Checker.conversionHint(left.type, right.type))
    }
  }

  static func conversionHint(_ a: FieldType, _ b: FieldType) -> String? {
    switch (a, b) {
    case (.int, .string), (.double, .string), (.string, .int), (.string, .double):
      "numbers are written without quotes"
    case (.date, .int), (.int, .date): Lexer.dateHint + ", without quotes"
    default: nil
    }
  }

  private func dateLiteral(_ expr: Syntax.Expr, _ typed: TypedExpr) throws(Diagnostic) -> TypedExpr {
    guard let (text, range) = stringLiteral(expr) else {
      throw Checker.error("expected a date, found text", at: expr.range)
    }
    guard let day = Day(iso: text) else {
      throw Checker.error("\"\(text)\" is not a date", at: range, hint: Lexer.dateHint)
    }
    return TypedExpr(.constant(.date(day)), .date)
  }

  private func membership(
    _ inner: Syntax.Expr, _ items: [Syntax.Expr], negated: Bool, at op: SourceRange, in schema: [Field]
  ) throws(Diagnostic) -> TypedExpr {
    let subject = try check(inner, in: schema)
    if case .enumeration(let values) = subject.type {
      var literals: [(String, SourceRange)] = []
      for item in items {
        guard let lit = stringLiteral(item) else {
          throw Checker.error(
            "expected a \"value\" of '\(fieldName(inner))' in the list", at: item.range,
            hint: "allowed: " + values.joined(separator: ", "))
        }
        literals.append(lit)
      }
      let mask = try enumMask(values, field: fieldName(inner), literals: literals)
      return TypedExpr(.enumIn(subject, mask: negated ? mask.map { !$0 } : mask), .bool)
    }
    // Other types: a chain of == (or of != for `not in`).
    var result: TypedExpr?
    for item in items {
      var left = subject
      var right = try check(item, in: schema)
      try unify(&left, &right, inner, item, at: item.range, what: "compare")
      let test = TypedExpr(.compare(negated ? .notEqual : .equal, left, right), .bool)
      if let previous = result {
        result = TypedExpr(negated ? .and(previous, test) : .or(previous, test), .bool)
      } else {
        result = test
      }
    }
    return result ?? TypedExpr(.constant(.bool(negated)), .bool)
  }

  private func arithmetic(
    _ op: Syntax.BinaryOperator, _ l: TypedExpr, _ r: TypedExpr, at range: SourceRange
  ) throws(Diagnostic) -> TypedExpr {
    func double(_ e: TypedExpr) -> TypedExpr { e.promoted }
    let numeric = [FieldType.int, .double]
    switch (op, l.type, r.type) {
    case (.add, .int, .int): return TypedExpr(.arithmetic(.addInt, l, r, range), .int)
    case (.subtract, .int, .int): return TypedExpr(.arithmetic(.subtractInt, l, r, range), .int)
    case (.multiply, .int, .int): return TypedExpr(.arithmetic(.multiplyInt, l, r, range), .int)
    case (.add, .date, .int): return TypedExpr(.arithmetic(.addDays, l, r, range), .date)
    case (.add, .int, .date): return TypedExpr(.arithmetic(.addDays, r, l, range), .date)
    case (.subtract, .date, .int): return TypedExpr(.arithmetic(.subtractDays, l, r, range), .date)
    case (.subtract, .date, .date): return TypedExpr(.arithmetic(.daysBetween, r, l, range), .int)
    case (_, let a, let b) where numeric.contains(a) && numeric.contains(b):
      let kind: TypedExpr.Arithmetic =
        switch op {
        case .add: .addDouble
        case .subtract: .subtractDouble
        case .multiply: .multiplyDouble
        default: .divide
        }
      return TypedExpr(.arithmetic(kind, double(l), double(r), range), .double)
    default:
      throw Checker.error(
        "'\(op.rawValue)' needs numbers (or a date and days), found \(Checker.noun(l.type)) and \(Checker.noun(r.type))",
        at: range)
    }
  }
}
