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
      case .text(let text): out += Self.line(Self.fitted(text, width: settings.width))
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

  /// Prose with every line wider than the screen wrapped at spaces (no width: as it is).
  static func fitted(_ text: String, width: Int?) -> String {
    guard let width, text.contains(where: { _ in true }) else { return text }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.contains(where: { $0.count > width }) else { return text }
    return lines.flatMap { $0.count > width ? ExpandedLayout.wrap($0, width: width) : [$0] }.joined(separator: "\n")
  }

  static func line(_ text: String) -> String {
    text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
  }
}
