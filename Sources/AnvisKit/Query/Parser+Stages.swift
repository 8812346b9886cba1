// The pipeline and its stages: `TABLE | where … | summarize … | chart …`.

extension Parser {
  /// A pipeline; `nested` ends it at a `)` (the pipeline of `x in (…)`).
  mutating func pipeline(nested: Bool = false) throws(Diagnostic) -> Syntax.Pipeline {
    guard let text = current.identifier else {
      throw error(
        "expected a table name to start the query, found \(current.display)",
        hint: "a query starts with a table, e.g. units | count")
    }
    let source = Syntax.Name(text: text, range: advance().range)
    var stages: [Syntax.StageNode] = []
    while true {
      if current.kind == .end || (nested && current.isSymbol(.rightParen)) {
        return Syntax.Pipeline(source: source, stages: stages)
      }
      if case .chart(let spec)? = stages.last?.stage {
        throw error(
          "'chart' is the last stage of a query, found \(current.display)",
          hint: "end the query after chart \(spec.kind.rawValue) …")
      }
      guard let pipe = accept(.pipe) else {
        throw error(
          "expected '|' before the next stage, found \(current.display)",
          hint: Parser.hint(after: stages.last?.stage, source: source.text, found: current))
      }
      stages.append(try stage(after: pipe))
    }
  }

  /// What to say when a stage is followed by something other than `|`.
  static func hint(after stage: Syntax.Stage?, source: String, found: Token) -> String? {
    switch stage {
    case nil: "stages follow the table after '|', e.g. \(source) | count"
    case .sort where found.identifier != nil: "a sort key is followed by asc or desc, then ',' or '|'"
    case .sort: "sort takes fields; compute a value first, e.g. extend yearly = rent * 12 | sort yearly desc"
    case .distinct, .countBy: "list the fields separated by commas"
    case .take: "take needs a whole number"
    default: nil
    }
  }

  mutating func stage(after pipe: Token) throws(Diagnostic) -> Syntax.StageNode {
    guard let word = current.identifier else {
      throw error(
        "expected a stage after '|', found \(current.display)",
        hint: "stages: " + Parser.stageNames.joined(separator: ", "))
    }
    let keyword = advance()
    let stage: Syntax.Stage
    switch word {
    case "where": stage = .filter(try expression())
    case "select": stage = .select(try projections(requireNames: false))
    case "extend": stage = .extend(try projections(requireNames: true))
    case "sort": stage = .sort(try sortKeys())
    case "take":
      guard case .integer(let n) = current.kind else {
        throw error("expected a number of rows after 'take', found \(current.display)")
      }
      stage = .take(n, advance().range)
    case "distinct": stage = .distinct(try names("a field name after 'distinct'"))
    case "count":
      if acceptWord("by") != nil {
        stage = .countBy(try names("a field name after 'by'"))
      } else {
        stage = .count
      }
    case "summarize":
      let aggregates = try projections(requireNames: false)
      let by = acceptWord("by") != nil ? try names("a field name after 'by'") : []
      stage = .summarize(aggregates, by: by)
    case "top": stage = try top()
    case "pivot": stage = .pivot(try name("a field name after 'pivot'"))
    case "chart": stage = .chart(try chart(keyword))
    case "join":
      var kind = Syntax.JoinKind.inner
      if current.isWord("kind"), peekNext.isSymbol(.assign) || peekNext.isSymbol(.equal) {
        _ = advance()
        _ = advance()
        guard let word = current.identifier, let k = Syntax.JoinKind(rawValue: word) else {
          throw error(
            "expected a join kind (inner, left, semi or anti), found \(current.display)",
            hint: NearMiss.hint(for: current.identifier ?? "", among: Syntax.JoinKind.allCases.map(\.rawValue)))
        }
        _ = advance()
        kind = k
      }
      let table = try name("a table name after 'join'")
      guard acceptWord("on") != nil else {
        throw error(
          "expected 'on' after 'join \(table.text)', found \(current.display)",
          hint: "e.g. join \(table.text) on id")
      }
      let left = try name("a field name after 'on'")
      var right: Syntax.Name?
      if accept(.assign) != nil || accept(.equal) != nil {
        right = try name("a field of \(table.text) after '='")
      }
      stage = .join(table: table, left: left, right: right, kind: kind)
    default:
      throw error(
        "unknown stage '\(word)'", at: keyword,
        hint: QueryHabit.stageHint(word, next: current) ?? NearMiss.hint(for: word, among: Parser.stageNames)
          ?? "stages: " + Parser.stageNames.joined(separator: ", "))
    }
    return Syntax.StageNode(stage: stage, keyword: keyword.range)
  }

