/// Resolves names and types in parsed queries against a catalog's tables, producing a `Plan`.
/// Every unknown name and type error is found here, before anything runs.
struct Checker {
  let catalog: TableCatalog
  /// Window expressions (`… over (…)`) are allowed here (in extend and select).
  var windowsAllowed = false

  init(catalog: TableCatalog) { self.catalog = catalog }

  /// The aggregates' names, for hints and completion (`AggregateFunction`).
  static let aggregateNames = AggregateFunction.allCases.map(\.rawValue)

  /// Checks a whole statement.
  func check(_ statement: Syntax.Statement) throws(Diagnostic) -> Plan {
    switch statement {
    case .query(let pipeline):
      return try check(pipeline)
    case .bind(let name, let pipeline):
      if catalog.origin(of: name.text) == .data {
        throw Diagnostic(
          "'\(name.text)' is a data table and cannot be rebound", line: name.range.line,
          column: name.range.column, length: name.range.length, hint: "choose another name")
      }
      var plan = try check(pipeline)
      plan.binding = name.text
      return plan
    }
  }

  func resolve(table name: Syntax.Name) throws(Diagnostic) -> Table {
    guard let table = catalog.table(named: name.text) else {
      if let promise = catalog.promise(for: name.text) {
        throw Diagnostic(
          "no table '\(name.text)' yet: \(promise)", line: name.range.line, column: name.range.column,
          length: name.range.length)
      }
      throw Diagnostic(
        "unknown table '\(name.text)'", line: name.range.line, column: name.range.column,
        length: name.range.length,
        hint: NearMiss.hint(for: name.text, among: catalog.names)
          ?? "tables: " + catalog.names.joined(separator: ", "))
    }
    return table
  }

  static func schema(of table: Table) -> [Field] { table.columns.map { Field(name: $0.name, type: $0.type) } }

  func check(_ pipeline: Syntax.Pipeline) throws(Diagnostic) -> Plan {
    let source = try resolve(table: pipeline.source)
    var schema = Checker.schema(of: source)
    var stages: [Plan.Stage] = []
    var inputs: [[Field]] = []
    var counts: Set<String> = []
    for (position, node) in pipeline.stages.enumerated() {
      let (checked, next) = try check(node, input: schema, counts: counts, last: position == pipeline.stages.count - 1)
      for stage in checked {
        inputs.append(schema)
        stages.append(stage)
      }
      counts = Checker.countFields(after: checked, input: counts, schema: next, before: schema)
      schema = next
    }
    Checker.fuseSortAndTake(&stages)
    Checker.pruneJoins(&stages, inputs: inputs)
    return Plan(source: source, stages: stages, schema: schema, binding: nil)
  }

  /// The schema flowing into each stage, as far as the stages check (for completion).
  func schemas(_ pipeline: Syntax.Pipeline) -> [[Field]] {
    guard let source = try? resolve(table: pipeline.source) else { return [] }
    var schema = Checker.schema(of: source)
    var result = [schema]
    var counts: Set<String> = []
    for node in pipeline.stages {
      guard let (checked, next) = try? check(node, input: schema, counts: counts, last: true) else { break }
      counts = Checker.countFields(after: checked, input: counts, schema: next, before: schema)
      schema = next
      result.append(schema)
    }
    return result
  }

  func field(_ name: Syntax.Name, in schema: [Field]) throws(Diagnostic) -> Int {
    guard let index = schema.firstIndex(where: { $0.name == name.text }) else {
      throw Checker.unknownField(name, schema: schema)
    }
    return index
  }

  static func unknownField(_ name: Syntax.Name, schema: [Field]) -> Diagnostic {
    let names = schema.map(\.name)
    return Diagnostic(
      "unknown field '\(name.text)'", line: name.range.line, column: name.range.column,
      length: name.range.length,
      hint: NearMiss.hint(for: name.text, among: names) ?? "fields: " + names.joined(separator: ", "))
  }

