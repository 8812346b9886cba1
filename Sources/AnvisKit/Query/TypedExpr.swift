/// A checked expression: every field resolved to a column index, every operator chosen for
/// its operand types. Only the checker makes these, so the evaluator never sees a bad name
/// or a type it cannot handle.
struct TypedExpr: Sendable {
  indirect enum Node: Sendable {
    case column(Int)
    case constant(Value)
    /// Int to double, for mixed arithmetic and comparison.
    case toDouble(TypedExpr)
    /// An enumeration's codes as their text.
    case enumText(TypedExpr)
    case negate(TypedExpr, SourceRange)
    case arithmetic(Arithmetic, TypedExpr, TypedExpr, SourceRange)
    case compare(Comparison, TypedExpr, TypedExpr)
    /// An enumeration field tested against a set of its values (`==`, `!=`, `in`): `mask[code]`.
    case enumIn(TypedExpr, mask: [Bool])
    case and(TypedExpr, TypedExpr)
    case or(TypedExpr, TypedExpr)
    case not(TypedExpr)
    case isMissing(TypedExpr, negated: Bool)
    case call(Function, [TypedExpr], SourceRange)
    /// if/case: the value of the first condition that holds, else `otherwise`.
    case choose([(condition: TypedExpr, value: TypedExpr)], otherwise: TypedExpr)
    /// `x in (PIPELINE)`: the pipeline yields one column; missing `x` gives false.
    case inPipeline(TypedExpr, Plan, negated: Bool)
    case window(Plan.Window)
    /// `matches(s, "re")`, with the pattern compiled once.
    case matches(TypedExpr, TextPattern)
  }

  /// Arithmetic, chosen by operand types. Integer operations are overflow-checked.
  enum Arithmetic: Sendable {
    case addInt, subtractInt, multiplyInt
    case addDouble, subtractDouble, multiplyDouble
    /// Always a number (double); division by zero gives missing.
    case divide
    case addDays, subtractDays
    /// date - date: whole days.
    case daysBetween
  }

  enum Comparison: String, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="

    /// Whether `order` (-1, 0, 1) of left against right satisfies the comparison.
    @inline(__always) func holds(_ order: Int) -> Bool {
      switch self {
      case .equal: order == 0
      case .notEqual: order != 0
      case .less: order < 0
      case .lessEqual: order <= 0
      case .greater: order > 0
      case .greaterEqual: order >= 0
      }
    }
  }

  enum Function: String, Sendable, CaseIterable {
    case lower, upper, round, year, days_between, contains, coalesce, abs
    case month, day, trunc_month, today
    case concat, length, starts_with, ends_with, substr
    case floor, ceil, bin, pow, sqrt, ln, exp
  }

  var node: Node
  var type: FieldType

  init(_ node: Node, _ type: FieldType) {
    self.node = node
    self.type = type
  }

  /// Column indices the expression reads.
  var columnsRead: [Int] {
    switch node {
    case .column(let i): [i]
    case .constant: []
    case .toDouble(let e), .enumText(let e), .negate(let e, _), .enumIn(let e, _), .not(let e),
      .isMissing(let e, _):
      e.columnsRead
    case .arithmetic(_, let l, let r, _), .compare(_, let l, let r), .and(let l, let r), .or(let l, let r):
      l.columnsRead + r.columnsRead
    case .call(_, let args, _): args.flatMap(\.columnsRead)
    case .choose(let branches, let otherwise):
      branches.flatMap { $0.condition.columnsRead + $0.value.columnsRead } + otherwise.columnsRead
    case .inPipeline(let e, _, _), .matches(let e, _): e.columnsRead
    case .window(let w):
      w.partition + w.sort.map(\.column) + {
        switch w.kind {
        case .aggregate(let a): (a.argument?.columnsRead ?? []) + (a.condition?.columnsRead ?? [])
        case .rowNumber: []
        case .runningSum(let e): e.columnsRead
        }
      }()
    }
  }
}

extension TypedExpr {
  /// This int expression as a number (double); constants are converted at once.
  var promoted: TypedExpr {
    guard type == .int else { return self }
    if case .constant(.int(let v)) = node { return TypedExpr(.constant(.double(Double(v))), .double) }
    return TypedExpr(.toDouble(self), .double)
  }
}