  mutating func projections(requireNames: Bool) throws(Diagnostic) -> [Syntax.Projection] {
    var result: [Syntax.Projection] = []
    repeat {
      if let text = current.identifier, peekNext.isSymbol(.assign), !Parser.reservedWords.contains(text) {
        let n = Syntax.Name(text: text, range: advance().range)
        _ = advance()
        result.append(Syntax.Projection(name: n, expr: try expression()))
      } else if requireNames {
        throw error("expected 'name = expression', found \(current.display)")
      } else {
        result.append(Syntax.Projection(name: nil, expr: try expression()))
      }
    } while accept(.comma) != nil
    return result
  }

  mutating func sortKeys() throws(Diagnostic) -> [Syntax.SortKey] {
    var keys: [Syntax.SortKey] = []
    repeat { keys.append(try sortKey("a field name to sort by")) } while accept(.comma) != nil
    return keys
  }

  mutating func sortKey(_ what: String) throws(Diagnostic) -> Syntax.SortKey {
    let field = try name(what)
    if acceptWord("desc") != nil { return Syntax.SortKey(field: field, descending: true, explicit: true) }
    if acceptWord("asc") != nil { return Syntax.SortKey(field: field, descending: false, explicit: true) }
    return Syntax.SortKey(field: field, descending: false)
  }

  /// `top N by X [asc|desc] [per F, …]`; without a direction, the largest first (as in KQL).
  mutating func top() throws(Diagnostic) -> Syntax.Stage {
    guard case .integer(let n) = current.kind else {
      throw error("expected a number of rows after 'top', found \(current.display)", hint: "e.g. top 3 by rent asc")
    }
    let count = advance().range
    guard acceptWord("by") != nil else {
      throw error("expected 'by' after 'top \(n)', found \(current.display)", hint: "e.g. top \(n) by rent desc")
    }
    var key = try sortKey("a field name after 'by'")
    if !key.explicit { key.descending = true }
    let per = acceptWord("per") != nil ? try names("a field name after 'per'") : []
    return .top(n, count, by: key, per: per)
  }

  /// `chart bar LABEL, VALUE`, `chart line X, Y`, `chart hist FIELD [bins N]`.
  mutating func chart(_ keyword: Token) throws(Diagnostic) -> Syntax.ChartSpec {
    let kinds = Syntax.ChartSpec.Kind.allCases.map(\.rawValue)
    guard let word = current.identifier, let kind = Syntax.ChartSpec.Kind(rawValue: word) else {
      throw error(
        "expected bar, line or hist after 'chart', found \(current.display)",
        hint: NearMiss.hint(for: current.identifier ?? "", among: kinds) ?? "e.g. chart bar area, count")
    }
    _ = advance()
    switch kind {
    case .bar, .line:
      let first = try name(kind == .bar ? "a label field after 'chart bar'" : "an x field after 'chart line'")
      _ = try expect(.comma, kind == .bar ? "between the label and the value" : "between x and y")
      let second = try name(kind == .bar ? "a value field" : "a y field")
      return Syntax.ChartSpec(kind: kind, fields: [first, second], bins: nil, keyword: keyword.range)
    case .hist:
      let field = try name("a field after 'chart hist'")
      var bins: Int?
      if acceptWord("bins") != nil {
        guard case .integer(let b) = current.kind, (1...200).contains(b) else {
          throw error("expected a number of bins from 1 to 200, found \(current.display)")
        }
        _ = advance()
        bins = b
      }
      return Syntax.ChartSpec(kind: kind, fields: [field], bins: bins, keyword: keyword.range)
    }
  }
}