  static func error(_ message: String, at range: SourceRange, hint: String? = nil) -> Diagnostic {
    Diagnostic(message, line: range.line, column: range.column, length: range.length, hint: hint)
  }

  /// A computed column written without `name =`.
  static func unnamed(_ expr: Syntax.Expr) -> Diagnostic {
    error("a computed column needs a name", at: expr.range, hint: "write name = expression")
  }

  /// The fields that hold counts after these stages (for pivot's zero fill).
  static func countFields(after stages: [Plan.Stage], input: Set<String>, schema: [Field], before: [Field])
    -> Set<String>
  {
    var counts = input
    var names = before.map(\.name)
    for stage in stages {
      switch stage {
      case .filter, .sort, .take, .top, .chart: break
      case .count:
        counts = ["count"]
        names = ["count"]
      case .countBy(let keys):
        counts = ["count"]
        names = keys.map { names[$0] } + ["count"]
      case .summarize(let aggregates, let keys):
        counts = Set(aggregates.filter { $0.kind.isCount }.map(\.name))
        names = keys.map { names[$0] } + aggregates.map(\.name)
      case .select(let outputs):
        counts = Set(
          outputs.compactMap { o -> String? in
            if case .column(let i) = o.expr.node, counts.contains(names[i]) { return o.name }
            return nil
          })
        names = outputs.map(\.name)
      case .extend(let items):
        for item in items {
          if let r = item.replacing { counts.remove(names[r]) } else { names.append(item.name) }
        }
      default:
        counts = []
      }
    }
    return counts.filter { name in schema.contains { $0.name == name } }
  }

  private func check(
    _ node: Syntax.StageNode, input: [Field], counts: Set<String>, last: Bool
  ) throws(Diagnostic) -> ([Plan.Stage], [Field]) {
    switch node.stage {
    case .summarize(let projections, let by):
      return try checkSummarize(projections, by: by, input: input)
    case .top(let n, let range, let key, let per):
      guard n >= 0 else { throw Checker.error("'top' needs a number of rows of 0 or more", at: range) }
      let column = try field(key.field, in: input)
      let groups = try distinctFields(per, in: input)
      return ([.top(n, Plan.SortKey(column: column, descending: key.descending), per: groups)], input)
    case .pivot(let name):
      return try checkPivot(name, input: input, counts: counts, last: last, at: node.keyword)
    case .chart(let spec):
      return ([.chart(try checkChart(spec, input: input))], input)
    case .join(let tableName, let left, let right, let kind):
      let (stage, schema) = try checkJoin(
        table: tableName, left: left, right: right, kind: kind, input: input, at: node.keyword)
      return ([stage], schema)
    default:
      let (stage, schema) = try checkSimple(node, input: input)
      return ([stage], schema)
    }
  }

