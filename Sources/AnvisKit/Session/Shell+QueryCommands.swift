// The query language in the shell: running queries, `let`, completion, `.output` and `.once`.

extension Shell {
  /// `.output [FILE]` and `.once FILE`: where query results go.
  static let queryCommands: [CommandSpec] = [
    CommandSpec(
      ".output", group: .query, usage: ".output [FILE]",
      summary: "send query results to FILE; with no FILE, back to the screen",
      help: """
        Every result from now on is written to FILE in the current .mode, all rows, without
        colour. FILE is emptied first and rewritten whole after each result (atomically,
        readable by you only). `.output` alone sends results to the screen again.
        """,
      handler: { shell, input throws(CommandError) in try shell.setOutput(input, once: false) }),
    CommandSpec(
      ".once", group: .query, usage: ".once FILE",
      summary: "send the next query result to FILE",
      help: "Like .output, for one result only; FILE is replaced atomically and readable by you only.",
      handler: { shell, input throws(CommandError) in try shell.setOutput(input, once: true) }),
    CommandSpec(
      ".import", group: .query, usage: ".import FILE.csv [as NAME]",
      summary: "read a csv file of your own into a table (listed by tables as import)",
      help: """
        The columns get types from their values (whole number, number, true/false, date,
        text); `,` or `;` separates, and `;` files may write decimal commas; an empty cell is
        missing. A value that looks like a CPR number is refused. Problems are listed as
        file:line:column and nothing is imported. NAME defaults to the file's base name.
        e.g. .import meeting.csv as shortlist
             cases | join kind=semi shortlist on id == case_id
        """,
      handler: { shell, input throws(CommandError) in try shell.importTable(input) }),
  ]

  /// `.import FILE [as NAME]`.
  private func importTable(_ input: CommandInput) throws(CommandError) -> Reply {
    try input.expectAtMost(3)
    guard let file = input.argument(0) else {
      throw input.missing("a csv file", hint: "e.g. .import meeting.csv as shortlist")
    }
    var name = TableImport.defaultName(for: file.text)
    if let word = input.argument(1) {
      guard word.text == "as", let given = input.argument(2) else {
        throw input.error(at: word, "expected 'as NAME' after the file", hint: "e.g. .import \(file.text) as shortlist")
      }
      guard TableImport.defaultName(for: given.text) == given.text else {
        throw input.error(at: given, "a table name is letters, digits and _", hint: "e.g. shortlist")
      }
      name = given.text
    }
    if catalog.origin(of: name) == .data {
      throw input.error(at: input.argument(2) ?? file, "'\(name)' is a data table and cannot be replaced", hint: "add as NAME")
    }
    let table: Table
    do {
      table = try TableImport.read(file.text, name: name)
    } catch {
      throw .failure(error.problems.joined(separator: "\n"))
    }
    catalog.bind(table, origin: .import)
    return .notice("\(name): \(table.rowCount) \(table.rowCount == 1 ? "row" : "rows"), \(table.columns.count) fields")
  }

  /// Runs one query: an input starting with a table name in the catalog or with `let`.
  func runQuery(_ input: CommandInput) throws(CommandError) -> Reply {
    try refuseCommandNameForLet(input)
    let outcome: QueryOutcome
    let chart: ChartRequest?
    do {
      let prepared = try QueryEngine.prepare(input.source, catalog: catalog)
      chart = prepared.chart
      outcome = try prepared.run(allowance: memoryLeft)
    } catch {
      throw .diagnostic(error)
    }
    // `chart …`: a text chart on the screen in table mode; the rows in the other modes and files.
    if let chart, settings.mode == .table, query.once == nil, query.output == nil, case .table(let t) = outcome {
      return Reply([.chart(QueryChart.spec(t, chart))])
    }
    switch outcome {
    case .binding(let name, let table):
      try checkBudget(binding: table, at: input)
      catalog.bind(table, origin: .let)
      return .notice(
        "\(name): \(table.rowCount) \(table.rowCount == 1 ? "row" : "rows"), \(table.columns.count) fields")
    case .table(let table):
      return try deliver(table)
    }
  }

