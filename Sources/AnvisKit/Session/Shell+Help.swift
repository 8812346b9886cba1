// `.help`: the command list by group, or one command's help.

extension Shell {
  func help(_ input: CommandInput) throws(CommandError) -> Reply {
    guard let word = input.argument(0) else { return .text(helpOverview()) }
    let topic = word.text
    let spec = commands.command(named: topic) ?? commands.command(named: "." + topic)
    guard let spec else {
      if let help = HelpTopic.named(topic) { return .text(help.text + "\n") }
      throw .at(
        word, "no command or topic named '\(topic)'",
        hint: NearMiss.hint(for: topic, among: commands.allNames + HelpTopic.allNames) ?? Shell.helpHint)
    }
    var out = spec.usage + "\n  " + spec.summary + "\n"
    if !spec.aliases.isEmpty { out += "  also: " + spec.aliases.joined(separator: ", ") + "\n" }
    if !spec.help.isEmpty {
      out +=
        "\n"
        + spec.help.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n") + "\n"
    }
    return .text(out)
  }

  /// Every command under its group's heading, then how queries and keys work.
  func helpOverview() -> String {
    let width = min(32, commands.commands.map(\.usage.count).max() ?? 0)
    var out = ""
    for group in CommandGroup.allCases {
      let specs = commands.commands.filter { $0.group == group }
      if specs.isEmpty { continue }
      out += group.title + "\n"
      for spec in specs {
        let gap =
          spec.usage.count > width
          ? "\n" + String(repeating: " ", count: width + 4)
          : String(repeating: " ", count: width - spec.usage.count + 2)
        out += "  " + spec.usage + gap + spec.summary + "\n"
      }
      out += "\n"
    }
    out += """
      Queries
        Anything that starts with a table name or `let` is a query, e.g.
          units | where type == "youth" and rent <= 3500 | count by area
        A line ending in `|` or with an open bracket or string continues on the next line.

      Keys
        Tab completes, Up/Down and Ctrl-R search the history, Ctrl-C drops the line
        (or stops a running computation), Ctrl-D leaves.

      `.help COMMAND` explains one command; `.help queries`, `.help STAGE` (where, count, …),
      `.help let`, `.help expressions` and `.help keys` explain the language.

      """
    return out
  }
}