  private func checkSimple(_ node: Syntax.StageNode, input: [Field]) throws(Diagnostic) -> (Plan.Stage, [Field]) {
    var windowed = self
    windowed.windowsAllowed = true
    switch node.stage {
    case .filter(let expr):
      let typed = try check(expr, in: input)
      guard typed.type == .bool else {
        throw Checker.error(
          "'where' needs a true/false condition, found \(Checker.noun(typed.type))", at: expr.range,
          hint: "compare it, e.g. rent < 3500")
      }
      return (.filter(typed), input)
    case .select(let projections):
      var outputs: [Plan.Output] = []
      for p in projections {
        let typed = try windowed.check(p.expr, in: input)
        let name = try outputName(p, existing: outputs.map(\.name))
        outputs.append(Plan.Output(name: name, expr: typed))
      }
      return (.select(outputs), outputs.map { Field(name: $0.name, type: $0.expr.type) })
    case .extend(let projections):
      var schema = input
      var items: [(name: String, expr: TypedExpr, replacing: Int?)] = []
      for p in projections {
        guard let name = p.name else { continue }
        // Each new field may use the ones before it in the same stage.
        let typed = try windowed.check(p.expr, in: schema)
        let replacing = schema.firstIndex { $0.name == name.text }
        if let replacing {
          schema[replacing].type = typed.type
        } else {
          schema.append(Field(name: name.text, type: typed.type))
        }
        items.append((name.text, typed, replacing))
      }
      return (.extend(items), schema)
    case .sort(let keys):
      var specs: [Plan.SortKey] = []
      for key in keys {
        specs.append(Plan.SortKey(column: try field(key.field, in: input), descending: key.descending))
      }
      return (.sort(specs, limit: nil), input)
    case .take(let n, let range):
      guard n >= 0 else { throw Checker.error("'take' needs a number of rows of 0 or more", at: range) }
      return (.take(n), input)
    case .distinct(let names):
      let indices = try distinctFields(names, in: input)
      return (.distinct(indices), indices.map { input[$0] })
    case .count:
      return (.count, [Field(name: "count", type: .int)])
    case .countBy(let names):
      let indices = try distinctFields(names, in: input)
      if names.contains(where: { $0.text == "count" }), let n = names.first(where: { $0.text == "count" }) {
        throw Checker.error("'count' is the name of the result column; rename the key first", at: n.range)
      }
      return (.countBy(indices), indices.map { input[$0] } + [Field(name: "count", type: .int)])
    case .summarize, .join, .top, .pivot, .chart:
      throw Checker.error("internal: stage checked elsewhere", at: node.keyword)
    }
  }

  func distinctFields(_ names: [Syntax.Name], in schema: [Field]) throws(Diagnostic) -> [Int] {
    var indices: [Int] = []
    for name in names {
      let i = try field(name, in: schema)
      if indices.contains(i) { throw Checker.error("'\(name.text)' is listed twice", at: name.range) }
      indices.append(i)
    }
    return indices
  }

  func outputName(_ p: Syntax.Projection, existing: [String]) throws(Diagnostic) -> String {
    let name: String
    let range: SourceRange
    if let n = p.name {
      name = n.text
      range = n.range
    } else if case .field(let f) = p.expr {
      name = f.text
      range = f.range
    } else {
      throw Checker.unnamed(p.expr)
    }
    if existing.contains(name) { throw Checker.error(Checker.definedTwice(name), at: range) }
    return name
  }

  private func checkJoin(
    table tableName: Syntax.Name, left: Syntax.Name, right: Syntax.Name?, kind: Syntax.JoinKind,
    input: [Field], at keyword: SourceRange
  ) throws(Diagnostic) -> (Plan.Stage, [Field]) {
    let table = try resolve(table: tableName)
    let rightSchema = Checker.schema(of: table)
    let leftKey = try field(left, in: input)
    let rightKey: Int
    if let right {
      rightKey = try field(right, in: rightSchema)
    } else if let same = rightSchema.firstIndex(where: { $0.name == left.text }) {
      rightKey = same
    } else if let id = rightSchema.firstIndex(where: { $0.name == "id" }) {
      // An enumeration (a case's need, a unit's type) never holds ids: name the right field.
      if case .enumeration(let values) = input[leftKey].type {
        let overlapping = rightSchema.filter {
          if case .enumeration(let other) = $0.type { return !Set(other).isDisjoint(with: values) }
          return false
        }
        throw Checker.error(
          "'\(tableName.text)' has no field '\(left.text)', and its ids are not \(left.text) values",
          at: left.range,
          hint: overlapping.first.map {
            "name the field: join \(tableName.text) on \(left.text) = \($0.name)"
          }
            ?? "name the field: join \(tableName.text) on \(left.text) = FIELD")
      }
      rightKey = id
    } else {
      throw Checker.error(
        "'\(tableName.text)' has neither a field '\(left.text)' nor an 'id' to join on", at: left.range,
        hint: "name the right field: join \(tableName.text) on \(left.text) = FIELD")
    }
    let lt = input[leftKey].type
    let rt = rightSchema[rightKey].type
    guard Checker.joinable(lt, rt) else {
      throw Checker.error(
        "cannot join '\(input[leftKey].name)' (\(Checker.noun(lt))) with '\(rightSchema[rightKey].name)' (\(Checker.noun(rt)))",
        at: left.range)
    }
    if kind == .semi || kind == .anti {
      let join = Plan.Join(
        kind: kind, right: table, leftKey: leftKey, rightKey: rightKey, rightColumns: [], needed: nil,
        range: keyword)
      return (.join(join), input)
    }
    var names = Set(input.map(\.name))
    var rightColumns: [(index: Int, name: String)] = []
    let singular = tableName.text.hasSuffix("s") ? String(tableName.text.dropLast()) : tableName.text
    for (i, f) in rightSchema.enumerated() where i != rightKey {
      var name = f.name
      if names.contains(name) { name = singular + "_" + f.name }
      if names.contains(name) { name = tableName.text + "_" + f.name }
      var n = 2
      while names.contains(name) {
        name = tableName.text + "_" + f.name + "_" + String(n)
        n += 1
      }
      names.insert(name)
      rightColumns.append((i, name))
    }
    let join = Plan.Join(
      kind: kind, right: table, leftKey: leftKey, rightKey: rightKey, rightColumns: rightColumns, needed: nil,
      range: keyword)
    return (.join(join), input + rightColumns.map { Field(name: $0.name, type: rightSchema[$0.index].type) })
  }

