/// Where output goes and how a query line runs: it owns the `.output` and `.once` files
/// (`OutputTargets`, driven by `Shell+Output.swift`), and runs queries and `let` over the
/// shell's catalog.
public final class QueryWorkspace {
  /// The `.output` and `.once` files (`Shell+Output.swift`).
  public internal(set) var targets = OutputTargets()

  /// One-line notes for stderr about the input being answered (results of another scenario).
  private var notes: [String] = []

  init() {}

  /// The notes gathered while answering, one line each, for stderr; then none.
  func takeNotes() -> String {
    defer { notes = [] }
    return notes.map { $0 + "\n" }.joined()
  }

  /// Runs one query: an input starting with a table name in the catalog or with `let`.
  func run(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    try Self.refuseCommandNameForLet(input, commands: shell.commands)
    let outcome: QueryOutcome
    let chart: ChartRequest?
    let limitsRows: Bool
    do {
      let prepared = try QueryEngine.prepare(input.source, catalog: shell.catalog)
      chart = prepared.chart
      limitsRows = prepared.limitsRows
      outcome = try prepared.run(allowance: shell.memoryLeft)
    } catch {
      throw .diagnostic(error)
    }
    if let note = shell.provenanceNote(for: input.source) { notes.append(note) }
    // `chart …`: a text chart on the screen in table mode; the rows in the other modes and files.
    if let chart, shell.settings.mode == .table, !targets.armed, case .table(let t) = outcome {
      return Reply([.chart(QueryChart.spec(t, chart))])
    }
    switch outcome {
    case .binding(let name, let table):
      try shell.checkBudget(binding: table, at: input)
      shell.catalog.bind(table, origin: .let)
      return .notice(
        "\(name): \(table.rowCount) \(table.rowCount == 1 ? "row" : "rows"), \(table.columns.count) fields")
    case .table(let table):
      var reply = Reply.table(table)
      reply.allRows = limitsRows
      return reply
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

  /// Writes `tables` as a workbook at `path` (atomically, mode 0600), one sheet each.
  static func writeWorkbook(_ tables: [Table], to path: String) throws(CommandError) {
    do {
      try AtomicFile.write(try XlsxWriter.workbook(tables), to: path)
    } catch {
      throw .failed(error)
    }
  }
}
