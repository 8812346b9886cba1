// Tab completion: commands, tables, fields; commands add their own argument completers.

extension Shell {
  /// Characters that end a word for completion (`.` and `-` do not: `.help`, `u-000001`).
  public static let completionBreakCharacters = " \t\n|()[],=<>!\"+*/"

  /// The stage names offered after `|` until the query language brings its own completion.
  static let stageNames = [
    "count", "distinct", "extend", "join", "select", "sort", "summarize", "take", "where",
  ]

  /// Candidates for the word that ends at `cursor` (a character offset into `line`), sorted,
  /// each a whole word starting with what is typed. `line` may hold several lines (a
  /// continued input so far, joined with `\n`).
  public func completions(for line: String, cursor: Int) -> [String] {
    let end = line.index(line.startIndex, offsetBy: max(0, min(cursor, line.count)))
    let before = line[..<end]
    let wordStart =
      before.lastIndex(where: { Shell.completionBreakCharacters.contains($0) })
      .map { before.index(after: $0) } ?? before.startIndex
    let prefix = String(before[wordStart...])
    let head = Shell.head(of: String(before).trimmingWhitespace())
    let isQuery = head == "let" || (catalog.table(named: head) != nil && commands.command(named: head) == nil)
    if isQuery, let offered = queryCompletions(for: line, cursor: end) {
      return Shell.matching(offered, prefix: prefix)
    }
    return Shell.matching(
      candidates(before: before[..<wordStart], isQuery: isQuery, head: head), prefix: prefix)
  }

  private func candidates(before: Substring, isQuery: Bool, head: String) -> [String] {
    let words = before.split(whereSeparator: \.isWhitespace).map(String.init)
    guard let first = words.first else { return commands.allNames + catalog.names + ["let"] }
    if isQuery {
      let last = before.trimmingTrailingWhitespace()
      if last.hasSuffix("|") { return Shell.stageNames }
      if words.last == "join" { return catalog.names }
      return catalog.table(named: head)?.fieldNames ?? []
    }
    guard let spec = commands.command(named: first) else { return [] }
    let arguments = Array(words.dropFirst())
    // The declared flags are offered wherever a word may go; then what the argument's kind
    // offers there, or the command's own completer.
    let flags = spec.flags.map(\.name).filter { !arguments.contains($0) }
    if let completer = spec.completer { return flags + completer(self, arguments, arguments.count) }
    let positional = arguments.filter { !$0.hasPrefix("--") }.count
    return flags + (spec.argument(at: positional).map { candidates(for: $0.kind) } ?? [])
  }

  /// The candidates starting with `prefix`, sorted, without duplicates.
  static func matching(_ candidates: [String], prefix: String) -> [String] {
    Array(Set(candidates.filter { $0.hasPrefix(prefix) })).naturallySorted()
  }
}
