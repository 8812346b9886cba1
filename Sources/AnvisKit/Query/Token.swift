/// A place in the query text: 1-based line and column (in characters), the character offset
/// from the start of the input, and how many characters the thing spans.
public struct SourceRange: Hashable, Sendable {
  public var offset: Int
  public var line: Int
  public var column: Int
  public var length: Int

  public init(offset: Int, line: Int, column: Int, length: Int) {
    self.offset = offset
    self.line = line
    self.column = column
    self.length = length
  }

  /// The range from the start of `self` to the end of `other`, underlined on `self`'s line.
  func through(_ other: SourceRange) -> SourceRange {
    guard other.line == line else { return self }
    let end = other.column + other.length
    return SourceRange(offset: offset, line: line, column: column, length: max(1, end - column))
  }
}

/// One lexical token of a query.
struct Token: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    case identifier(String)
    case integer(Int)
    case number(Double)
    case string(String)
    /// A date literal such as `2026-01-31`, as a day ordinal.
    case date(Int)
    case symbol(Symbol)
    case end
  }

  enum Symbol: String, Hashable, Sendable, CaseIterable {
    case pipe = "|", comma = ",", leftParen = "(", rightParen = ")"
    case leftBracket = "[", rightBracket = "]"
    case assign = "=", equal = "==", notEqual = "!=", less = "<", lessEqual = "<="
    case greater = ">", greaterEqual = ">=", plus = "+", minus = "-", star = "*", slash = "/"
  }

  var kind: Kind
  var range: SourceRange

  var identifier: String? {
    if case .identifier(let name) = kind { return name }
    return nil
  }

  func isSymbol(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }

  func isWord(_ word: String) -> Bool { kind == .identifier(word) }

  /// How the token reads in an error message.
  var display: String {
    switch kind {
    case .identifier(let name): "'\(name)'"
    case .integer(let v): "'\(v)'"
    case .number(let v): "'\(v)'"
    case .string(let s): "\"\(s)\""
    case .date(let d): "'\(Day(ordinal: d))'"
    case .symbol(let s): "'\(s.rawValue)'"
    case .end: "the end of the query"
    }
  }
}
