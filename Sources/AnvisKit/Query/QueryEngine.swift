/// What a query gives back: a result table, or a table bound to a name by `let`.
public enum QueryOutcome: Sendable {
  case table(Table)
  /// `let NAME = QUERY`: the shell adds the table to its catalog with origin `.let`.
  case binding(name: String, table: Table)

  /// The table either way.
  public var table: Table {
    switch self {
    case .table(let t), .binding(_, let t): t
    }
  }
}

/// A query parsed and checked against a catalog, ready to run (possibly many times).
public struct PreparedQuery: Sendable {
  let plan: Plan

  /// The result's field names, in order.
  public var fieldNames: [String] { plan.schema.map(\.name) }

  /// Runs the query. Runtime problems (whole-number overflow) come back as a `Diagnostic`.
  public func run() throws(Diagnostic) -> QueryOutcome {
    let table = try Evaluator.run(plan, name: plan.binding ?? "result")
    if let name = plan.binding { return .binding(name: name, table: table) }
    return .table(table)
  }
}

/// The pipeline query language: `SOURCE | stage | stage …` over the catalog's tables.
///
/// Semantics worth knowing (see also `Query/README.md`):
/// - A comparison with a missing value is false, `!=` included; `x is missing` tests for it.
/// - Arithmetic with a missing value gives missing; `/` always gives a number and dividing by
///   zero gives missing; whole-number overflow is an error, never a wrap.
/// - `sort` is stable and puts missing values last in either direction.
public enum QueryEngine {
  /// Parses and checks `text`; every name and type problem is reported here.
  public static func prepare(_ text: String, catalog: TableCatalog) throws(Diagnostic) -> PreparedQuery {
    let statement = try Parser.parse(text)
    return PreparedQuery(plan: try Checker(catalog: catalog).check(statement))
  }

  /// Parses, checks and runs one query.
  public static func run(_ text: String, catalog: TableCatalog) throws(Diagnostic) -> QueryOutcome {
    try prepare(text, catalog: catalog).run()
  }

  /// Whether `text` reads as a query: it starts with `let` or with a name in the catalog.
  public static func looksLikeQuery(_ text: String, catalog: TableCatalog) -> Bool {
    guard let first = Lexer.tokenizePrefix(text).first?.identifier else { return false }
    return first == "let" || catalog.table(named: first) != nil
  }

  /// Whether the input needs another line: it ends with `|` or `,`, or a bracket is open.
  public static func isIncomplete(_ text: String) -> Bool {
    let tokens = Lexer.tokenizePrefix(text)
    var depth = 0
    for t in tokens {
      if t.isSymbol(.leftParen) || t.isSymbol(.leftBracket) { depth += 1 }
      if t.isSymbol(.rightParen) || t.isSymbol(.rightBracket) { depth -= 1 }
    }
    guard let last = tokens.last else { return false }
    return depth > 0 || last.isSymbol(.pipe) || last.isSymbol(.comma)
  }
}