  static func joinable(_ a: FieldType, _ b: FieldType) -> Bool {
    switch (a, b) {
    case (.string, .string), (.string, .enumeration), (.enumeration, .string), (.enumeration, .enumeration),
      (.int, .int), (.date, .date), (.bool, .bool):
      true
    default: false
    }
  }

  /// `sort … | take N` becomes a top-N selection.
  static func fuseSortAndTake(_ stages: inout [Plan.Stage]) {
    var i = 0
    while i + 1 < stages.count {
      if case .sort(let keys, nil) = stages[i], case .take(let n) = stages[i + 1] {
        stages[i] = .sort(keys, limit: n)
      }
      i += 1
    }
  }

  /// Marks, for each join, which of its output columns later stages read, so the others are
  /// not gathered. A stage that builds a new table (select, count, summarize, distinct) ends
  /// the search; reaching the end of the pipeline needs every column.
  static func pruneJoins(_ stages: inout [Plan.Stage], inputs: [[Field]]) {
    for i in stages.indices {
      guard case .join(var join) = stages[i] else { continue }
      let width = (i + 1 < inputs.count ? inputs[i + 1].count : nil)
      var needed = Set<Int>()
      var complete = false
      for j in (i + 1)..<stages.count {
        switch stages[j] {
        case .filter(let e): needed.formUnion(e.columnsRead)
        case .top(_, let key, let per): needed.formUnion(per + [key.column])
        case .chart: break
        case .pivot(let p):
          needed.formUnion(p.keys + [p.column, p.value])
          complete = true
        case .extend(let items): for item in items { needed.formUnion(item.expr.columnsRead) }
        case .sort(let keys, _): needed.formUnion(keys.map(\.column))
        case .take: break
        case .join(let other): needed.insert(other.leftKey)
        case .select(let outputs):
          for o in outputs { needed.formUnion(o.expr.columnsRead) }
          complete = true
        case .distinct(let keys), .countBy(let keys):
          needed.formUnion(keys)
          complete = true
        case .count: complete = true
        case .summarize(let aggregates, let keys):
          needed.formUnion(keys)
          for a in aggregates {
            needed.formUnion(a.argument?.columnsRead ?? [])
            needed.formUnion(a.condition?.columnsRead ?? [])
          }
          complete = true
        }
        if complete { break }
      }
      if complete, let width { join.needed = needed.filter { $0 < width } }
      stages[i] = .join(join)
    }
  }
}

extension Checker {
  /// How a type reads in an error message.
  static func noun(_ type: FieldType) -> String {
    switch type {
    case .int: "a whole number"
    case .double: "a number"
    case .bool: "true/false"
    case .string: "text"
    case .date: "a date"
    case .enumeration: "text (one of a fixed list)"
    }
  }
}
