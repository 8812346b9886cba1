// Expressions, loosest binding first: or, and, not, comparison, + -, * / %, unary, primary.

extension Parser {
  mutating func expression() throws(Diagnostic) -> Syntax.Expr { try or() }

  mutating func or() throws(Diagnostic) -> Syntax.Expr {
    var left = try and()
    while let op = acceptWord("or") {
      try countOperator(op)
      left = .binary(.or, left, try and(), op: op.range)
    }
    return left
  }

  mutating func and() throws(Diagnostic) -> Syntax.Expr {
    var left = try not()
    while let op = acceptWord("and") {
      try countOperator(op)
      left = .binary(.and, left, try not(), op: op.range)
    }
    return left
  }

  mutating func not() throws(Diagnostic) -> Syntax.Expr {
    if let op = acceptWord("not") {
      try nest(op)
      defer { depth -= 1 }
      return .unary(.not, try not(), op: op.range)
    }
    return try comparison()
  }

  static let comparisons: [Token.Symbol: Syntax.BinaryOperator] = [
    .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual,
    .greater: .greater, .greaterEqual: .greaterEqual,
  ]

  mutating func comparison() throws(Diagnostic) -> Syntax.Expr {
    let left = try additive()
    if case .symbol(let s) = current.kind, let op = Parser.comparisons[s] {
      let token = advance()
      try countOperator(token)
      return .binary(op, left, try additive(), op: token.range)
    }
    if current.isSymbol(.assign) {
      throw error("'=' assigns; to compare, write '=='")
    }
    if let between = acceptWord("between") { return try self.between(left, negated: false, op: between) }
    if current.isWord("not"), peekNext.isWord("between") {
      let notToken = advance()
      _ = advance()
      return try self.between(left, negated: true, op: notToken)
    }
    if let inToken = acceptWord("in") { return try list(left, negated: false, op: inToken) }
    if current.isWord("not"), peekNext.isWord("in") {
      let notToken = advance()
      _ = advance()
      return try list(left, negated: true, op: notToken)
    }
    if let isToken = acceptWord("is") {
      let negated = acceptWord("not") != nil
      guard let m = acceptWord("missing") else {
        throw error("expected 'missing' after 'is\(negated ? " not" : "")', found \(current.display)")
      }
      return .isMissing(left, negated: negated, op: isToken.range.through(m.range))
    }
    return left
  }

  /// `x between a and b` is `x >= a and x <= b`; `not between` is `x < a or x > b`, so a
  /// missing value satisfies neither.
  mutating func between(_ x: Syntax.Expr, negated: Bool, op: Token) throws(Diagnostic) -> Syntax.Expr {
    try countOperator(op)
    let low = try additive()
    guard let and = acceptWord("and") else {
      throw error(
        "expected 'and' in 'between … and …', found \(current.display)", hint: "e.g. rent between 3000 and 4000")
    }
    let high = try additive()
    if negated {
      return .binary(.or, .binary(.less, x, low, op: op.range), .binary(.greater, x, high, op: and.range), op: op.range)
    }
    return .binary(
      .and, .binary(.greaterEqual, x, low, op: op.range), .binary(.lessEqual, x, high, op: and.range), op: op.range)
  }

  mutating func list(_ left: Syntax.Expr, negated: Bool, op: Token) throws(Diagnostic) -> Syntax.Expr
  {
    if let open = accept(.leftParen) {
      try nest(open)
      defer { depth -= 1 }
      let inner = try pipeline(nested: true)
      let close = try expect(.rightParen, "to close the pipeline after 'in'")
      return .inPipeline(left, inner, negated: negated, op: op.range, close: close.range)
    }
    guard current.isSymbol(.leftBracket) else {
      throw error(
        "expected '[' or '(' after 'in', found \(current.display)",
        hint: "a list: in [\"a\", \"b\"]; a pipeline's values: in (placements | select case)")
    }
    _ = try expect(.leftBracket, "after 'in'")
    var items: [Syntax.Expr] = []
    if !current.isSymbol(.rightBracket) {
      repeat {
        try countOperator(op)
        items.append(try additive())
      } while accept(.comma) != nil
    }
    let close = try expect(.rightBracket, "to close the list")
    return .inList(left, items, negated: negated, op: op.range, close: close.range)
  }

