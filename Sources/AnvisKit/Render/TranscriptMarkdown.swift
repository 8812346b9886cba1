/// A session as a Markdown notebook: narration as paragraphs, each command in an `anvis` code
/// block, and its reply drawn from its values: tables as Markdown tables, simulate's summary as
/// a metric/mean/p5–p95 table, charts and other text in `text` blocks, errors in their own block.
public enum TranscriptMarkdown {
  /// The whole document.
  public static func document(_ session: ExportedSession, maxRows: Int = 40) -> String {
    let h = session.header
    var out = "# \(h.name)\n\n"
    out +=
      "*data `\(h.dataFolder)` · \(h.dataHash ?? "not hashed") · seed \(h.seed) · anvis \(h.version) · as of \(h.date)*\n\n"
    for step in session.steps {
      // Each narration line is a paragraph of its own, as in the HTML page.
      if !step.narration.isEmpty { out += step.narration.joined(separator: "\n\n") + "\n\n" }
      let command = step.command.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        .map { ($0.offset == 0 ? "anvis> " : "  ...> ") + $0.element }
      out += fenced(command, language: "anvis")
      out += items(step.items, maxRows: maxRows)
      for extra in [step.stderr, step.error] {
        if let extra, !extra.isEmpty { out += fenced(lines(extra), language: "text") }
      }
    }
    if !session.epilogue.isEmpty { out += session.epilogue.joined(separator: "\n\n") + "\n" }
    return out
  }

  /// A reply's items: text items next to each other share one `text` block.
  static func items(_ items: [Reply.Item], maxRows: Int) -> String {
    var out = ""
    var text: [String] = []
    func flush() {
      if !text.isEmpty { out += fenced(text, language: "text") }
      text = []
    }
    for item in items {
      switch item {
      case .table(let table):
        flush()
        let shown = min(table.rowCount, max(1, maxRows))
        out += TableRenderer(mode: .markdown).render(
          shown < table.rowCount ? table.gather(Array(0..<shown)) : table)
        let more = table.rowCount - shown
        if more > 0 { out += "\n*… \(more) more row\(more == 1 ? "" : "s")*\n" }
        out += "\n"
      case .metrics(let list):
        flush()
        out += metrics(list)
      case .text(let t), .notice(let t): text += lines(t)
      case .chart(let chart): text += lines(ChartText.render(chart))
      case .stepReplay, .data: break
      }
    }
    flush()
    return out
  }

  /// simulate's summary: its title, a table, its notes.
  static func metrics(_ list: MetricList) -> String {
    func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
    var out = list.title + "\n\n| metric | mean | p5–p95 |\n|---|--:|--:|\n"
    for row in list.rows { out += "| \(cell(row.label)) | \(cell(row.value)) | \(cell(row.band ?? "")) |\n" }
    out += "\n"
    for note in list.notes { out += note + "\n\n" }
    return out
  }

  static func lines(_ text: String) -> [String] {
    var body = Substring(text)
    while body.last == "\n" { body = body.dropLast() }
    return body.isEmpty ? [] : body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// A fenced block whose fence is longer than any run of backticks inside it.
  static func fenced(_ lines: [String], language: String) -> String {
    var longest = 0
    for line in lines {
      var run = 0
      for c in line {
        run = c == "`" ? run + 1 : 0
        longest = max(longest, run)
      }
    }
    let fence = String(repeating: "`", count: max(3, longest + 1))
    return fence + language + "\n" + lines.joined(separator: "\n") + "\n" + fence + "\n\n"
  }
}
