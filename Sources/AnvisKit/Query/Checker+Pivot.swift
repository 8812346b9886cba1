/// Checking of `pivot F` and of `chart …`.
extension Checker {
  func checkPivot(
    _ name: Syntax.Name, input: [Field], counts: Set<String>, last: Bool, at keyword: SourceRange
  ) throws(Diagnostic) -> ([Plan.Stage], [Field]) {
    let column = try field(name, in: input)
    let value = input.count - 1
    guard input.count >= 2, value != column else {
      throw Checker.error(
        "pivot needs a value to spread: the last field, after '\(name.text)'", at: name.range,
        hint: "e.g. count by area, type | pivot type")
    }
    let keys = input.indices.filter { $0 != column && $0 != value }
    let keyNames = Set(keys.map { input[$0].name })
    var labels: [(value: String?, name: String)] = []
    let texts: [String]?
    switch input[column].type {
    case .enumeration(let values): texts = values
    case .bool: texts = ["false", "true"]
    default: texts = nil
    }
    if let texts {
      for t in texts { labels.append((t, keyNames.contains(t) ? name.text + "_" + t : t)) }
    } else if !last {
      throw Checker.error(
        "pivot on '\(name.text)' (\(Checker.noun(input[column].type))) must be the last stage: its columns are known only when it runs",
        at: name.range, hint: "pivot a field with a fixed list of values to go on, or end the query here")
    }
    let pivot = Plan.Pivot(
      column: column, keys: keys, value: value, labels: labels, zeroFill: counts.contains(input[value].name),
      range: keyword)
    let fields = keys.map { input[$0] } + labels.map { Field(name: $0.name, type: input[value].type) }
    return ([.pivot(pivot)], fields)
  }

  func checkChart(_ spec: Syntax.ChartSpec, input: [Field]) throws(Diagnostic) -> ChartRequest {
    var indices: [Int] = []
    for f in spec.fields { indices.append(try field(f, in: input)) }
    let isNumber: (FieldType) -> Bool = { $0 == .int || $0 == .double }
    func need(_ i: Int, _ ok: Bool, _ what: String) throws(Diagnostic) {
      guard !ok else { return }
      throw Checker.error(
        "chart \(spec.kind.rawValue) needs \(what), found \(Checker.noun(input[indices[i]].type))",
        at: spec.fields[i].range)
    }
    switch spec.kind {
    case .bar:
      try need(1, isNumber(input[indices[1]].type), "a number as its value")
    case .line:
      try need(0, isNumber(input[indices[0]].type) || input[indices[0]].type == .date, "numbers or dates on x")
      try need(1, isNumber(input[indices[1]].type), "numbers on y")
    case .hist:
      try need(0, isNumber(input[indices[0]].type), "numbers")
    }
    return ChartRequest(
      kind: ChartRequest.Kind(rawValue: spec.kind.rawValue) ?? .bar, first: spec.fields[0].text,
      second: spec.fields.count > 1 ? spec.fields[1].text : nil, bins: spec.bins ?? 10)
  }
}
