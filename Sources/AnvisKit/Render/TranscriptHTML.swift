/// A transcript as one self-contained HTML page: inline CSS, no script, no network (a
/// Content-Security-Policy forbids it), narration as paragraphs, each command, its output with
/// tables as `<table>` and text bar charts as inline SVG (see `OutputBlock`).
public enum TranscriptHTML {
  /// The whole page.
  public static func page(_ transcript: Transcript) -> String {
    let h = transcript.header
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>anvis session: \(HTMLText.escape(h.name))</title>
      <style>\(css)</style>
      </head>
      <body>
      <main>
      <header><h1>\(HTMLText.escape(h.name))</h1>
      <p class="meta">data <code>\(HTMLText.escape(h.dataFolder))</code> · \(HTMLText.escape(h.dataHash ?? "not hashed")) · seed \(h.seed) · anvis \(HTMLText.escape(h.version)) · as of \(HTMLText.escape(h.date))</p></header>

      """
    for (i, step) in transcript.steps.enumerated() { out += self.step(step, number: i + 1) }
    if !transcript.epilogue.isEmpty {
      out += "<section class=\"step\">\n" + narration(transcript.epilogue) + "</section>\n"
    }
    return out + "</main>\n</body>\n</html>\n"
  }

  static func step(_ step: TranscriptStep, number: Int) -> String {
    var out = "<section class=\"step\" id=\"step-\(number)\">\n" + narration(step.narration)
    let lines = step.command.split(separator: "\n", omittingEmptySubsequences: false)
    var command = ""
    for (i, line) in lines.enumerated() {
      command +=
        (i == 0 ? "<span class=\"prompt\">anvis&gt; </span>" : "\n<span class=\"prompt\">  ...&gt; </span>")
      command += HTMLText.escape(String(line))
    }
    out += "<pre class=\"command\">\(command)</pre>\n"
    let stdout = step.output.filter { $0.stream == .out }.map(\.text)
    let stderr = step.output.filter { $0.stream == .err }.map(\.text)
    if !stdout.isEmpty { out += "<div class=\"output\">\n" + blocks(stdout) + "</div>\n" }
    if !stderr.isEmpty {
      // Standard error of a step that did not fail (a timing, a warning) is not shown as an error.
      let kind = step.failed ? "error" : "stderr"
      out += "<pre class=\"\(kind)\">" + HTMLText.escape(stderr.joined(separator: "\n")) + "</pre>\n"
    }
    return out + "</section>\n"
  }

  static func narration(_ lines: [String]) -> String {
    lines.map { "<p class=\"note\">\(HTMLText.escape($0))</p>\n" }.joined()
  }

  static func blocks(_ lines: [String]) -> String {
    var out = ""
    for block in OutputBlock.scan(lines) {
      switch block {
      case .text(let text):
        var body = text
        while body.last?.isEmpty == true { body.removeLast() }
        while body.first?.isEmpty == true { body.removeFirst() }
        if !body.isEmpty { out += "<pre>" + HTMLText.escape(body.joined(separator: "\n")) + "</pre>\n" }
      case .table(let table): out += self.table(table)
      case .chart(let title, let bars): out += figure(title, SVGBarChart.svg(bars))
      case .bands(let title, let bands): out += figure(title, SVGBarChart.svg(bands))
      }
    }
    return out
  }

  static func figure(_ title: String?, _ svg: String) -> String {
    let caption = title.map { "<figcaption>\(HTMLText.escape($0))</figcaption>" } ?? ""
    return "<figure>" + caption + svg + "</figure>\n"
  }

  static func table(_ table: OutputTable) -> String {
    func cell(_ tag: String, _ text: String, _ column: Int) -> String {
      let numeric = column < table.numeric.count && table.numeric[column]
      // Cells do not wrap (an id like c-0030 stays whole); long prose may.
      let wraps = text.count > 32 && text.contains(" ")
      let classes = (numeric ? ["num"] : []) + (wraps ? ["wrap"] : [])
      let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
      return "<\(tag)\(attribute)>\(HTMLText.escape(text))</\(tag)>"
    }
    var out = "<table>\n<thead><tr>"
    for (i, name) in table.header.enumerated() { out += cell("th", name, i) }
    out += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      out += "<tr>" + row.enumerated().map { cell("td", $0.element, $0.offset) }.joined() + "</tr>\n"
    }
    out += "</tbody>\n</table>\n"
    if let note = table.note { out += "<p class=\"table-note\">\(HTMLText.escape(note))</p>\n" }
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
    svg.chart circle { fill: #0b4f6c; }
    svg.chart text { fill: #1d232b; }

    """
}
