/// A field of a table flowing through a pipeline.
struct Field: Hashable, Sendable {
  var name: String
  var type: FieldType
}

/// The checked, typed form of a query: the evaluator's only input.
struct Plan: Sendable {
  /// The source table, resolved.
  var source: Table
  var stages: [Stage]
  /// The fields flowing out of the last stage.
  var schema: [Field]
  /// `let NAME = …`: the name to bind the result to.
  var binding: String?

  enum Stage: Sendable {
    case filter(TypedExpr)
    /// Output columns in order; replaces the frame's columns.
    case select([Output])
    /// Adds or replaces columns: `replacing` is the index of the column of the same name.
    case extend([(name: String, expr: TypedExpr, replacing: Int?)])
    case sort([SortKey], limit: Int?)
    case take(Int)
    case distinct([Int])
    case count
    case countBy([Int])
    case summarize([Aggregate], by: [Int])
    case join(Join)
  }

  struct Output: Sendable {
    var name: String
    var expr: TypedExpr
  }

  struct SortKey: Sendable {
    var column: Int
    var descending: Bool
  }

  struct Aggregate: Sendable {
    enum Kind: Sendable {
      case count, sum, avg, min, max, median
      /// The N-th percentile, N in 0...100, interpolated like DuckDB's quantile_cont.
      case percentile(Double)
    }
    var name: String
    var kind: Kind
    /// The argument (nil for count()).
    var argument: TypedExpr?
    var type: FieldType
    var range: SourceRange
  }

  /// An inner join: rows of the left frame with every right row whose key equals theirs.
  struct Join: Sendable {
    var right: Table
    var leftKey: Int
    var rightKey: Int
    /// Right columns appended after the left ones, with their output names.
    var rightColumns: [(index: Int, name: String)]
    /// Output columns later stages read; the others are not built (nil: all).
    var needed: Set<Int>?
    /// The `join` keyword, for a runtime error.
    var range: SourceRange
  }
}
