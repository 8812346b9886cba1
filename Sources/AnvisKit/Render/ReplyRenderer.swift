/// Turns a `Reply` into the text the executable prints, following the settings.
public struct ReplyRenderer: Sendable {
  public var settings: Settings

  public init(settings: Settings) { self.settings = settings }

  /// Every item in order, each ending in a newline (what `split` writes, both streams).
  public func render(_ reply: Reply) -> String {
    let (stdout, stderr) = split(reply)
    return stdout + stderr
  }

  /// What goes to standard output and what to standard error. In the modes for people
  /// (table, line, markdown) everything goes to standard output. In csv and json modes
  /// standard output gets one document a program can parse (`ProgramDocument`), and the
  /// reply's other items (summaries, charts, notes) go to standard error.
  public func split(_ reply: Reply) -> (stdout: String, stderr: String) {
    var settings = settings
    if reply.allRows { settings.limitsRows = false }
    let renderer = TableRenderer(settings: settings)
    let style = TextStyle(enabled: settings.color)
    var tables = [Table]()
    var out = ""
    for item in reply.items {
      switch item {
      case .table(let table):
        if settings.mode.isForPrograms { tables.append(table) } else { out += renderer.render(table) }
      case .data(let table): if settings.mode.isForPrograms { tables.append(table) }
      case .text(let text): out += Self.line(text)
      case .chart(let chart): out += Self.line(ChartText.render(chart))
      case .metrics(let list): out += Self.line(list.text)
      case .notice(let text): out += Self.line(style.dim(text))
      case .stepReplay: break
      }
    }
    guard settings.mode.isForPrograms else { return (out, "") }
    let document = ProgramDocument(tables: tables, renderer: renderer)
    return (document.stdout, out + document.stderr)
  }

  static func line(_ text: String) -> String {
    text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
  }
}
