import AnvisKit

/// The shell on a terminal: banner, prompt, readline editing, history, Tab, Ctrl-C, Ctrl-D.
struct InteractiveSession {
  let shell: Shell

  /// Runs until Ctrl-D or `.quit`; returns the exit status (0).
  func run() -> Int32 {
    ProgressLine.enabled.store(true, ordering: .relaxed)
    Terminal.write(shell.banner)
    if let notice = shell.session.startupNotice { Terminal.write(notice) }
    let history = HistoryFile.standardPath().map(HistoryFile.init(path:))
    var editor = ReadlineEditor(shell: shell)
    history?.load()
    var buffer = InputBuffer()
    while true {
      let prompt = buffer.isEmpty ? shell.prompt : shell.continuationPrompt
      switch editor.read(prompt: TerminalStyle.prompt(prompt, colours: Terminal.promptColours), pending: buffer.text) {
      case .end:
        if let warning = shell.session.leaveWarning(.endOfInput) {
          Terminal.write("\n" + warning + "\n", to: .error)
          continue
        }
        history?.save()
        return 0
      case .interrupted:
        buffer.reset()
      case .line(let line):
        guard let input = buffer.append(line) else { continue }
        if input.trimmingCharacters(in: " \t\n").isEmpty { continue }
        history?.add(input.trimmingCharacters(in: " \t\n"))
        let response = Timing.respond(shell, to: input)
        if let replay = response.stepReplay {
          StepReplayLoop(setup: replay.setup, history: history).run()
          editor = ReadlineEditor(shell: shell)
        }
        if response.quit {
          if let warning = shell.session.leaveWarning(.quitCommand) {
            Terminal.write(warning + "\n", to: .error)
            continue
          }
          history?.save()
          return 0
        }
      }
    }
  }
}
