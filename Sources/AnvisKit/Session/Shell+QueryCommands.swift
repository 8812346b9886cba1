// The query language in the shell: `.import` and completion inside a query; running queries,
// `let`, `.output` and `.once` are the query workspace's (QueryWorkspace.swift).

extension Shell {
  /// `.import FILE [as NAME]`.
  static let queryCommands: [CommandSpec] = [
    CommandSpec(
      ".import", group: .query, arguments: [.init("FILE.csv", .file), .init("as", .choice(["as"]), .optional), .init("NAME", .word, .optional)], summary: "read a csv file of your own into a table (listed by tables as import)",
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
      throw .failed(error)
    }
    catalog.bind(table, origin: .import)
    return .notice("\(name): \(table.rowCount) \(table.rowCount == 1 ? "row" : "rows"), \(table.columns.count) fields")
  }

  /// Grammar-aware completion inside a query.
  func queryCompletions(for line: String, cursor: String.Index) -> [String]? {
    QueryCompletion.candidates(
      line: line, cursor: line.distance(from: line.startIndex, to: cursor), catalog: catalog)
  }
}
