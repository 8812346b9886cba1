/// Session commands: `.note`, `.session`, `.save`, `.sessions`, `.replay`, `.export`, `.recover`.
/// They are not recorded themselves (`.note` becomes narration).
extension SessionController {
  /// `.save NAME --force`: overwrite a saved session of that name.
  static let forceFlag = CommandSpec.Flag("--force", help: "overwrite a saved session of that name")

  static let commands: [CommandSpec] = [
    CommandSpec(
      ".note", group: .session, arguments: [.init("TEXT", .text, .repeating)], summary: "add narration to the session",
      help: "The text is saved at column 0 before the next command, like a notebook's prose.",
      handler: { shell, input throws(CommandError) in try shell.session.note(input, in: shell) }),
    CommandSpec(
      ".session", group: .session, arguments: [.init("clear", .choice(["clear"]), .optional)], summary: "show what is recorded (or start over)",
      handler: { shell, input throws(CommandError) in try shell.session.showSession(input, in: shell) }),
    CommandSpec(
      ".save", group: .session, arguments: [.init("NAME", .session)], summary: "save the session as sessions/NAME.anvis",
      help:
        "Names are letters, digits, '-', '_' and '.'. An existing session is overwritten only with --force.",
      flags: [SessionController.forceFlag],
      handler: { shell, input throws(CommandError) in try shell.session.save(input, in: shell) }),
    CommandSpec(
      ".sessions", group: .session, summary: "list saved sessions",
      handler: { shell, input throws(CommandError) in try shell.session.list(input, in: shell) }),
    CommandSpec(
      ".replay", group: .session, arguments: [.init("NAME", .session)], summary: "re-run a saved session in a fresh shell",
      help: """
        --step pauses before each step: Enter runs it, anything else runs as a command of its own, q stops.
        --check compares every output with the recording and prints a diff per differing step.
        --update accepts the new outputs into the saved session.
        Without a mode, the narration, commands and results are printed once the whole replay has run;
        to watch it step by step use --step, or `anvis replay NAME` outside the shell.
        """,
      flags: SessionController.replayFlags,
      handler: { shell, input throws(CommandError) in try shell.session.replay(input, in: shell) }),
    CommandSpec(
      ".export", group: .session,
      arguments: [.init("NAME", .session, .optional), .init("FILE", .file, .optional)],
      summary: "write a saved session (or the current one) as a Markdown notebook or one HTML page",
      help: """
        The format follows FILE's name (.html or .htm: one HTML page; .md or .markdown: a Markdown
        notebook) unless --md or --html is given. Without NAME, the current, unsaved session is
        exported (the steps recorded so far). A word that ends in one of those extensions or holds
        a '/' is a file, never a session name.
        """,
      flags: SessionController.exportFlags,
      handler: { shell, input throws(CommandError) in try shell.session.export(input, in: shell) }),
    CommandSpec(
      ".recover", group: .session, summary: "load the session an earlier run did not save, and run it again",
      help:
        "The steps are loaded into the recording and their commands run again, unrecorded, so their let tables, scenarios and settings are back.",
      handler: { shell, input throws(CommandError) in try shell.session.recover(input, in: shell) }),
  ]

  func note(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    let text = input.rest
    guard !text.isEmpty else { throw .at(input.end, "expected the narration after .note") }
    shell.recorder.note(text)
    return .none
  }

  func showSession(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    // The only word it takes is `clear` (checked against the declared choice).
    if input.argument(0) != nil {
      shell.recorder.header.seed = shell.scenarios.lastParameters.seed
      shell.recorder.clear()
      return .notice("recording cleared")
    }
    let r = shell.recorder
    let n = r.steps.count
    var text = "\(n) step\(n == 1 ? "" : "s") recorded"
    if let journal = r.journal {
      text += " (autosave: \(journal.path))"
    } else if let problem = autosaveProblem {
      text += " (autosave off: \(problem))"
    }
    text += "\n"
    var body = TranscriptWriter.text(r.transcript)
    // Without the header: it says nothing yet that the user does not know.
    let headerText = TranscriptWriter.header(r.header) + "\n"
    if body.hasPrefix(headerText) { body.removeFirst(headerText.count) }
    if let problem = r.journalProblem { text += "warning: \(problem)\n" }
    return Reply([.notice(text), .text(body)])
  }

  func save(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    let flags = try input.flags([Self.forceFlag])
    let force = flags.contains("--force")
    let positional = input.positional
    guard let nameWord = positional.first else { throw .at(input.end, "expected a session name after .save") }
    let name: SessionName
    do { name = try SessionName(nameWord.text) } catch { throw .at(nameWord, SessionError.name(error)) }
    if let skipped = skipInSandbox("saving session '\(name.value)'") { return skipped }
    let r = shell.recorder
    guard !r.steps.isEmpty else { throw .failed(SessionError.noRecording) }
    var transcript = r.transcript
    if let folder = shell.dataDirectory { transcript.header.dataHash = DatasetFingerprint.hash(folder: folder) }
    do {
      let path = try store.save(transcript, as: name, force: force)
      r.markSaved()
      let n = transcript.steps.count
      var text = "saved \(n) step\(n == 1 ? "" : "s") to \(path)"
      let used = scenariosAtStart.filter { name in
        transcript.steps.contains { $0.command.contains(name) }
      }
      if !used.isEmpty {
        text +=
          "\nnote: saved scenario(s) \(used.joined(separator: ", ")) were loaded when this shell started;"
          + " a replay starts without them, so create them in the session (scenario NAME, set …)"
      }
      return .notice(text)
    } catch {
      throw .failure(ErrorRenderer.message(error) + "; the recording is kept")
    }
  }

  func list(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    let list: [SessionSummary]
    do { list = try store.list() } catch { throw .failed(error) }
    let table = Table(
      name: "sessions",
      columns: [
        Column(name: "name", storage: .string(list.map(\.name))),
        Column(name: "date", storage: .string(list.map(\.date))),
        Column(name: "steps", storage: .int(list.map(\.steps))),
        Column(
          name: "first_note", storage: .string(list.map { $0.problem ?? $0.firstNote.map(Self.brief) ?? "" })),
      ])
    return .table(table)
  }

  /// A first note as `.sessions` lists it: its first 72 characters, `…` when cut.
  static func brief(_ note: String) -> String {
    note.count <= 72 ? note : String(note.prefix(71)).trimmingTrailingBlanks() + "…"
  }

  func loadSession(_ word: CommandInput.Word) throws(CommandError) -> Transcript {
    let name: SessionName
    do { name = try SessionName(word.text) } catch { throw .at(word, SessionError.name(error)) }
    do { return try store.load(name) } catch { throw .failed(error) }
  }
}
