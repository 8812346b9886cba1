// How table mode fits results to the screen: `.maxrows` and `.expanded`.

extension Shell {
  static let displayCommands: [CommandSpec] = [
    CommandSpec(
      ".maxrows", group: .shell, arguments: [.init("N", .number(["0", "20", "40", "100"]), .optional)], summary: "rows table mode shows before '… N more rows' (0: all)",
      help: """
        40 by default at a terminal. When the output is not a terminal (a pipe, a file, .output)
        or the query says how many rows it wants (`take N`), every row is written. `.maxrows 0`
        shows every row at the terminal too. With no argument, shows the setting.
        """,
      handler: { shell, input throws(CommandError) in try shell.setMaxRows(input) }),
    CommandSpec(
      ".expanded", group: .shell, arguments: [.init("on|off|auto", .choice(ExpandedSetting.allCases.map(\.rawValue)), .optional)], summary: "write table-mode results as one 'field | value' block per row",
      help: """
        auto (the default): when a table is wider than the screen, even with long text cut
        with …, each row becomes a block of `field | value` lines (as psql's \\x auto).
        on: always; off: never (long text is cut and the terminal wraps the rest).
        `.mode line` writes every result that way.
        """,
      handler: { shell, input throws(CommandError) in try shell.setExpanded(input) }),
  ]

  func setMaxRows(_ input: CommandInput) throws(CommandError) -> Reply {
    guard let word = input.argument(0) else {
      let limit = settings.rowLimit.map(String.init) ?? "0 (all rows)"
      return .notice("maxrows: \(limit)")
    }
    guard let n = Int(word.text), n >= 0 else {
      throw .at(word, "expected a number of rows (0 shows all)", hint: "e.g. .maxrows 100")
    }
    settings.maxRows = n
    settings.limitsRows = true
    return .none
  }

  func setExpanded(_ input: CommandInput) throws(CommandError) -> Reply {
    guard let word = input.argument(0) else { return .notice("expanded: \(settings.expanded.rawValue)") }
    // One of on, off, auto (checked against the declared choice).
    if let value = ExpandedSetting(rawValue: word.text.lowercased()) { settings.expanded = value }
    return .none
  }
}

extension Shell {
  /// The terminal's width changed (the executable reads it before each input).
  public func screenWidth(_ width: Int?) { settings.width = width }
}
