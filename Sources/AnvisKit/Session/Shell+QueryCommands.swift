// The query language in the shell: running queries, `let`, completion, `.import`.

extension Shell {
  /// `.import`.
  static let queryCommands: [CommandSpec] = [
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
    let limitsRows: Bool
    do {
      let prepared = try QueryEngine.prepare(input.source, catalog: catalog)
      chart = prepared.chart
      limitsRows = prepared.limitsRows
      outcome = try prepared.run(allowance: memoryLeft)
    } catch {
      throw .diagnostic(error)
    }
    // `chart …`: a text chart on the screen in table mode; the rows in the other modes and files.
    if let chart, settings.mode == .table, !writesToFile, case .table(let t) = outcome {
      return Reply([.chart(QueryChart.text(t, chart))])
    }
    switch outcome {
    case .binding(let name, let table):
      try checkBudget(binding: table, at: input)
      catalog.bind(table, origin: .let)
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
}

/// State the query language keeps between inputs.
public struct QueryState: Sendable {
  public init() {}
}
