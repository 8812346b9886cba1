// Extension point for the query language (owned by the query helper).

extension Shell {
  /// Commands the query language adds (e.g. `.output`, `.once`); empty until the query helper fills it.
  static let queryCommands: [CommandSpec] = []

  /// Runs one query: an input starting with a table name in the catalog or with `let`.
  /// The query helper replaces this body with Lexer → Parser → Checker → Evaluator.
  func runQuery(_ input: CommandInput) throws(CommandError) -> Reply {
    throw input.error(
      at: input.name, "queries are not available yet",
      hint: "the query language is being built; try 'tables' or 'describe \(input.name.text)'")
  }

  /// Grammar-aware completion inside a query; nil lets the shell offer tables and fields.
  func queryCompletions(for line: String, cursor: String.Index) -> [String]? { nil }
}

/// State the query language keeps between inputs (owned by the query helper); empty for now.
public struct QueryState: Sendable {
  public init() {}
}
