/// Tab completion that knows the query grammar: table and `let` names at the start, stage
/// names after `|`, the fields of the table flowing into the current stage (so after
/// `select`, `extend`, `summarize` or `count by` the new fields), `asc`/`desc` after a sort
/// key, and the values of an enumeration field after `==`, `!=` or inside `in [ … ]`.
public enum QueryCompletion {
  /// Characters that end the word being completed (the shell's readline uses the same).
  public static let breakCharacters = Set<Character>(" \t\n|()[],=<>!\"+*/")

  static let aggregateCalls = ["count()", "sum(", "avg(", "min(", "max(", "median(", "p("]

  /// Words that may replace the word ending at `cursor` (a character offset into `line`),
  /// sorted; enumeration values come quoted unless the quote is already typed.
  public static func candidates(line: String, cursor: Int, catalog: TableCatalog) -> [String] {
    let chars = Array(line.prefix(max(0, cursor)))
    var start = chars.count
    while start > 0, !breakCharacters.contains(chars[start - 1]) { start -= 1 }
    let word = String(chars[start...])
    let quoted = start > 0 && chars[start - 1] == "\""
    let before = String(chars[..<(quoted ? start - 1 : start)])
    let offered = options(before: before, quoted: quoted, catalog: catalog)
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
      if rest.isEmpty { return catalog.names }
      if rest.count == 1 { return ["on"] }
      if rest.count == 2 { return names }
      if rest.count == 3 || rest.count == 4, let right = rest[0].identifier,
        rest.last?.isSymbol(.assign) == true
      {
        return catalog.table(named: right)?.fieldNames ?? []
      }
      return []
    case "take": return []
    case "count": return rest.isEmpty ? ["by"] : (rest.first?.isWord("by") == true ? names : [])
    case "sort":
      if let last = rest.last, let id = last.identifier, names.contains(id) { return ["asc", "desc"] }
      return names
    case "summarize":
      if rest.contains(where: { $0.isWord("by") }) { return names }
      if let last = rest.last, last.isSymbol(.assign) { return aggregateCalls }
      if let last = rest.last, last.isSymbol(.rightParen) { return ["by"] }
      return names
    case "where", "select", "extend", "distinct": return names
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
