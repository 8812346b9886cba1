/// The parsed, unchecked form of a query: names are still text and nothing is typed.
/// The checker turns it into a `Plan`.
enum Syntax {
  /// A name as typed, with where it was typed.
  struct Name: Hashable, Sendable {
    var text: String
    var range: SourceRange
  }

  /// A whole input: a query, or `let NAME = QUERY`.
  enum Statement: Sendable {
    case query(Pipeline)
    case bind(Name, Pipeline)
  }

  /// `SOURCE | stage | stage …`.
  struct Pipeline: Sendable {
    var source: Name
    var stages: [StageNode]
  }

  struct StageNode: Sendable {
    var stage: Stage
    /// The stage keyword.
    var keyword: SourceRange
  }

  enum Stage: Sendable {
    case filter(Expr)
    case select([Projection])
    case extend([Projection])
    case sort([SortKey])
    case take(Int, SourceRange)
    case distinct([Name])
    case count
    case countBy([Name])
    case summarize([Projection], by: [Name])
    /// `join [kind=K] TABLE on left [== right]`.
    case join(table: Name, left: Name, right: Name?, kind: JoinKind)
    /// `top N by X [asc|desc] [per F, …]`.
    case top(Int, SourceRange, by: SortKey, per: [Name])
    /// `pivot F`.
    case pivot(Name)
    /// `chart bar|line|hist …`: the last stage.
    case chart(ChartSpec)
  }

  /// How a join treats rows without a match.
  enum JoinKind: String, Sendable, CaseIterable {
    case inner, left, semi, anti
  }

  /// `chart bar LABEL, VALUE`, `chart line X, Y`, `chart hist FIELD [bins N]`.
  struct ChartSpec: Sendable {
    enum Kind: String, Sendable, CaseIterable { case bar, line, hist }
    var kind: Kind
    var fields: [Name]
    var bins: Int?
    var keyword: SourceRange
  }

  /// `over ([by f, …] [sort x [asc|desc], …])`.
  struct Window: Sendable {
    var by: [Name]
    var sort: [SortKey]
  }

  /// `name = expr`, or a bare expression (a field keeps its name).
  struct Projection: Sendable {
    var name: Name?
    var expr: Expr
  }

  struct SortKey: Sendable {
    var field: Name
    var descending: Bool
    /// Whether asc or desc was written.
    var explicit: Bool = false
  }

  enum UnaryOperator: String, Sendable {
    case negate = "-", not
  }

  enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case and, or

    var isComparison: Bool {
      switch self {
      case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
      case .add, .subtract, .multiply, .divide, .and, .or: false
      }
    }
  }

  enum Literal: Sendable, Equatable {
    case int(Int), double(Double), string(String), bool(Bool), date(Int)
  }

  /// An expression with the range it covers (for carets).
  indirect enum Expr: Sendable {
    case literal(Literal, SourceRange)
    case field(Name)
    case unary(UnaryOperator, Expr, op: SourceRange)
    case binary(BinaryOperator, Expr, Expr, op: SourceRange)
    /// `x is missing` / `x is not missing`.
    case isMissing(Expr, negated: Bool, op: SourceRange)
    /// `x in [a, b]` / `x not in [a, b]`.
    case inList(Expr, [Expr], negated: Bool, op: SourceRange, close: SourceRange)
    case call(Name, [Expr], close: SourceRange)
    /// `AGG(x) over (…)`, `row_number() over (…)`.
    case window(Name, [Expr], Window, close: SourceRange)
    /// `x in (PIPELINE)` / `x not in (PIPELINE)`.
    case inPipeline(Expr, Pipeline, negated: Bool, op: SourceRange, close: SourceRange)

    /// Where the expression starts.
    var start: SourceRange {
      switch self {
      case .literal(_, let r): r
      case .field(let n): n.range
      case .unary(_, _, let op): op
      case .binary(_, let l, _, _): l.start
      case .isMissing(let e, _, _): e.start
      case .inList(let e, _, _, _, _): e.start
      case .call(let n, _, _): n.range
      case .window(let n, _, _, _): n.range
      case .inPipeline(let e, _, _, _, _): e.start
      }
    }

    /// Where the expression ends.
    var end: SourceRange {
      switch self {
      case .literal(_, let r): r
      case .field(let n): n.range
      case .unary(_, let e, _): e.end
      case .binary(_, _, let r, _): r.end
      case .isMissing(_, _, let op): op
      case .inList(_, _, _, _, let close): close
      case .call(_, _, let close): close
      case .window(_, _, _, let close): close
      case .inPipeline(_, _, _, _, let close): close
      }
    }

    /// The whole expression, underlined when it sits on one line.
    var range: SourceRange { start.through(end) }
  }
}
