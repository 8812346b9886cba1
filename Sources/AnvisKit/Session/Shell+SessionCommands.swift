/// Session commands: `.note`, `.session`, `.save`, `.sessions`, `.replay`, `.export`, `.recover`.
/// They are not recorded themselves (`.note` becomes narration).
extension Shell {
  static let sessionCommands: [CommandSpec] = [
    CommandSpec(
      ".note", group: .session, usage: ".note TEXT", summary: "add narration to the session",
      help: "The text is saved at column 0 before the next command, like a notebook's prose.",
      handler: { shell, input throws(CommandError) in try shell.noteCommand(input) }),
    CommandSpec(
      ".session", group: .session, usage: ".session [clear]",
      summary: "show what is recorded (or start over)",
      completer: { _, _, index in index == 0 ? ["clear"] : [] },
      handler: { shell, input throws(CommandError) in try shell.sessionCommand(input) }),
    CommandSpec(
      ".save", group: .session, usage: ".save NAME [--force]",
      summary: "save the session as sessions/NAME.anvis",
      help:
        "Names are letters, digits, '-', '_' and '.'. An existing session is overwritten only with --force.",
      completer: { shell, _, _ in shell.session.store.names() + ["--force"] },
      handler: { shell, input throws(CommandError) in try shell.saveCommand(input) }),
    CommandSpec(
      ".sessions", group: .session, usage: ".sessions", summary: "list saved sessions",
      handler: { shell, input throws(CommandError) in try shell.sessionsCommand(input) }),
    CommandSpec(
      ".replay", group: .session, usage: ".replay NAME [--step|--check|--update] [--data DIR]",
      summary: "re-run a saved session in a fresh shell",
      help: """
        --step pauses before each step: Enter runs it, anything else runs as a command of its own, q stops.
        --check compares every output with the recording and prints a diff per differing step.
        --update accepts the new outputs into the saved session.
        Without a mode, the narration, commands and results are printed once the whole replay has run;
        to watch it step by step use --step, or `anvis replay NAME` outside the shell.
        """,
      completer: { shell, _, index in
        index == 0 ? shell.session.store.names() : ["--step", "--check", "--update", "--data"]
      },
      handler: { shell, input throws(CommandError) in try shell.replayCommand(input) }),
    CommandSpec(
      ".export", group: .session, usage: ".export NAME --md|--html FILE",
      summary: "write a saved session as a Markdown notebook or one HTML page",
      completer: { shell, _, index in
        index == 0 ? shell.session.store.names() : index == 1 ? ["--md", "--html"] : []
      },
      handler: { shell, input throws(CommandError) in try shell.exportCommand(input) }),
    CommandSpec(
      ".recover", group: .session, usage: ".recover",
      summary: "load the session an earlier run did not save, and run it again",
      help:
        "The steps are loaded into the recording and their commands run again, unrecorded, so their let tables, scenarios and settings are back.",
      handler: { shell, input throws(CommandError) in try shell.recoverCommand(input) }),
  ]

  /// The recording; a shell that had none (a replay's) starts one here.
  var recorder: SessionRecorder {
    if let recorder = session.recorder { return recorder }
    let recorder = SessionRecorder(header: recordingHeader())
    session.recorder = recorder
    return recorder
  }

  func noteCommand(_ input: CommandInput) throws(CommandError) -> Reply {
    let text = input.rest
    guard !text.isEmpty else { throw .at(input.end, "expected the narration after .note") }
    recorder.note(text)
    return .none
  }

