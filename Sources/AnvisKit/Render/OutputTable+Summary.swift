extension OutputTable {
  /// A simulation summary read as a table (metric, mean, p5–p95): three or more lines with the
  /// same indentation and the value in the same column, `  housed      84.8  [71–98]`, at
  /// least one with a `[LOW–HIGH]` range. Chart lines are not summary lines.
  static func summary(_ lines: [String], at start: Int) -> (OutputTable, Int)? {
    guard let first = SummaryLine(lines[start]) else { return nil }
    var found = [first]
    var j = start + 1
    while j < lines.count, let line = SummaryLine(lines[j]), line.indent == first.indent,
      line.valueColumn == first.valueColumn
    {
      found.append(line)
      j += 1
    }
    guard found.count >= 3, found.contains(where: { $0.range != nil }) else { return nil }
    let rows = found.map { [$0.metric, $0.value, $0.range ?? ""] }
    let header = ["metric", "mean", "p5–p95"]
    return (OutputTable(header: header, rows: rows, numeric: numericColumns(3, rows), note: nil), found.count)
  }
}

/// One indented `label  value  [low–high]` line of a simulation summary.
struct SummaryLine {
  var indent: Int
  var valueColumn: Int
  var metric: String
  var value: String
  var range: String?

  init?(_ line: String) {
    guard ChartBar(line: line) == nil, ChartBand(line: line) == nil else { return nil }
    let chars = Array(line)
    let indent = chars.prefix { $0 == " " }.count
    guard indent > 0, indent < chars.count else { return nil }
    // The label runs to the first run of two blanks; the value starts after that run.
    var k = indent
    while k + 1 < chars.count, !(chars[k] == " " && chars[k + 1] == " ") { k += 1 }
    guard k + 1 < chars.count else { return nil }
    let metric = String(chars[indent..<k])
    var v = k
    while v < chars.count, chars[v] == " " { v += 1 }
    guard v < chars.count else { return nil }
    var rest = Array(String(chars[v...]).trimmingBlanks())
    var range: String?
    if rest.last == "]",
      let open = rest.indices.last(where: {
        $0 >= 2 && rest[$0] == "[" && rest[$0 - 1] == " " && rest[$0 - 2] == " "
      })
    {
      range = String(rest[(open + 1)..<(rest.count - 1)])
      rest = Array(rest[..<(open - 2)])
    }
    let value = String(rest).trimmingBlanks()
    guard !metric.isEmpty, !value.isEmpty, !value.contains("  ") else { return nil }
    self.indent = indent
    self.valueColumn = v
    self.metric = metric
    self.value = value
    self.range = range
  }
}
