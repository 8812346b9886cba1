/// Splits query text into tokens, tracking line and column (in characters) of each.
struct Lexer {
  private let chars: [Character]
  private var index = 0
  private var line = 1
  private var lineStart = 0

  init(_ text: String) { chars = Array(text) }

  /// How a date is written, the hint wherever one is not.
  static let dateHint = "dates are written YYYY-MM-DD"

  /// All tokens of `text`, ending with `.end`.
  static func tokenize(_ text: String) throws(Diagnostic) -> [Token] {
    var lexer = Lexer(text)
    var tokens: [Token] = []
    while true {
      let token = try lexer.next()
      tokens.append(token)
      if token.kind == .end { return tokens }
    }
  }

  /// As many tokens as can be read; stops quietly at the first error (for completion).
  static func tokenizePrefix(_ text: String) -> [Token] {
    var lexer = Lexer(text)
    var tokens: [Token] = []
    while let token = try? lexer.next(), token.kind != .end { tokens.append(token) }
    return tokens
  }

  private func range(from start: Int, startLine: Int, startColumn: Int) -> SourceRange {
    SourceRange(offset: start, line: startLine, column: startColumn, length: max(1, index - start))
  }

  private var column: Int { index - lineStart + 1 }

  private mutating func next() throws(Diagnostic) -> Token {
    skipSpace()
    let start = index
    let startColumn = column
    let startLine = line
    guard index < chars.count else {
      return Token(kind: .end, range: SourceRange(offset: index, line: line, column: column, length: 1))
    }
    let c = chars[index]
    if c.isLetter || c == "_" {
      while index < chars.count, chars[index].isLetter || chars[index].isNumber || chars[index] == "_" {
        index += 1
      }
      let word = String(chars[start..<index])
      return Token(
        kind: .identifier(word), range: range(from: start, startLine: startLine, startColumn: startColumn))
    }
    if c.isASCII, c.isNumber {
      return try number(start: start, startLine: startLine, startColumn: startColumn)
    }
    if c == "\"" || c == "'" {
      return try string(quote: c, start: start, startLine: startLine, startColumn: startColumn)
    }
    if let symbol = symbol() {
      return Token(
        kind: .symbol(symbol), range: range(from: start, startLine: startLine, startColumn: startColumn))
    }
    throw Diagnostic(
      Lexer.unexpectedCharacter(c), line: startLine, column: startColumn,
      hint: c == "&" ? "write 'and'" : c == "!" ? "write 'not' or '!='" : nil)
  }

  static func unexpectedCharacter(_ c: Character) -> String { "unexpected character '\(c)'" }

  /// Skips whitespace and `#` comments (a comment runs to the end of its line).
  private mutating func skipSpace() {
    while index < chars.count {
      let c = chars[index]
      if c == "#" {
        while index < chars.count, chars[index] != "\n", chars[index] != "\r\n" { index += 1 }
        continue
      }
      guard c.isWhitespace else { return }
      if c == "\n" || c == "\r\n" {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
  }

  private func at(_ i: Int) -> Character? { i < chars.count ? chars[i] : nil }

  private func isDigit(_ at: Int) -> Bool { at < chars.count && chars[at].isASCII && chars[at].isNumber }

  private mutating func number(start: Int, startLine: Int, startColumn: Int) throws(Diagnostic) -> Token {
    while isDigit(index) { index += 1 }
    // A date literal: four digits, '-', two digits, '-', two digits.
    if index - start == 4, at(index) == "-", isDigit(index + 1), isDigit(index + 2), at(index + 3) == "-",
      isDigit(index + 4), isDigit(index + 5), !isDigit(index + 6)
    {
      index += 6
      let text = String(chars[start..<index])
      let r = range(from: start, startLine: startLine, startColumn: startColumn)
      guard let day = Day(iso: text) else {
        throw Diagnostic(
          "'\(text)' is not a date", line: r.line, column: r.column, length: r.length,
          hint: Lexer.dateHint)
      }
      return Token(kind: .date(day.ordinal), range: r)
    }
    var isDecimal = false
    if index < chars.count, chars[index] == ".", isDigit(index + 1) {
      isDecimal = true
      index += 1
      while isDigit(index) { index += 1 }
    }
    // An exponent: 1e6, 2.5E-3.
    if let e = at(index), e == "e" || e == "E" {
      var next = index + 1
      if let sign = at(next), sign == "+" || sign == "-" { next += 1 }
      if isDigit(next) {
        isDecimal = true
        index = next
        while isDigit(index) { index += 1 }
      }
    }
    let text = String(chars[start..<index])
    let r = range(from: start, startLine: startLine, startColumn: startColumn)
    func tooLarge(_ hint: String) -> Diagnostic {
      Diagnostic("the number \(text) is too large", line: r.line, column: r.column, length: r.length, hint: hint)
    }
    if isDecimal, let v = Double(text) {
      guard v.isFinite else { throw tooLarge("numbers go up to about 1.8e308") }
      return Token(kind: .number(v), range: r)
    }
    guard let v = Int(text) else { throw tooLarge("integers go up to \(Int.max)") }
    return Token(kind: .integer(v), range: r)
  }

  private mutating func string(
    quote: Character, start: Int, startLine: Int, startColumn: Int
  ) throws(Diagnostic) -> Token {
    index += 1
    var value = ""
    while index < chars.count, chars[index] != quote {
      let c = chars[index]
      if c == "\n" || c == "\r\n" { break }
      if c == "\\", index + 1 < chars.count, chars[index + 1] == quote || chars[index + 1] == "\\" {
        value.append(chars[index + 1])
        index += 2
        continue
      }
      value.append(c)
      index += 1
    }
    guard index < chars.count, chars[index] == quote else {
      throw Diagnostic(
        "unterminated text: missing the closing \(quote)", line: startLine, column: startColumn)
    }
    index += 1
    return Token(
      kind: .string(value), range: range(from: start, startLine: startLine, startColumn: startColumn))
  }

  private mutating func symbol() -> Token.Symbol? {
    let c = chars[index]
    let next: Character? = index + 1 < chars.count ? chars[index + 1] : nil
    let two: Token.Symbol? =
      switch (c, next) {
      case ("=", "="): .equal
      case ("!", "="): .notEqual
      case ("<", "="): .lessEqual
      case (">", "="): .greaterEqual
      case ("<", ">"): .notEqual
      default: nil
      }
    if let two {
      index += 2
      return two
    }
    let one: Token.Symbol? =
      switch c {
      case "|": .pipe
      case ",": .comma
      case "(": .leftParen
      case ")": .rightParen
      case "[": .leftBracket
      case "]": .rightBracket
      case "=": .assign
      case "<": .less
      case ">": .greater
      case "+": .plus
      case "-": .minus
      case "*": .star
      case "/": .slash
      default: nil
      }
    if one != nil { index += 1 }
    return one
  }
}
