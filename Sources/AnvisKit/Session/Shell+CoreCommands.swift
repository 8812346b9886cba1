// The shell's own commands: help, leaving, the data set, output settings.

extension Shell {
  /// `.help`, `.quit`, `tables`, `describe`, `show`, `.reload`, `.mode`, `.timer`.
  static let coreCommands: [CommandSpec] = [
    CommandSpec(
      ".help", group: .shell, arguments: [.init("COMMAND", .command, .optional)], summary: "list the commands, or explain one",
      help: "With no argument, lists every command by group. `.help describe` explains one command.",
      handler: { shell, input throws(CommandError) in try shell.help(input) }),
    CommandSpec(
      ".quit", aliases: [".exit"], group: .shell, summary: "leave the shell (also Ctrl-D)",
      handler: { _, input throws(CommandError) in
        return Reply(quit: true)
      }),
    CommandSpec(
      ".mode", group: .shell, arguments: [.init("table|csv|json|markdown|line", .choice(OutputMode.names), .optional)], summary: "how results are written",
      help: """
        table     aligned columns fitted to the screen, numbers right-aligned, missing values
                  as ·, long results cut after .maxrows rows (40 at a terminal)
        csv       RFC 4180, a header line, every row; only the table goes to stdout
        json      an array of objects (several tables: an object with one key per table),
                  numbers as numbers, missing values as null; only data goes to stdout
        markdown  a pipe table, every row
        line      one `field | value` block per row (see .expanded)
        With no argument, shows the current mode. `--format MODE` sets it on the command line.
        """,
      handler: { shell, input throws(CommandError) in try shell.setMode(input) }),
    CommandSpec(
      ".timer", group: .shell, arguments: [.init("on|off", .choice(["on", "off"]), .optional)], summary: "show how long each input took",
      help: "Prints a `Run Time: …` line on stderr after each input.",
      handler: { shell, input throws(CommandError) in try shell.setTimer(input) }),
    CommandSpec(
      "tables", group: .data, summary: "the tables you can query, with row counts",
      handler: { shell, input throws(CommandError) in
        return shell.listTables()
      }),
    CommandSpec(
      "describe", group: .data, arguments: [.init("TABLE", .table)], summary: "a table's fields, their types and example values",
      help: "Enumerated fields list the values they may hold.",
      handler: { shell, input throws(CommandError) in try shell.describe(input) }),
    CommandSpec(
      "show", group: .data, arguments: [.init("KIND", .word), .init("ID", .word)], summary: "every field of one record, with what it belongs to",
      help: """
        KIND is unit, case, organisation, department, area or team.
        For example `show unit u-000123` or `show case c-0042`.
        """,
      completer: { shell, arguments, index in
        switch index {
        case 0: RecordKind.names
        case 1: arguments.first.flatMap(RecordKind.init(rawValue:)).map { shell.ids(of: $0) } ?? []
        default: []
        }
      },
      handler: { shell, input throws(CommandError) in try shell.show(input) }),
    CommandSpec(
      ".reload", group: .data, summary: "load the data set again from its folder",
      help: "If the files have problems, the data set loaded before stays and the problems are listed.",
      handler: { shell, input throws(CommandError) in
        return try shell.reload()
      }),
  ]

  func setMode(_ input: CommandInput) throws(CommandError) -> Reply {
    guard let word = input.argument(0) else { return .notice("mode: \(settings.mode.rawValue)") }
    // The word is one of the modes (checked against the declared choice).
    if let mode = OutputMode(rawValue: word.text.lowercased()) { settings.mode = mode }
    return .none
  }

  func setTimer(_ input: CommandInput) throws(CommandError) -> Reply {
    guard let word = input.argument(0) else { return .notice("timer: \(settings.timer ? "on" : "off")") }
    settings.timer = word.text.lowercased() == "on"  // on or off: the declared choice
    return .none
  }

  func listTables() -> Reply {
    let entries = catalog.entries
    return .table(
      Table(
        name: "tables",
        columns: [
          Column(name: "name", storage: .string(entries.map(\.table.name))),
          Column(name: "rows", storage: .int(entries.map(\.table.rowCount))),
          Column(name: "fields", storage: .int(entries.map(\.table.columns.count))),
          Column(
            name: "origin", storage: .string(entries.map { $0.provenance?.description ?? $0.origin.rawValue })),
        ]))
  }

  func describe(_ input: CommandInput) throws(CommandError) -> Reply {
    guard let word = input.argument(0) else {
      throw input.missing("a table name", hint: "tables: " + catalog.names.joined(separator: ", "))
    }
    guard let table = catalog.table(named: word.text) else {
      throw .at(
        word, "no table named '\(word.text)'",
        hint: NearMiss.hint(for: word.text, among: catalog.names)
          ?? "tables: " + catalog.names.joined(separator: ", "))
    }
    let examples = table.columns.map { Shell.examples(of: $0, count: 3).joined(separator: ", ") }
    let described = Table(
      name: "describe",
      columns: [
        Column(name: "field", storage: .string(table.fieldNames)),
        Column(name: "type", storage: .string(table.columns.map(\.type.description))),
        Column(name: "examples", storage: .string(examples)),
      ])
    return Reply([
      .notice(
        "\(table.name): \(table.rowCount) \(table.rowCount == 1 ? "row" : "rows"), \(table.columns.count) fields"),
      .table(described),
    ])
  }

  /// The first `count` different values of a column, in row order, missing values skipped.
  static func examples(of column: Column, count: Int) -> [String] {
    var seen = Set<String>()
    var out = [String]()
    var row = 0
    while out.count < count && row < column.count && row < 10_000 {
      if !column.isMissing(row) {
        let text = column[row].displayText
        if seen.insert(text).inserted { out.append(text) }
      }
      row += 1
    }
    return out
  }

  func reload() throws(CommandError) -> Reply {
    guard let loader else { throw .failure("this data set was not loaded from a folder; nothing to reload") }
    do {
      let fresh = try loader()
      replaceDataset(fresh)
      return .notice(
        (["reloaded \(fresh.name): \(fresh.units.count) units, \(fresh.cases.count) cases"]
          + fresh.notes.map { "note: \($0)" }).joined(separator: "\n"))
    } catch {
      let problems = ErrorRenderer.lines(error)
      let count = problems.count
      throw .failure(
        (["reload failed with \(count) problem\(count == 1 ? "" : "s"); the data set loaded before is kept:"]
          + problems).joined(separator: "\n"))
    }
  }
}
