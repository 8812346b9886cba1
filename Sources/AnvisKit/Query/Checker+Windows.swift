/// Checking of window expressions (`AGG(x) over (by f sort y)`, `row_number()`,
/// `running_sum(x)`) and of membership in a pipeline's values (`x in (PIPELINE)`).
extension Checker {
  static let windowOnlyNames = ["row_number", "running_sum"]

  func window(
    _ fname: Syntax.Name, _ args: [Syntax.Expr], _ window: Syntax.Window, close: SourceRange, in schema: [Field]
  ) throws(Diagnostic) -> TypedExpr {
    guard windowsAllowed else {
      throw Checker.error(
        "a window ('\(fname.text)(…) over (…)') belongs in extend or select", at: fname.range,
        hint: "e.g. extend share = count / sum(count) over ()")
    }
    let partition = try distinctFields(window.by, in: schema)
    var sort: [Plan.SortKey] = []
    for key in window.sort {
      sort.append(Plan.SortKey(column: try field(key.field, in: schema), descending: key.descending))
    }
    let whole = fname.range.through(close)
    var inner = self
    inner.windowsAllowed = false
    switch fname.text {
    case "row_number":
      guard args.isEmpty else { throw Checker.error("'row_number()' takes no argument", at: whole) }
      return TypedExpr(.window(Plan.Window(kind: .rowNumber, partition: partition, sort: sort, range: whole)), .int)
    case "running_sum":
      guard args.count == 1 else { throw Checker.error("'running_sum' takes one value", at: whole) }
      let x = try inner.check(args[0], in: schema)
      guard x.type == .int || x.type == .double else {
        throw Checker.error("'running_sum' needs numbers, found \(Checker.noun(x.type))", at: args[0].range)
      }
      return TypedExpr(.window(Plan.Window(kind: .runningSum(x), partition: partition, sort: sort, range: whole)), x.type)
    default:
      guard Checker.aggregateNames.contains(fname.text) else {
        let names = Checker.aggregateNames + Checker.windowOnlyNames
        throw Checker.error(
          "'\(fname.text)' cannot be used with 'over'", at: fname.range,
          hint: NearMiss.hint(for: fname.text, among: names) ?? "use an aggregate, row_number() or running_sum(x)")
      }
      if !sort.isEmpty, let first = window.sort.first {
        throw Checker.error(
          "an aggregate over a window covers the whole group; 'sort' is for row_number and running_sum",
          at: first.field.range)
      }
      let a = try inner.aggregate(fname, args, close: close, name: "", in: schema)
      return TypedExpr(.window(Plan.Window(kind: .aggregate(a), partition: partition, sort: [], range: whole)), a.type)
    }
  }

  func membership(
    _ inner: Syntax.Expr, _ pipeline: Syntax.Pipeline, negated: Bool, at op: SourceRange, in schema: [Field]
  ) throws(Diagnostic) -> TypedExpr {
    var subject = try check(inner, in: schema)
    let plan = try Checker(catalog: catalog).check(pipeline)
    guard plan.schema.count == 1 else {
      throw Checker.error(
        "the pipeline after 'in' must give one field, it gives \(plan.schema.count)", at: pipeline.source.range,
        hint: "end it with select FIELD")
    }
    let other = plan.schema[0].type
    let compatible: Bool
    switch (subject.type, other) {
    case (.int, .double): subject = subject.promoted; compatible = true
    case (.double, .int), (.double, .double), (.int, .int): compatible = true
    default: compatible = Checker.joinable(subject.type, other)
    }
    guard compatible else {
      throw Checker.error(
        "cannot look for \(Checker.noun(subject.type)) among \(Checker.noun(other)) values", at: op)
    }
    if case .enumeration = subject.type { subject = TypedExpr(.enumText(subject), .string) }
    return TypedExpr(.inPipeline(subject, plan, negated: negated), .bool)
  }
}
