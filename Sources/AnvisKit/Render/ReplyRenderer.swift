/// Turns a `Reply` into the text the executable prints, following the settings.
public struct ReplyRenderer: Sendable {
  public var settings: Settings

  public init(settings: Settings) { self.settings = settings }

  /// Every item in order, each ending in a newline.
  public func render(_ reply: Reply) -> String { render(reply.items) }

  /// What goes to standard output and what to standard error. In table and markdown modes
  /// everything is for a person and goes to standard output; in csv and json modes only the
  /// tables do, so a program can parse what it reads, and the rest goes to standard error.
  public func split(_ reply: Reply) -> (stdout: String, stderr: String) {
    let (stdout, stderr) = output(reply)
    return (stdout.text, stderr)
  }

  /// As `split`, with standard output's tables left to be written in pieces when it is.
  public func output(_ reply: Reply) -> (stdout: ReplyOutput, stderr: String) {
    guard settings.mode.isForPrograms else { return (output(reply.items), "") }
    let tables = reply.items.filter { if case .table = $0 { true } else { false } }
    let others = reply.items.filter { if case .table = $0 { false } else { true } }
    return (output(tables), output(others).text)
  }

  private func render(_ items: [Reply.Item]) -> String { output(items).text }

  private func output(_ items: [Reply.Item]) -> ReplyOutput {
    let style = TextStyle(enabled: settings.color)
    let tables = TableRenderer(mode: settings.mode, maxRows: settings.maxRows, style: style)
    var out = ReplyOutput()
    var text = ""
    for item in items {
      switch item {
      case .table(let table):
        if !text.isEmpty { out.append(.text(text)) }
        text = ""
        out.append(.table(table, tables))
      case .text(let line): text += Self.line(line)
      case .chart(let chart): text += Self.line(ChartText.render(chart))
      case .metrics(let list): text += Self.line(list.text)
      case .notice(let line): text += Self.line(style.dim(line))
      case .stepReplay: break
      }
    }
    if !text.isEmpty { out.append(.text(text)) }
    return out
  }

  static func line(_ text: String) -> String {
    text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
  }
}
