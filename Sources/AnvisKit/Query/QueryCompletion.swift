/// Tab completion that knows the query grammar: table and `let` names at the start, stage
/// names after `|`, the fields of the table flowing into the current stage (so after
/// `select`, `extend`, `summarize` or `count by` the new fields), `asc`/`desc` after a sort
/// key, and the values of an enumeration field after `==`, `!=` or inside `in [ … ]`.
public enum QueryCompletion {
  /// Characters that end the word being completed (the shell's readline uses the same).
  public static let breakCharacters = Set<Character>(" \t\n|()[],=<>!\"+*/")

  /// Aggregate calls, from the names the checker knows (`count()` takes no argument).
  static let aggregateCalls = Checker.aggregateNames.map { $0 == "count" ? "count()" : $0 + "(" }

  /// Function calls that fit in an expression (if, case, matches and the built-ins).
  static let functionCalls = Checker.functionNames.map { $0 == "today" ? "today()" : $0 + "(" }

  /// What may follow a field in an expression.
  static let expressionWords = ["and", "or", "not", "in", "is", "between"]

  /// Words that may replace the word ending at `cursor` (a character offset into `line`),
  /// sorted; enumeration values come quoted unless the quote is already typed.
  public static func candidates(line: String, cursor: Int, catalog: TableCatalog) -> [String] {
    let chars = Array(line.prefix(max(0, cursor)))
    var start = chars.count
    while start > 0, !breakCharacters.contains(chars[start - 1]) { start -= 1 }
    let word = String(chars[start...])
    let quoted = start > 0 && chars[start - 1] == "\""
    let before = String(chars[..<(quoted ? start - 1 : start)])
    var offered = options(before: before, quoted: quoted, catalog: catalog)
    // Function names join the fields once a letter is typed (an empty word lists the fields).
    if word.isEmpty, offered.contains(where: { !$0.hasSuffix("(") && !$0.hasSuffix("()") }) {
      offered.removeAll { $0.hasSuffix("(") || ($0.hasSuffix("()") && $0 != "count()") }
    }
    return Array(Set(offered.filter { $0.hasPrefix(word) })).sorted()
  }

  static func options(before: String, quoted: Bool, catalog: TableCatalog) -> [String] {
    var tokens = Lexer.tokenizePrefix(before)
    var offset = 0
    if tokens.first?.isWord("let") == true {
      if tokens.count < 3 { return [] }
      guard tokens[2].isSymbol(.assign) else { return [] }
      offset = tokens[2].range.offset + 1
      tokens.removeFirst(3)
    }
    guard let source = tokens.first else { return quoted ? [] : catalog.names + (offset == 0 ? ["let"] : []) }
    guard source.identifier != nil else { return [] }
    guard let lastPipe = tokens.lastIndex(where: { $0.isSymbol(.pipe) }) else { return [] }
    let stage = Array(tokens[(lastPipe + 1)...])
    guard let keyword = stage.first?.identifier else { return quoted ? [] : Parser.stageNames }
    let fields = schema(
      of: Array(before.prefix(tokens[lastPipe].range.offset).dropFirst(offset)), catalog: catalog)
    let names = fields.map(\.name)
    let rest = Array(stage.dropFirst())
    if let values = enumValues(rest, fields) { return quoted ? values : values.map { "\"\($0)\"" } }
    if quoted { return [] }
    switch keyword {
    case "join":
      var rest = rest
      if rest.first?.isWord("kind") == true {
        if rest.count <= 2 { return rest.count == 2 ? Syntax.JoinKind.allCases.map(\.rawValue) : [] }
        rest.removeFirst(3)
      }
      if rest.isEmpty { return catalog.names + ["kind"] }
      if rest.count == 1 { return ["on"] }
      if rest.count == 2 { return names }
      if rest.count == 3 || rest.count == 4, let right = rest[0].identifier,
        rest.last?.isSymbol(.assign) == true
      {
        return catalog.table(named: right)?.fieldNames ?? []
      }
      return []
    case "take": return []
    case "top":
      if rest.count == 1 { return ["by"] }
      if rest.count == 2 { return names }
      if rest.count >= 3, rest.contains(where: { $0.isWord("per") }) { return names }
      if rest.count == 3 { return ["asc", "desc", "per"] }
      if rest.count == 4 { return ["per"] }
      return []
    case "pivot": return rest.isEmpty ? names : []
    case "chart":
      if rest.isEmpty { return Syntax.ChartSpec.Kind.allCases.map(\.rawValue) }
      if rest.first?.isWord("hist") == true, rest.count == 2 { return ["bins"] }
      return rest.count <= 3 ? names : []
    case "count": return rest.isEmpty ? ["by"] : (rest.first?.isWord("by") == true ? names : [])
    case "sort":
      if let last = rest.last, let id = last.identifier, names.contains(id) { return ["asc", "desc"] }
      return names
    case "summarize":
      if rest.contains(where: { $0.isWord("by") }) { return names }
      if let last = rest.last, last.isSymbol(.assign) { return aggregateCalls }
      if let last = rest.last, last.isSymbol(.rightParen) { return ["by"] }
      return names + aggregateCalls
    case "where":
      if let last = rest.last, last.identifier.map(names.contains) == true { return expressionWords }
      return names + functionCalls
    case "select", "extend":
      if let last = rest.last, last.isSymbol(.rightParen) { return ["over"] }
      if let last = rest.last, last.isWord("over") { return [] }
      return names + functionCalls + aggregateCalls + Checker.windowOnlyNames.map { $0 + "(" }
    case "distinct": return names
    default: return []
    }
  }

