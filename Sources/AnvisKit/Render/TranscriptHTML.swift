/// A session as one self-contained HTML page: inline CSS, no script, no network (a
/// Content-Security-Policy forbids it), narration as paragraphs, each command, and its reply
/// drawn from its values: tables as `<table>`, charts as inline SVG (`ChartSVG`), summaries as
/// tables, text as `<pre>`.
public enum TranscriptHTML {
  /// The whole page.
  public static func page(_ session: ExportedSession, maxRows: Int = 40) -> String {
    let h = session.header
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>anvis session: \(MarkupText.escape(h.name))</title>
      <style>\(css)</style>
      </head>
      <body>
      <main>
      <header><h1>\(MarkupText.escape(h.name))</h1>
      <p class="meta">data <code>\(MarkupText.escape(h.dataFolder))</code> · \(MarkupText.escape(h.dataHash ?? "not hashed")) · seed \(h.seed) · anvis \(MarkupText.escape(h.version)) · as of \(MarkupText.escape(h.date))</p></header>

      """
    for (i, step) in session.steps.enumerated() { out += self.step(step, number: i + 1, maxRows: maxRows) }
    if !session.epilogue.isEmpty {
      out += "<section class=\"step\">\n" + narration(session.epilogue) + "</section>\n"
    }
    return out + "</main>\n</body>\n</html>\n"
  }

  static func step(_ step: ExportedSession.Step, number: Int, maxRows: Int) -> String {
    var out = "<section class=\"step\" id=\"step-\(number)\">\n" + narration(step.narration)
    let lines = step.command.split(separator: "\n", omittingEmptySubsequences: false)
    var command = ""
    for (i, line) in lines.enumerated() {
      command +=
        (i == 0 ? "<span class=\"prompt\">anvis&gt; </span>" : "\n<span class=\"prompt\">  ...&gt; </span>")
      command += MarkupText.escape(String(line))
    }
    out += "<pre class=\"command\">\(command)</pre>\n"
    let body = step.items.map { item(for: $0, maxRows: maxRows) }.joined()
    if !body.isEmpty { out += "<div class=\"output\">\n" + body + "</div>\n" }
    if let stderr = step.stderr, !stderr.isEmpty {
      out += "<pre class=\"stderr\">" + MarkupText.escape(stderr) + "</pre>\n"
    }
    if let error = step.error, !error.isEmpty {
      out += "<pre class=\"error\">" + MarkupText.escape(error) + "</pre>\n"
    }
    return out + "</section>\n"
  }

  static func narration(_ lines: [String]) -> String {
    lines.map { "<p class=\"note\">\(MarkupText.escape($0))</p>\n" }.joined()
  }

  static func item(for item: Reply.Item, maxRows: Int) -> String {
    switch item {
    case .table(let table): return self.table(table, maxRows: maxRows)
    case .text(let text): return pre(text, class: nil)
    case .notice(let text): return pre(text, class: "notice")
    case .chart(let chart): return figure(chart)
    case .metrics(let list): return metrics(list)
    case .stepReplay, .data: return ""
    }
  }

  static func pre(_ text: String, class name: String?) -> String {
    var body = Substring(text)
    while body.last == "\n" { body = body.dropLast() }
    guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return "" }
    let attribute = name.map { " class=\"\($0)\"" } ?? ""
    return "<pre\(attribute)>" + MarkupText.escape(String(body)) + "</pre>\n"
  }

  static func figure(_ chart: ChartSpec) -> String {
    var title = chart.title
    switch chart.shape {
    case .meanBars, .bands: title += ChartSpec.rangeSuffix
    case .bars, .line, .histogram: break
    }
    var out = "<figure><figcaption>\(MarkupText.escape(title))</figcaption>" + ChartSVG.svg(chart)
    for note in chart.notes { out += "<p class=\"table-note\">\(MarkupText.escape(note))</p>" }
    return out + "</figure>\n"
  }

  /// simulate's summary: its title, a metric/mean/p5–p95 table and its notes.
  static func metrics(_ list: MetricList) -> String {
    var out = "<p class=\"caption\">\(MarkupText.escape(list.title))</p>\n"
    out += "<table>\n<thead><tr><th>metric</th><th class=\"num\">mean</th><th class=\"num\">p5–p95</th></tr></thead>\n<tbody>\n"
    for row in list.rows {
      out += "<tr><td>\(MarkupText.escape(row.label))</td><td class=\"num\">\(MarkupText.escape(row.value))</td>"
      out += "<td class=\"num\">\(MarkupText.escape(row.band ?? ""))</td></tr>\n"
    }
    out += "</tbody>\n</table>\n"
    for note in list.notes { out += "<p class=\"table-note\">\(MarkupText.escape(note))</p>\n" }
    return out
  }

  /// A table from its values: numbers right-aligned by their column's type, the first
  /// `maxRows` rows and a note with how many more.
  static func table(_ table: Table, maxRows: Int) -> String {
    let numeric = table.columns.map(TableRenderer.isNumeric)
    func cell(_ tag: String, _ text: String, _ column: Int) -> String {
      // Cells do not wrap (an id like c-0030 stays whole); long prose may.
      let wraps = text.count > 32 && text.contains(" ")
      let classes = (numeric[column] ? ["num"] : []) + (wraps ? ["wrap"] : [])
      let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
      return "<\(tag)\(attribute)>\(MarkupText.escape(text))</\(tag)>"
    }
    var out = "<table>\n<thead><tr>"
    for (i, column) in table.columns.enumerated() { out += cell("th", column.name, i) }
    out += "</tr></thead>\n<tbody>\n"
    let shown = min(table.rowCount, max(1, maxRows))
    for r in 0..<shown {
      out += "<tr>" + table.columns.indices.map { cell("td", table.columns[$0][r].displayText, $0) }.joined() + "</tr>\n"
    }
    out += "</tbody>\n</table>\n"
    if table.rowCount == 0 { out += "<p class=\"table-note\">(no rows)</p>\n" }
    if table.rowCount > shown {
      let more = table.rowCount - shown
      out += "<p class=\"table-note\">… \(more) more row\(more == 1 ? "" : "s")</p>\n"
    }
    return out
  }

  static let css = """

    body { margin: 0; background: #fbfaf7; color: #1d232b; font: 16px/1.5 system-ui, sans-serif; }
    main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
    header h1 { margin: 0 0 .25rem; font-size: 1.8rem; color: #0b4f6c; }
    .meta { margin: 0 0 2rem; color: #5b6470; font-size: .85rem; }
    .step { margin: 0 0 1.75rem; }
    .note { margin: .4rem 0; font-size: 1.05rem; }
    pre { margin: .4rem 0; padding: .6rem .8rem; overflow-x: auto; font: 13px/1.45 ui-monospace, monospace; }
    pre.command { background: #0b4f6c; color: #fff; border-radius: 6px; white-space: pre-wrap; }
    pre.command .prompt { color: #9fd3e6; }
    .output pre { background: #eef1f4; border-radius: 6px; }
    pre.error { background: #fdecea; color: #8a1c12; border-left: 4px solid #c0392b; }
    pre.stderr { color: #5b6470; padding-top: 0; padding-bottom: 0; }
    table { border-collapse: collapse; margin: .5rem 0; font: 14px/1.4 ui-monospace, monospace; background: #fff; }
    th, td { border: 1px solid #cfd6dd; padding: .25rem .6rem; text-align: left; white-space: nowrap; }
    td.wrap { white-space: normal; min-width: 14rem; }
    th { background: #dde7ee; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    tbody tr:nth-child(even) { background: #f5f7f9; }
    .table-note { margin: .1rem 0 .5rem; color: #5b6470; font-size: .85rem; }
    figure { margin: .5rem 0; }
    figcaption { font-weight: 600; font-size: .9rem; margin-bottom: .2rem; }
    svg.chart { font: 12px ui-monospace, monospace; }
    svg.chart rect { fill: #2a9d8f; }
    svg.chart line.band { stroke: #2a9d8f; stroke-width: 4; }
    svg.chart line.axis { stroke: #9aa5b1; stroke-width: 1; }
    svg.chart line.whisker { stroke: #0b4f6c; stroke-width: 2; }
    svg.chart polyline.line { fill: none; stroke: #2a9d8f; stroke-width: 2; }
    svg.chart text.tick { fill: #5b6470; font-size: 10px; }
    .output pre.notice { background: none; color: #5b6470; padding-top: 0; padding-bottom: 0; }
    .caption { margin: .5rem 0 .1rem; font-weight: 600; font-size: .9rem; }
    svg.chart circle { fill: #0b4f6c; }
    svg.chart text { fill: #1d232b; }

    """
}
