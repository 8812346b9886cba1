/// Turns a `Reply` into the text the executable prints, following the settings.
public struct ReplyRenderer: Sendable {
  public var settings: Settings

  public init(settings: Settings) { self.settings = settings }

  /// Every item in order, each ending in a newline (what `split` writes, both streams).
  public func render(_ reply: Reply) -> String {
    let (stdout, stderr) = split(reply)
    return stdout + stderr
  }

  /// What goes to standard output and what to standard error, as strings (files, transcripts,
  /// tests). See `output(_:)`.
  public func split(_ reply: Reply) -> (stdout: String, stderr: String) {
    let (stdout, stderr) = output(reply)
    return (stdout.text, stderr.text)
  }

  /// What goes to standard output, with its tables left to be written in pieces when it is
  /// (`ReplyOutput.write`), and what goes to standard error. In the modes for people (table,
  /// line, markdown) everything goes to standard output. In csv and json modes standard output
  /// gets one document a program can parse (`ProgramDocument`), and the reply's other items
  /// (summaries, charts, notes) go to standard error.
  public func output(_ reply: Reply) -> (stdout: ReplyOutput, stderr: StyledText) {
    var settings = settings
    if reply.allRows { settings.limitsRows = false }
    let renderer = TableRenderer(settings: settings)
    var tables = [Table]()
    var out = ReplyOutput()
    var text = StyledText()
    for item in reply.items {
      switch item {
      case .table(let table):
        if settings.mode.isForPrograms {
          tables.append(table)
        } else {
          if !text.isEmpty { out.append(.text(text)) }
          text = ""
          out.append(.table(table, renderer))
        }
      case .data(let table): if settings.mode.isForPrograms { tables.append(table) }
      case .text(let line): text.append(Self.line(Self.fitted(line, width: settings.width)))
      case .chart(let chart): text.append(Self.line(ChartText.render(chart)))
      case .metrics(let list): text.append(Self.line(list.text))
      case .notice(let line):
        text.append(line, as: .hint)
        if !line.isEmpty, !line.hasSuffix("\n") { text.append("\n") }
      case .stepReplay: break
      }
    }
    guard settings.mode.isForPrograms else {
      if !text.isEmpty { out.append(.text(text)) }
      return (out, StyledText())
    }
    // One table (the usual query result) streams; several make one document.
    if tables.count == 1 { return (ReplyOutput([.table(tables[0], renderer)]), text) }
    let document = ProgramDocument(tables: tables, renderer: renderer)
    text.append(document.stderr)
    return (ReplyOutput(text: document.stdout), text)
  }

  /// Prose with every line wider than the screen wrapped at spaces (no width: as it is).
  static func fitted(_ text: String, width: Int?) -> String {
    guard let width, !text.isEmpty else { return text }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.contains(where: { $0.count > width }) else { return text }
    return lines.flatMap { $0.count > width ? ExpandedLayout.wrap($0, width: width) : [$0] }.joined(separator: "\n")
  }

  static func line(_ text: String) -> String {
    text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
  }
}
