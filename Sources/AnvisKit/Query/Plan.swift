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
    /// The first N rows by a key, overall or per group of `per`.
    case top(Int, SortKey, per: [Int])
    case pivot(Pivot)
    /// Passes the rows on; the outcome carries the chart.
    case chart(ChartRequest)
  }

  /// `pivot F`: the values of `column` as columns holding `value`, one row per `keys`.
  struct Pivot: Sendable {
    var column: Int
    var keys: [Int]
    var value: Int
    /// The new columns' values of `column` (as text) and names, known when checking.
    var labels: [(value: String?, name: String)]
    /// Missing combinations are 0 (for counts) rather than missing.
    var zeroFill: Bool
    /// The `pivot` keyword, for a runtime error.
    var range: SourceRange
  }

  struct Output: Sendable {
    var name: String
    var expr: TypedExpr
  }

  struct SortKey: Sendable {
    var column: Int
    var descending: Bool
  }

  /// `AGG(x) over (…)`, `row_number()` or `running_sum(x)` over a window.
  struct Window: Sendable {
    enum Kind: Sendable {
      case aggregate(Aggregate)
      case rowNumber
      case runningSum(TypedExpr)
    }
    var kind: Kind
    var partition: [Int]
    var sort: [SortKey]
    var range: SourceRange
  }

  struct Aggregate: Sendable {
    enum Kind: Sendable {
      case count, sum, avg, min, max, median
      /// Exact count of distinct values that are not missing.
      case dcount
      /// The N-th percentile, N in 0...100, interpolated like DuckDB's quantile_cont.
      case percentile(Double)
    }
    var name: String
    var kind: Kind
    /// The argument (nil for count()).
    var argument: TypedExpr?
    /// countif, sumif, avgif: only rows where this is true count.
    var condition: TypedExpr? = nil
    var type: FieldType
    var range: SourceRange
  }

  /// A join: rows of the left frame with every right row whose key equals theirs (inner);
  /// also the unmatched left rows (left); only the left rows with (semi) or without (anti) a match.
  struct Join: Sendable {
    var kind: Syntax.JoinKind = .inner
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
