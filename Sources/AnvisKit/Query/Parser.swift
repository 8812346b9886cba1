/// A hand-written recursive-descent parser from tokens to `Syntax`.
struct Parser {
  private(set) var tokens: [Token]
  var position = 0
  /// Open parentheses, `not`s and unary minuses around the current point.
  var depth = 0
  /// Operators read so far; both bounds keep the checker's and evaluator's recursion shallow.
  var operators = 0

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

  var current: Token { tokens[min(position, tokens.count - 1)] }

  var peekNext: Token { tokens[min(position + 1, tokens.count - 1)] }

  mutating func advance() -> Token {
    let token = current
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  mutating func accept(_ symbol: Token.Symbol) -> Token? {
    current.isSymbol(symbol) ? advance() : nil
  }

  mutating func acceptWord(_ word: String) -> Token? {
    current.isWord(word) ? advance() : nil
  }

  func error(_ message: String, at token: Token? = nil, hint: String? = nil) -> Diagnostic {
    let r = (token ?? current).range
    return Diagnostic(message, line: r.line, column: r.column, length: r.length, hint: hint)
  }

  mutating func expect(_ symbol: Token.Symbol, _ what: String) throws(Diagnostic) -> Token {
    guard let token = accept(symbol) else {
      throw error("expected '\(symbol.rawValue)' \(what), found \(current.display)")
    }
    return token
  }

  mutating func name(_ what: String) throws(Diagnostic) -> Syntax.Name {
    guard let text = current.identifier, !Parser.reservedWords.contains(text) else {
      throw error("expected \(what), found \(current.display)")
    }
    return Syntax.Name(text: text, range: advance().range)
  }

  /// Counts one operator; an input with too many is refused rather than risking the stack.
  mutating func countOperator(_ token: Token) throws(Diagnostic) {
    operators += 1
    if operators > Parser.maximumOperators {
      throw error("the query is too long: more than \(Parser.maximumOperators) operators", at: token)
    }
  }

  /// Enters one level of nesting (a parenthesis, `not` or unary minus).
  mutating func nest(_ token: Token) throws(Diagnostic) {
    depth += 1
    if depth > Parser.maximumDepth {
      throw error("the expression is nested too deeply (more than \(Parser.maximumDepth) levels)", at: token)
    }
  }

  mutating func names(_ what: String) throws(Diagnostic) -> [Syntax.Name] {
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
}
