/// `.bail on|off`, as in sqlite: whether a script stops at its first error.
extension Shell {
  static let bailCommands: [CommandSpec] = [
    CommandSpec(
      ".bail", group: .shell, arguments: [.init("on|off", .choice(["on", "off"]), .optional)], summary: "stop a script at its first error (on) or go on (off)",
      help: """
        In a script (a pipe, -c, anvis run FILE) anvis stops at the first error with status 1
        (`on`, the default). With `off` it reports every error with its line, runs the rest,
        and exits 1 at the end if any input failed. At the prompt it changes nothing.
        """,
      handler: { shell, input throws(CommandError) in
        guard let word = input.argument(0) else { return .notice("bail: \(shell.settings.bail ? "on" : "off")") }
        shell.settings.bail = word.text.lowercased() == "on"  // on or off: the declared choice
        return .none
      }),
  ]
}
