/// Turns a `Reply` into the text the executable prints, following the settings.
public struct ReplyRenderer: Sendable {
  public var settings: Settings

  public init(settings: Settings) { self.settings = settings }

  /// What goes to standard output and what to standard error. In the modes for people
  /// (table, line, markdown) everything goes to standard output. In csv and json modes
  /// standard output gets one document a program can parse (`ProgramDocument`), and the
  /// reply's other items (summaries, charts, notes) go to standard error.
  public func split(_ reply: Reply) -> (stdout: String, stderr: String) {
    var settings = settings
    if reply.allRows { settings.limitsRows = false }
    let renderer = TableRenderer(settings: settings)
    let style = TextStyle(enabled: settings.color)
    guard settings.mode.isForPrograms else {
      var out = ""
      for item in reply.items {
        switch item {
        case .table(let table): out += renderer.render(table)
        case .text(let text), .chart(let text): out += Self.line(text)
        case .notice(let text): out += Self.line(style.dim(text))
        case .data: break
        }
      }
      return (out, "")
    }
    var tables = [Table]()
    var prose = ""
    for item in reply.items {
      switch item {
      case .table(let table), .data(let table): tables.append(table)
      case .text(let text), .chart(let text): prose += Self.line(text)
      case .notice(let text): prose += Self.line(style.dim(text))
      }
    }
    let document = ProgramDocument(tables: tables, renderer: renderer)
    return (document.stdout, prose + document.stderr)
  }

  static func line(_ text: String) -> String {
    text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
  }
}