  func sessionCommand(_ input: CommandInput) throws(CommandError) -> Reply {
    if let word = input.argument(0) {
      guard word.text == "clear" else {
        throw .at(word, "expected 'clear' or nothing", hint: "did you mean 'clear'?")
      }
      try expectNoMore(input, after: 0)
      recorder.header.seed = simulation.lastParameters.seed
      recorder.clear()
      return .notice("recording cleared")
    }
    let r = recorder
    let n = r.steps.count
    var text = "\(n) step\(n == 1 ? "" : "s") recorded"
    if let journal = r.journal {
      text += " (autosave: \(journal.path))"
    } else if let problem = session.autosaveProblem {
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

  func saveCommand(_ input: CommandInput) throws(CommandError) -> Reply {
    var force = false
    var nameWord: CommandInput.Word?
    for word in input.arguments {
      if word.text == "--force" {
        force = true
      } else if word.text.hasPrefix("--") {
        throw .at(word, "unknown option '\(word.text)'", hint: "did you mean '--force'?")
      } else if nameWord == nil {
        nameWord = word
      } else {
        throw .at(word, "expected one session name")
      }
    }
    guard let nameWord else { throw .at(input.end, "expected a session name after .save") }
    let name: SessionName
    do { name = try SessionName(nameWord.text) } catch { throw .at(nameWord, error.description) }
    if let skipped = skipInSandbox("saving session '\(name.value)'") { return skipped }
    let r = recorder
    guard !r.steps.isEmpty else { throw .failure(SessionError.noRecording.description) }
    var transcript = r.transcript
    if let folder = dataDirectory { transcript.header.dataHash = DatasetFingerprint.hash(folder: folder) }
    do {
      let path = try session.store.save(transcript, as: name, force: force)
      let n = transcript.steps.count
      var text = "saved \(n) step\(n == 1 ? "" : "s") to \(path)"
      let used = session.scenariosAtStart.filter { name in
        transcript.steps.contains { $0.command.contains(name) }
      }
      if !used.isEmpty {
        text +=
          "\nnote: saved scenario(s) \(used.joined(separator: ", ")) were loaded when this shell started;"
          + " a replay starts without them, so create them in the session (scenario NAME, set …)"
      }
      return .notice(text)
    } catch {
      throw .failure(error.description + "; the recording is kept")
    }
  }

  func sessionsCommand(_ input: CommandInput) throws(CommandError) -> Reply {
    try expectNoMore(input, after: -1)
    let list: [SessionSummary]
    do { list = try session.store.list() } catch { throw .failure(error.description) }
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

  func exportCommand(_ input: CommandInput) throws(CommandError) -> Reply {
    guard let nameWord = input.argument(0) else {
      throw .at(input.end, "expected a session name after .export")
    }
    guard let format = input.argument(1) else { throw .at(input.end, "expected --md FILE or --html FILE") }
    guard format.text == "--md" || format.text == "--html" else {
      throw .at(
        format, "expected --md or --html", hint: NearMiss.hint(for: format.text, among: ["--md", "--html"]))
    }
    guard let file = input.argument(2) else {
      throw .at(input.end, "expected the file to write after \(format.text)")
    }
    try expectNoMore(input, after: 2)
    if let skipped = skipInSandbox("writing '\(file.text)'") { return skipped }
    return try export(nameWord, markdown: format.text == "--md", to: file.text)
  }

  func replayCommand(_ input: CommandInput) throws(CommandError) -> Reply {
    if session.sandboxed {
      session.stepNote = .stop(Shell.nestedReplayReason)
      throw .failure(Shell.nestedReplayReason)
    }
    var name: CommandInput.Word?
    var mode: CommandInput.Word?
    var data: String?
    var i = 0
    let words = Array(input.arguments)
    while i < words.count {
      let word = words[i]
      switch word.text {
      case "--step", "--check", "--update":
        if let mode { throw .at(word, "choose one of --step, --check and --update (already \(mode.text))") }
        mode = word
      case "--data":
        guard i + 1 < words.count else { throw .at(input.end, "expected a folder after --data") }
        data = words[i + 1].text
        i += 1
      default:
        if word.text.hasPrefix("--") {
          throw .at(
            word, "unknown option '\(word.text)'",
            hint: NearMiss.hint(for: word.text, among: ["--step", "--check", "--update", "--data"]))
        }
        if name != nil { throw .at(word, "expected one session name") }
        name = word
      }
      i += 1
    }
    guard let name else { throw .at(input.end, "expected a session name after .replay") }
    do { _ = try SessionName(name.text) } catch { throw .at(name, error.description) }
    let open = datasetOpener()
    let setup: SessionReplaySetup
    do {
      setup = try SessionReplaySetup.prepare(
        name: name.text, store: session.store, data: data, open: open, settings: settings,
        cancellation: cancellation, stopwatch: stopwatch)
    } catch {
      throw .failure(error.description)
    }
    let warning = setup.warning ?? ""
    switch mode?.text {
    case "--step":
      guard session.interactive else {
        throw .at(mode ?? name, "--step needs a terminal; use --check in scripts")
      }
      session.pendingStepReplay = setup
      let n = setup.transcript.steps.count
      return .notice(warning + "stepping through '\(name.text)': \(n) step\(n == 1 ? "" : "s")")
    case "--check":
      let replay = setup.check(shouldStop: { cancellation.isCancelled })
      if replay.passed {
        return .notice(warning + replay.report(file: setup.path) + "replay \(name.text): \(replay.summary)")
      }
      throw .failure("replay \(name.text): \(replay.summary)\n" + warning + replay.report(file: setup.path))
    case "--update":
      let replay = setup.check(shouldStop: { cancellation.isCancelled })
      if replay.stoppedAt != nil {
        throw .failure(
          "replay \(name.text): \(replay.summary); nothing updated\n" + replay.report(file: setup.path))
      }
      guard replay.checks.count == setup.transcript.steps.count else { throw .cancelled }
      do {
        let path = try setup.update(replay, store: session.store)
        return .notice(
          warning + "updated \(path): \(replay.differing.count) of \(replay.checks.count) steps changed")
      } catch {
        throw .failure(error.description)
      }
    default:
      let replay = setup.check(shouldStop: { cancellation.isCancelled })
      return Reply([.notice(warning), .text(replay.playback())])
    }
  }

  /// The opener the executable gave, else a loader for this shell's own folder only.
  func datasetOpener() -> DatasetOpener {
    if let open = session.openDataset { return open }
    let own = dataDirectory
    let loader = self.loader
    let current = dataset
    return { (folder: String) throws(DatasetLoadError) -> Dataset in
      guard folder == own else {
        throw DatasetLoadError(problems: ["this shell can only replay on its own data set ('\(own ?? "")')"])
      }
      if let loader { return try loader() }
      return current
    }
  }

  func loadSession(_ word: CommandInput.Word) throws(CommandError) -> Transcript {
    let name: SessionName
    do { name = try SessionName(word.text) } catch { throw .at(word, error.description) }
    do { return try session.store.load(name) } catch { throw .failure(error.description) }
  }

  func expectNoMore(_ input: CommandInput, after index: Int) throws(CommandError) {
    if let extra = input.argument(index + 1) { throw .at(extra, "unexpected '\(extra.text)'") }
  }
}