  mutating func additive() throws(Diagnostic) -> Syntax.Expr {
    var left = try multiplicative()
    while true {
      if let op = accept(.plus) {
        try countOperator(op)
        left = .binary(.add, left, try multiplicative(), op: op.range)
      } else if let op = accept(.minus) {
        try countOperator(op)
        left = .binary(.subtract, left, try multiplicative(), op: op.range)
      } else {
        return left
      }
    }
  }

  mutating func multiplicative() throws(Diagnostic) -> Syntax.Expr {
    var left = try unary()
    while true {
      if let op = accept(.star) {
        try countOperator(op)
        left = .binary(.multiply, left, try unary(), op: op.range)
      } else if let op = accept(.slash) {
        try countOperator(op)
        left = .binary(.divide, left, try unary(), op: op.range)
      } else {
        return left
      }
    }
  }

  mutating func unary() throws(Diagnostic) -> Syntax.Expr {
    if let op = accept(.minus) {
      try nest(op)
      defer { depth -= 1 }
      return .unary(.negate, try unary(), op: op.range)
    }
    return try primary()
  }

  mutating func primary() throws(Diagnostic) -> Syntax.Expr {
    let token = current
    switch token.kind {
    case .integer(let v):
      _ = advance()
      return .literal(.int(v), token.range)
    case .number(let v):
      _ = advance()
      return .literal(.double(v), token.range)
    case .string(let v):
      _ = advance()
      return .literal(.string(v), token.range)
    case .date(let v):
      _ = advance()
      return .literal(.date(v), token.range)
    case .symbol(.leftParen):
      try nest(advance())
      defer { depth -= 1 }
      let inner = try expression()
      _ = try expect(.rightParen, "to close '('")
      return inner
    case .identifier(let word):
      if word == "true" || word == "false" {
        _ = advance()
        return .literal(.bool(word == "true"), token.range)
      }
      guard !Parser.reservedWords.contains(word) else {
        let hint = word == "missing" ? "to test for a missing value, write `x is missing` or `x is not missing`" : nil
        throw error("expected a value, found '\(word)'", hint: hint)
      }
      let n = Syntax.Name(text: word, range: advance().range)
      guard accept(.leftParen) != nil else { return .field(n) }
      var args: [Syntax.Expr] = []
      try nest(token)
      defer { depth -= 1 }
      if !current.isSymbol(.rightParen) {
        repeat {
          try countOperator(token)
          args.append(try expression())
        } while accept(.comma) != nil
      }
      let close = try expect(.rightParen, "to close the arguments of '\(word)'")
      if acceptWord("over") != nil { return try window(n, args) }
      return .call(n, args, close: close.range)
    case .symbol, .end:
      throw error("expected a value (a field, a number, \"text\" or a date), found \(token.display)")
    }
  }

  /// `over ([by f, …] [sort x [asc|desc], …])` after a call.
  mutating func window(_ function: Syntax.Name, _ args: [Syntax.Expr]) throws(Diagnostic) -> Syntax.Expr {
    _ = try expect(.leftParen, "after 'over'")
    var by: [Syntax.Name] = []
    var sort: [Syntax.SortKey] = []
    if acceptWord("by") != nil { by = try names("a field name after 'by'") }
    if acceptWord("sort") != nil {
      repeat { sort.append(try sortKey("a field name after 'sort'")) } while accept(.comma) != nil
    }
    let close = try expect(
      .rightParen, by.isEmpty && sort.isEmpty ? "after 'over (' (or by …, sort …)" : "to close 'over ('")
    return .window(function, args, Syntax.Window(by: by, sort: sort), close: close.range)
  }
}
