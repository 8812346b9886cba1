/// A hand-written recursive-descent parser from tokens to `Syntax`.
struct Parser {
  private var tokens: [Token]
  private var position = 0
  /// Open parentheses, `not`s and unary minuses around the current point.
  private var depth = 0
  /// Operators read so far; both bounds keep the checker's and evaluator's recursion shallow.
  private var operators = 0

  static let maximumDepth = 64
  static let maximumOperators = 1000

  /// The stage keywords, in the order help and completion list them.
  static let stageNames = [
    "where", "select", "extend", "sort", "take", "top", "distinct", "count", "summarize", "join", "pivot",
    "chart",
  ]

  /// Words with a meaning inside expressions.
  static let reservedWords: Set<String> = [
    "and", "or", "not", "in", "is", "missing", "true", "false", "between",
  ]

  init(tokens: [Token]) { self.tokens = tokens }

  /// Parses a whole input.
  static func parse(_ text: String) throws(Diagnostic) -> Syntax.Statement {
    var parser = Parser(tokens: try Lexer.tokenize(text))
    return try parser.statement()
  }

  private var current: Token { tokens[min(position, tokens.count - 1)] }

  private var peekNext: Token { tokens[min(position + 1, tokens.count - 1)] }

  private mutating func advance() -> Token {
    let token = current
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  private mutating func accept(_ symbol: Token.Symbol) -> Token? {
    current.isSymbol(symbol) ? advance() : nil
  }

  private mutating func acceptWord(_ word: String) -> Token? {
    current.isWord(word) ? advance() : nil
  }

  private func error(_ message: String, at token: Token? = nil, hint: String? = nil) -> Diagnostic {
    let r = (token ?? current).range
    return Diagnostic(message, line: r.line, column: r.column, length: r.length, hint: hint)
  }

  private mutating func expect(_ symbol: Token.Symbol, _ what: String) throws(Diagnostic) -> Token {
    guard let token = accept(symbol) else {
      throw error("expected '\(symbol.rawValue)' \(what), found \(current.display)")
    }
    return token
  }

  private mutating func name(_ what: String) throws(Diagnostic) -> Syntax.Name {
    guard let text = current.identifier, !Parser.reservedWords.contains(text) else {
      throw error("expected \(what), found \(current.display)")
    }
    return Syntax.Name(text: text, range: advance().range)
  }

  /// Counts one operator; an input with too many is refused rather than risking the stack.
  private mutating func countOperator(_ token: Token) throws(Diagnostic) {
    operators += 1
    if operators > Parser.maximumOperators {
      throw error("the query is too long: more than \(Parser.maximumOperators) operators", at: token)
    }
  }

  /// Enters one level of nesting (a parenthesis, `not` or unary minus).
  private mutating func nest(_ token: Token) throws(Diagnostic) {
    depth += 1
    if depth > Parser.maximumDepth {
      throw error("the expression is nested too deeply (more than \(Parser.maximumDepth) levels)", at: token)
    }
  }

  private mutating func names(_ what: String) throws(Diagnostic) -> [Syntax.Name] {
    var result = [try name(what)]
    while accept(.comma) != nil { result.append(try name(what)) }
    return result
  }

  mutating func statement() throws(Diagnostic) -> Syntax.Statement {
    if current.isWord("let"), peekNext.identifier != nil || peekNext.kind == .end {
      _ = advance()
      let bound = try name("a name to bind after 'let'")
      _ = try expect(.assign, "after 'let \(bound.text)'")
      return .bind(bound, try pipeline())
    }
    return .query(try pipeline())
  }

  /// A pipeline; `nested` ends it at a `)` (the pipeline of `x in (…)`).
  mutating func pipeline(nested: Bool = false) throws(Diagnostic) -> Syntax.Pipeline {
    guard let text = current.identifier else {
      throw error(
        "expected a table name to start the query, found \(current.display)",
        hint: "a query starts with a table, e.g. units | count")
    }
    let source = Syntax.Name(text: text, range: advance().range)
    var stages: [Syntax.StageNode] = []
    while true {
      if current.kind == .end || (nested && current.isSymbol(.rightParen)) {
        return Syntax.Pipeline(source: source, stages: stages)
      }
      if case .chart(let spec)? = stages.last?.stage {
        throw error(
          "'chart' is the last stage of a query, found \(current.display)",
          hint: "end the query after chart \(spec.kind.rawValue) …")
      }
      guard let pipe = accept(.pipe) else {
        throw error(
          "expected '|' before the next stage, found \(current.display)",
          hint: Parser.hint(after: stages.last?.stage, source: source.text, found: current))
      }
      stages.append(try stage(after: pipe))
    }
  }

  /// What to say when a stage is followed by something other than `|`.
  static func hint(after stage: Syntax.Stage?, source: String, found: Token) -> String? {
    switch stage {
    case nil: "stages follow the table after '|', e.g. \(source) | count"
    case .sort where found.identifier != nil: "a sort key is followed by asc or desc, then ',' or '|'"
    case .sort: "sort takes fields; compute a value first, e.g. extend yearly = rent * 12 | sort yearly desc"
    case .distinct, .countBy: "list the fields separated by commas"
    case .take: "take needs a whole number"
    default: nil
    }
  }

  private mutating func stage(after pipe: Token) throws(Diagnostic) -> Syntax.StageNode {
    guard let word = current.identifier else {
      throw error(
        "expected a stage after '|', found \(current.display)",
        hint: "stages: " + Parser.stageNames.joined(separator: ", "))
    }
    let keyword = advance()
    let stage: Syntax.Stage
    switch word {
    case "where": stage = .filter(try expression())
    case "select": stage = .select(try projections(requireNames: false))
    case "extend": stage = .extend(try projections(requireNames: true))
    case "sort": stage = .sort(try sortKeys())
    case "take":
      guard case .integer(let n) = current.kind else {
        throw error("expected a number of rows after 'take', found \(current.display)")
      }
      stage = .take(n, advance().range)
    case "distinct": stage = .distinct(try names("a field name after 'distinct'"))
    case "count":
      if acceptWord("by") != nil {
        stage = .countBy(try names("a field name after 'by'"))
      } else {
        stage = .count
      }
    case "summarize":
      let aggregates = try projections(requireNames: false)
      let by = acceptWord("by") != nil ? try names("a field name after 'by'") : []
      stage = .summarize(aggregates, by: by)
    case "top": stage = try top()
    case "pivot": stage = .pivot(try name("a field name after 'pivot'"))
    case "chart": stage = .chart(try chart(keyword))
    case "join":
      var kind = Syntax.JoinKind.inner
      if current.isWord("kind"), peekNext.isSymbol(.assign) || peekNext.isSymbol(.equal) {
        _ = advance()
        _ = advance()
        guard let word = current.identifier, let k = Syntax.JoinKind(rawValue: word) else {
          throw error(
            "expected a join kind (inner, left, semi or anti), found \(current.display)",
            hint: NearMiss.hint(for: current.identifier ?? "", among: Syntax.JoinKind.allCases.map(\.rawValue)))
        }
        _ = advance()
        kind = k
      }
      let table = try name("a table name after 'join'")
      guard acceptWord("on") != nil else {
        throw error(
          "expected 'on' after 'join \(table.text)', found \(current.display)",
          hint: "e.g. join \(table.text) on id")
      }
      let left = try name("a field name after 'on'")
      var right: Syntax.Name?
      if accept(.assign) != nil || accept(.equal) != nil {
        right = try name("a field of \(table.text) after '='")
      }
      stage = .join(table: table, left: left, right: right, kind: kind)
    default:
      throw error(
        "unknown stage '\(word)'", at: keyword,
        hint: NearMiss.hint(for: word, among: Parser.stageNames)
          ?? "stages: " + Parser.stageNames.joined(separator: ", "))
    }
    return Syntax.StageNode(stage: stage, keyword: keyword.range)
  }

  private mutating func projections(requireNames: Bool) throws(Diagnostic) -> [Syntax.Projection] {
    var result: [Syntax.Projection] = []
    repeat {
      if let text = current.identifier, peekNext.isSymbol(.assign), !Parser.reservedWords.contains(text) {
        let n = Syntax.Name(text: text, range: advance().range)
        _ = advance()
        result.append(Syntax.Projection(name: n, expr: try expression()))
      } else if requireNames {
        throw error("expected 'name = expression', found \(current.display)")
      } else {
        result.append(Syntax.Projection(name: nil, expr: try expression()))
      }
    } while accept(.comma) != nil
    return result
  }

  private mutating func sortKeys() throws(Diagnostic) -> [Syntax.SortKey] {
    var keys: [Syntax.SortKey] = []
    repeat { keys.append(try sortKey("a field name to sort by")) } while accept(.comma) != nil
    return keys
  }

  private mutating func sortKey(_ what: String) throws(Diagnostic) -> Syntax.SortKey {
    let field = try name(what)
    if acceptWord("desc") != nil { return Syntax.SortKey(field: field, descending: true, explicit: true) }
    if acceptWord("asc") != nil { return Syntax.SortKey(field: field, descending: false, explicit: true) }
    return Syntax.SortKey(field: field, descending: false)
  }

  /// `top N by X [asc|desc] [per F, …]`; without a direction, the largest first (as in KQL).
  private mutating func top() throws(Diagnostic) -> Syntax.Stage {
    guard case .integer(let n) = current.kind else {
      throw error("expected a number of rows after 'top', found \(current.display)", hint: "e.g. top 3 by rent asc")
    }
    let count = advance().range
    guard acceptWord("by") != nil else {
      throw error("expected 'by' after 'top \(n)', found \(current.display)", hint: "e.g. top \(n) by rent desc")
    }
    var key = try sortKey("a field name after 'by'")
    if !key.explicit { key.descending = true }
    let per = acceptWord("per") != nil ? try names("a field name after 'per'") : []
    return .top(n, count, by: key, per: per)
  }

  /// `chart bar LABEL, VALUE`, `chart line X, Y`, `chart hist FIELD [bins N]`.
  private mutating func chart(_ keyword: Token) throws(Diagnostic) -> Syntax.ChartSpec {
    let kinds = Syntax.ChartSpec.Kind.allCases.map(\.rawValue)
    guard let word = current.identifier, let kind = Syntax.ChartSpec.Kind(rawValue: word) else {
      throw error(
        "expected bar, line or hist after 'chart', found \(current.display)",
        hint: NearMiss.hint(for: current.identifier ?? "", among: kinds) ?? "e.g. chart bar area, count")
    }
    _ = advance()
    switch kind {
    case .bar, .line:
      let first = try name(kind == .bar ? "a label field after 'chart bar'" : "an x field after 'chart line'")
      _ = try expect(.comma, kind == .bar ? "between the label and the value" : "between x and y")
      let second = try name(kind == .bar ? "a value field" : "a y field")
      return Syntax.ChartSpec(kind: kind, fields: [first, second], bins: nil, keyword: keyword.range)
    case .hist:
      let field = try name("a field after 'chart hist'")
      var bins: Int?
      if acceptWord("bins") != nil {
        guard case .integer(let b) = current.kind, (1...200).contains(b) else {
          throw error("expected a number of bins from 1 to 200, found \(current.display)")
        }
        _ = advance()
        bins = b
      }
      return Syntax.ChartSpec(kind: kind, fields: [field], bins: bins, keyword: keyword.range)
    }
  }

  // MARK: Expressions, loosest binding first.

  mutating func expression() throws(Diagnostic) -> Syntax.Expr { try or() }

  private mutating func or() throws(Diagnostic) -> Syntax.Expr {
    var left = try and()
    while let op = acceptWord("or") {
      try countOperator(op)
      left = .binary(.or, left, try and(), op: op.range)
    }
    return left
  }

  private mutating func and() throws(Diagnostic) -> Syntax.Expr {
    var left = try not()
    while let op = acceptWord("and") {
      try countOperator(op)
      left = .binary(.and, left, try not(), op: op.range)
    }
    return left
  }

  private mutating func not() throws(Diagnostic) -> Syntax.Expr {
    if let op = acceptWord("not") {
      try nest(op)
      defer { depth -= 1 }
      return .unary(.not, try not(), op: op.range)
    }
    return try comparison()
  }

  private static let comparisons: [Token.Symbol: Syntax.BinaryOperator] = [
    .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual,
    .greater: .greater, .greaterEqual: .greaterEqual,
  ]

  private mutating func comparison() throws(Diagnostic) -> Syntax.Expr {
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
  private mutating func between(_ x: Syntax.Expr, negated: Bool, op: Token) throws(Diagnostic) -> Syntax.Expr {
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

  private mutating func list(_ left: Syntax.Expr, negated: Bool, op: Token) throws(Diagnostic) -> Syntax.Expr
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

  private mutating func additive() throws(Diagnostic) -> Syntax.Expr {
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

  private mutating func multiplicative() throws(Diagnostic) -> Syntax.Expr {
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

  private mutating func unary() throws(Diagnostic) -> Syntax.Expr {
    if let op = accept(.minus) {
      try nest(op)
      defer { depth -= 1 }
      return .unary(.negate, try unary(), op: op.range)
    }
    return try primary()
  }

  private mutating func primary() throws(Diagnostic) -> Syntax.Expr {
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
        throw error("expected a value, found '\(word)'")
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
  private mutating func window(_ function: Syntax.Name, _ args: [Syntax.Expr]) throws(Diagnostic) -> Syntax.Expr {
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