  /// `let NAME = …` where NAME is a command: the table could never be named (the command
  /// would run instead), so it is refused before the query runs.
  private func refuseCommandNameForLet(_ input: CommandInput) throws(CommandError) {
    guard input.name.text == "let", let word = input.argument(0) else { return }
    let name = String(word.text.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    guard !name.isEmpty, commands.command(named: name) != nil else { return }
    throw .at(
      CommandInput.Word(text: name, line: word.line, column: word.column),
      "'\(name)' is a command, so a table of that name could not be queried",
      hint: "choose another name")
  }

  /// Grammar-aware completion inside a query.
  func queryCompletions(for line: String, cursor: String.Index) -> [String]? {
    QueryCompletion.candidates(
      line: line, cursor: line.distance(from: line.startIndex, to: cursor), catalog: catalog)
  }

  private func setOutput(_ input: CommandInput, once: Bool) throws(CommandError) -> Reply {
    try input.expectAtMost(1)
    guard let word = input.argument(0) else {
      if once { throw input.missing("a file name", hint: "e.g. .once result.csv") }
      query.output = nil
      return .none
    }
    if once {
      query.once = word.text
      return skipInSandbox("writing '\(word.text)'") ?? .none
    }
    if let skipped = skipInSandbox("writing '\(word.text)'") {
      query.output = QueryState.Output(path: word.text, text: "")
      return skipped
    }
    do {
      try AtomicFile.write("", to: word.text)
    } catch {
      throw input.error(at: word, "\(error)")
    }
    query.output = QueryState.Output(path: word.text, text: "")
    return .none
  }

  /// Shows a result, or writes it to the `.once` or `.output` file.
  private func deliver(_ table: Table) throws(CommandError) -> Reply {
    var fileSettings = settings
    fileSettings.color = false
    fileSettings.maxRows = Int.max
    let render = { ReplyRenderer(settings: fileSettings).render(.table(table)) }
    if session.sandboxed, query.once != nil || query.output != nil {
      // As recorded, the result went to a file; the sandbox writes none.
      query.once = nil
      return .none
    }
    if let path = query.once {
      query.once = nil
      if XlsxWriter.isWorkbookPath(path) {
        try writeWorkbook([table], to: path)
        return .none
      }
      do {
        try AtomicFile.write(render(), to: path)
      } catch {
        throw .failure("\(error)")
      }
      return .none
    }
    if var output = query.output, XlsxWriter.isWorkbookPath(output.path) {
      // A workbook gets one sheet per result: the whole book is written again each time.
      output.tables.append(table)
      try writeWorkbook(output.tables, to: output.path)
      query.output = output
      return .none
    }
    if var output = query.output {
      output.text += render()
      do {
        try AtomicFile.write(output.text, to: output.path)
      } catch {
        throw .failure("\(error)")
      }
      query.output = output
      return .none
    }
    return .table(table)
  }
}

extension Shell {
  /// Writes `tables` as a workbook at `path` (atomically, mode 0600).
  func writeWorkbook(_ tables: [Table], to path: String) throws(CommandError) {
    do {
      try AtomicFile.write(try XlsxWriter.workbook(tables), to: path)
    } catch let error as XlsxWriter.Failure {
      throw .failure(error.description)
    } catch {
      throw .failure("\(error)")
    }
  }
}

/// State the query language keeps between inputs: where results go.
public struct QueryState: Sendable {
  /// The `.output` file and what has been written to it.
  public struct Output: Sendable {
    public var path: String
    public var text: String
    /// The results so far, when `path` is a workbook (.xlsx).
    public var tables: [Table] = []
  }

  /// Set by `.output FILE`; nil: results go to the screen.
  public var output: Output?
  /// Set by `.once FILE`, cleared by the next result.
  public var once: String?

  public init() {}
}
