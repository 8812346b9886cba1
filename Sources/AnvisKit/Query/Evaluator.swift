/// Runs a checked `Plan` over typed columns, stage by stage.
enum Evaluator {
  /// The result table of a plan. A join that would need more than `allowance` bytes is
  /// refused before it is built.
  static func run(_ plan: Plan, name: String, allowance: Int = .max) throws(Diagnostic) -> Table {
    var frame = Frame(plan.source)
    var i = 0
    while i < plan.stages.count {
      // `where … | count` counts without building the selection.
      if case .filter(let e) = plan.stages[i], i + 1 < plan.stages.count, case .count = plan.stages[i + 1] {
        frame = Frame(columns: [Column(name: "count", storage: .int([try count(e, frame)]))], baseCount: 1)
        i += 2
        continue
      }
      frame = try apply(plan.stages[i], to: frame, allowance: allowance)
      i += 1
    }
    return frame.table(named: name)
  }

  static func apply(_ stage: Plan.Stage, to frame: Frame, allowance: Int = .max) throws(Diagnostic) -> Frame {
    switch stage {
    case .filter(let e):
      var out = frame
      out.selection = try filter(e, frame)
      return out
    case .select(let outputs):
      var columns: [Column] = []
      for o in outputs {
        if case .column(let i) = o.expr.node {
          columns.append(frame.columns[i].renamed(o.name))
        } else {
          columns.append(spread(try evaluate(o.expr, in: frame), over: frame).renamed(o.name))
        }
      }
      return Frame(columns: columns, baseCount: frame.baseCount, selection: frame.selection)
    case .extend(let items):
      // Computed columns live in the base row space; when the selection is a small part of
      // it, compact first so that they stay small.
      var out = frame
      if let selection = frame.selection, selection.count * 4 < frame.baseCount { out = frame.compacted() }
      for item in items {
        let column = spread(try evaluate(item.expr, in: out), over: out).renamed(item.name)
        if let i = item.replacing { out.columns[i] = column } else { out.columns.append(column) }
      }
      return out
    case .sort(let keys, let limit):
      let order = RowOrder(keys.map { (frame.columns[$0.column], $0.descending) })
      var out = frame
      if let limit, limit < frame.count {
        out.selection = order.top(limit, of: frame.selection, count: frame.baseCount)
      } else {
        out.selection = order.sorted(frame.rows)
      }
      return out
    case .take(let n):
      var out = frame
      if n < frame.count { out.selection = Array(frame.rows.prefix(n)) }
      return out
    case .distinct(let keys):
      let grouping = Grouping(keys: keys.map { frame.columns[$0] }, frame: frame)
      return Frame(
        columns: keys.map { frame.columns[$0] }, baseCount: frame.baseCount,
        selection: frame.count == 0 ? [] : grouping.firstRow)
    case .count:
      return Frame(columns: [Column(name: "count", storage: .int([frame.count]))], baseCount: 1)
    case .countBy(let keys):
      return countBy(keys, frame)
    case .summarize(let aggregates, let keys):
      return try summarize(aggregates, keys, frame)
    case .join(let join):
      return try Evaluator.join(join, frame, allowance: allowance)
    case .top(let n, let key, let per):
      return top(n, key, per: per, frame)
    case .pivot(let pivot):
      return try self.pivot(pivot, frame)
    case .chart:
      return frame
    }
  }

  /// A dense vector over the selection as a column of the base row space.
  static func spread(_ vector: Column, over frame: Frame) -> Column {
    guard let selection = frame.selection else { return vector }
    var missing = [Bool](repeating: true, count: frame.baseCount)
    let vm = vector.missing
    for (i, r) in selection.enumerated() { missing[r] = vm?[i] ?? false }
    func scatter<T>(_ values: [T], _ fill: T) -> [T] {
      var out = [T](repeating: fill, count: frame.baseCount)
      for (i, r) in selection.enumerated() { out[r] = values[i] }
      return out
    }
    let storage: Column.Storage
    switch vector.storage {
    case .int(let a): storage = .int(scatter(a, 0))
    case .date(let a): storage = .date(scatter(a, 0))
    case .double(let a): storage = .double(scatter(a, 0))
    case .bool(let a): storage = .bool(scatter(a, false))
    case .string(let a): storage = .string(scatter(a, ""))
    case .enumeration(let codes, let values): storage = .enumeration(codes: scatter(codes, 0), values: values)
    case .coded(let codes, let values): storage = .coded(codes: scatter(codes, -1), values: values)
    }
    return Column(name: vector.name, storage: storage, missing: missing)
  }

  static func summarize(_ aggregates: [Plan.Aggregate], _ keys: [Int], _ frame: Frame) throws(Diagnostic)
    -> Frame
  {
    let keyColumns = keys.map { frame.columns[$0] }
    var grouping = Grouping(keys: keyColumns, frame: frame)
    if !keys.isEmpty, frame.count == 0 { grouping = Grouping(groupOf: [], firstRow: []) }
    var results: [Column] = []
    // Rows per group, counted once for all the aggregates over values without missing ones.
    var sizes: GroupSizes?
    for aggregate in aggregates {
      let values = try aggregate.argument.map { e throws(Diagnostic) in try evaluate(e, in: frame) }
      let keep = try aggregate.condition.map { e throws(Diagnostic) in try condition(e, frame) }
      if sizes == nil, keep == nil, values?.missing == nil {
        sizes = Aggregation.sizes(grouping.groupOf, grouping.groupCount, missing: nil)
      }
      results.append(
        try Aggregation.compute(aggregate, values: values, keep: keep, grouping: grouping, sizes: sizes))
    }
    let order = RowOrder(keyColumns.map { ($0, false) })
    let first = grouping.firstRow
    let groups = Array(0..<grouping.groupCount).sorted { a, b in
      let o = order.compare(first[a], first[b])
      return o != 0 ? o < 0 : a < b
    }
    let rows = groups.map { first[$0] }
    let columns = keyColumns.map { $0.picking(rows) } + results.map { $0.picking(groups) }
    return Frame(columns: columns, baseCount: groups.count)
  }
}
