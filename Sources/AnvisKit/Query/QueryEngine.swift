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

  /// What the last stage, `chart …`, asks to draw (nil without one).
  public var chart: ChartRequest? {
    if case .chart(let request)? = plan.stages.last { return request }
    return nil
  }

  /// Whether the query itself bounds its rows (`take N`, `top N by …`): table mode then
  /// shows them all.
  public var limitsRows: Bool {
    plan.stages.contains {
      switch $0 {
      case .take, .top: true
      default: false
      }
    }
  }

  /// The result's field names, in order.
  public var fieldNames: [String] { plan.schema.map(\.name) }

  /// Runs the query. Runtime problems (whole-number overflow, a join larger than
  /// `allowance` bytes) come back as a `Diagnostic`.
  public func run(allowance: Int = .max) throws(Diagnostic) -> QueryOutcome {
    let table = try Evaluator.run(plan, name: plan.binding ?? "result", allowance: allowance)
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
  public static func run(_ text: String, catalog: TableCatalog, allowance: Int = .max) throws(Diagnostic)
    -> QueryOutcome
  {
    try prepare(text, catalog: catalog).run(allowance: allowance)
  }
}
