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
    guard settings.mode.isForPrograms else { return (render(reply.items), "") }
    let tables = reply.items.filter { if case .table = $0 { true } else { false } }
    let others = reply.items.filter { if case .table = $0 { false } else { true } }
    return (render(tables), render(others))
  }

  private func render(_ items: [Reply.Item]) -> String {
    let style = TextStyle(enabled: settings.color)
    let tables = TableRenderer(mode: settings.mode, maxRows: settings.maxRows, style: style)
    var out = ""
    for item in items {
      switch item {
      case .table(let table): out += tables.render(table)
      case .text(let text): out += Self.line(text)
      case .chart(let chart): out += Self.line(ChartText.render(chart))
      case .metrics(let list): out += Self.line(list.text)
      case .notice(let text): out += Self.line(style.dim(text))
      case .stepReplay: break
      }
    }
    return out
  }

  static func line(_ text: String) -> String {
    text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
  }
}