  /// The fields flowing out of the pipeline text (everything before the current stage).
  static func schema(of text: [Character], catalog: TableCatalog) -> [Field] {
    let checker = Checker(catalog: catalog)
    var tokens = Lexer.tokenizePrefix(String(text))
    tokens.append(Token(kind: .end, range: SourceRange(offset: text.count, line: 1, column: 1, length: 1)))
    // Try the whole prefix; if a stage does not parse, drop stages from the end.
    while tokens.count > 1 {
      var parser = Parser(tokens: tokens)
      if let pipeline = try? parser.pipeline() {
        return checker.schemas(pipeline).last ?? []
      }
      guard let pipe = tokens.dropLast().lastIndex(where: { $0.isSymbol(.pipe) }) else { break }
      tokens = Array(tokens[..<pipe]) + [tokens[tokens.count - 1]]
    }
    if let first = tokens.first?.identifier, let table = catalog.table(named: first) {
      return Checker.schema(of: table)
    }
    return []
  }

  /// After `FIELD ==`, `FIELD !=` or inside `FIELD in [ … ` on an enumeration field: its values.
  static func enumValues(_ tokens: [Token], _ fields: [Field]) -> [String]? {
    func values(_ token: Token) -> [String]? {
      guard let name = token.identifier, let field = fields.first(where: { $0.name == name }),
        case .enumeration(let values) = field.type
      else { return nil }
      return values
    }
    guard let last = tokens.last else { return nil }
    let n = tokens.count
    if last.isSymbol(.equal) || last.isSymbol(.notEqual), n >= 2 { return values(tokens[n - 2]) }
    // Walk back over `"v",` items to `[`, then expect `in` (or `not in`) and the field.
    var i = n - 1
    while i >= 0 {
      let t = tokens[i]
      if t.isSymbol(.comma) || { if case .string = t.kind { return true } else { return false } }() {
        i -= 1
        continue
      }
      break
    }
    guard i >= 2, tokens[i].isSymbol(.leftBracket), tokens[i - 1].isWord("in") else { return nil }
    let subject = tokens[i - 2].isWord("not") && i >= 3 ? tokens[i - 3] : tokens[i - 2]
    return values(subject)
  }
}
