/// Where query results go and how a query line runs: it owns the `.output` file (and what was
/// written to it) and the `.once` file, and runs queries and `let` over the shell's catalog.
public final class QueryWorkspace {
  /// The `.output` file and what has been written to it.
  public struct Output: Sendable {
    public var path: String
    public var text: String
    /// The results so far, when `path` is a workbook (.xlsx).
    public var tables: [Table] = []
  }

  /// Set by `.output FILE`; nil: results go to the screen.
  public private(set) var output: Output?
  /// Set by `.once FILE`, cleared by the next result.
  public private(set) var once: String?

  /// One-line notes for stderr about the input being answered (results of another scenario).
  private var notes: [String] = []

  init() {}

  /// The notes gathered while answering, one line each, for stderr; then none.
  func takeNotes() -> String {
    defer { notes = [] }
    return notes.map { $0 + "\n" }.joined()
  }

  /// `.output [FILE]` and `.once FILE`: where query results go.
  static let commands: [CommandSpec] = [
    CommandSpec(
      ".output", group: .query, usage: ".output [FILE]",
      summary: "send query results to FILE; with no FILE, back to the screen",
      help: """
        Every result from now on is written to FILE in the current .mode, all rows, without
        colour. FILE is emptied first and rewritten whole after each result (atomically,
        readable by you only). `.output` alone sends results to the screen again.
        """,
      handler: { shell, input throws(CommandError) in try shell.queries.setOutput(input, once: false, session: shell.session) }),
    CommandSpec(
      ".once", group: .query, usage: ".once FILE",
      summary: "send the next query result to FILE",
      help: "Like .output, for one result only; FILE is replaced atomically and readable by you only.",
      handler: { shell, input throws(CommandError) in try shell.queries.setOutput(input, once: true, session: shell.session) }),
  ]

  /// Results go to the screen again (after `.recover` re-ran steps in the sandbox).
  func restore(output: Output?, once: String?) {
    self.output = output
    self.once = once
  }

  /// Runs one query: an input starting with a table name in the catalog or with `let`.
  func run(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    try Self.refuseCommandNameForLet(input, commands: shell.commands)
    let outcome: QueryOutcome
    let chart: ChartRequest?
    do {
      let prepared = try QueryEngine.prepare(input.source, catalog: shell.catalog)
      chart = prepared.chart
      outcome = try prepared.run(allowance: shell.memoryLeft)
    } catch {
      throw .diagnostic(error)
    }
    if let note = shell.provenanceNote(for: input.source) { notes.append(note) }
    // `chart …`: a text chart on the screen in table mode; the rows in the other modes and files.
    if let chart, shell.settings.mode == .table, once == nil, output == nil, case .table(let t) = outcome {
      return Reply([.chart(QueryChart.spec(t, chart))])
    }
    switch outcome {
    case .binding(let name, let table):
      try shell.checkBudget(binding: table, at: input)
      shell.catalog.bind(table, origin: .let)
      return .notice(
        "\(name): \(table.rowCount) \(table.rowCount == 1 ? "row" : "rows"), \(table.columns.count) fields")
    case .table(let table):
      return try deliver(table, settings: shell.settings, sandboxed: shell.session.sandboxed)
    }
  }

  /// `let NAME = …` where NAME is a command: the table could never be named (the command
  /// would run instead), so it is refused before the query runs.
  private static func refuseCommandNameForLet(_ input: CommandInput, commands: CommandTable)
    throws(CommandError)
  {
    guard input.name.text == "let", let word = input.argument(0) else { return }
    let name = String(word.text.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    guard !name.isEmpty, commands.command(named: name) != nil else { return }
    throw .at(
      CommandInput.Word(text: name, line: word.line, column: word.column),
      "'\(name)' is a command, so a table of that name could not be queried",
      hint: "choose another name")
  }

  func setOutput(_ input: CommandInput, once: Bool, session: SessionController) throws(CommandError) -> Reply {
    try input.expectAtMost(1)
    guard let word = input.argument(0) else {
      if once { throw input.missing("a file name", hint: "e.g. .once result.csv") }
      output = nil
      return .none
    }
    if once {
      self.once = word.text
      return session.skipInSandbox("writing '\(word.text)'") ?? .none
    }
    if let skipped = session.skipInSandbox("writing '\(word.text)'") {
      output = Output(path: word.text, text: "")
      return skipped
    }
    do {
      try AtomicFile.write("", to: word.text)
    } catch {
      throw input.error(at: word, "\(error)")
    }
    output = Output(path: word.text, text: "")
    return .none
  }

  /// Shows a result, or writes it to the `.once` or `.output` file.
  private func deliver(_ table: Table, settings: Settings, sandboxed: Bool) throws(CommandError) -> Reply {
    var fileSettings = settings
    fileSettings.color = false
    fileSettings.maxRows = Int.max
    let render = { ReplyRenderer(settings: fileSettings).render(.table(table)) }
    if sandboxed, self.once != nil || output != nil {
      // As recorded, the result went to a file; the sandbox writes none.
      self.once = nil
      return .none
    }
    if let path = self.once {
      self.once = nil
      if XlsxWriter.isWorkbookPath(path) {
        try Self.writeWorkbook([table], to: path)
        return .none
      }
      do {
        try AtomicFile.write(render(), to: path)
      } catch {
        throw .failure("\(error)")
      }
      return .none
    }
    if var output = output, XlsxWriter.isWorkbookPath(output.path) {
      // A workbook gets one sheet per result: the whole book is written again each time.
      output.tables.append(table)
      try Self.writeWorkbook(output.tables, to: output.path)
      self.output = output
      return .none
    }
    if var output = output {
      output.text += render()
      do {
        try AtomicFile.write(output.text, to: output.path)
      } catch {
        throw .failure("\(error)")
      }
      self.output = output
      return .none
    }
    return .table(table)
  }

  /// Writes `tables` as a workbook at `path` (atomically, mode 0600), one sheet each.
  static func writeWorkbook(_ tables: [Table], to path: String) throws(CommandError) {
    do {
      try AtomicFile.write(try XlsxWriter.workbook(tables), to: path)
    } catch let error as XlsxWriter.Failure {
      throw .failure(error.description)
    } catch {
      throw .failure("\(error)")
    }
  }
}
