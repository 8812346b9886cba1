// `.output` and `.once`: where a reply's standard output goes, and how it is rendered for the
// screen, a file and the transcript.

extension Shell {
  /// `.output [FILE [MODE]]` and `.once FILE [MODE]`.
  static let outputCommands: [CommandSpec] = [
    CommandSpec(
      ".output", group: .query, arguments: [.init("FILE", .file, .optional), .init("MODE", .choice(OutputMode.names), .optional)], summary: "send everything the commands print to FILE; with no FILE, back to the screen",
      help: """
        Everything that would go to the screen's standard output from now on — query results,
        show, describe, simulate, why, all of it — is written to FILE, every row, without
        colour. The format follows FILE's name (.csv, .json, .md) unless MODE is given
        (table, csv, json, markdown, line); otherwise the current .mode. FILE is emptied first
        and rewritten whole after each reply (atomically, readable by you only). `.output`
        alone sends output to the screen again.
        """,
      handler: { shell, input throws(CommandError) in try shell.setOutput(input, once: false) }),
    CommandSpec(
      ".once", group: .query, arguments: [.init("FILE", .file), .init("MODE", .choice(OutputMode.names), .optional)], summary: "send what the next command prints to FILE",
      help: """
        Like .output, for the next input only, whatever it is; FILE is replaced atomically and
        readable by you only. If that input prints nothing (or fails), .once says so and is
        disarmed: it never stays armed past the next input.
        """,
      handler: { shell, input throws(CommandError) in try shell.setOutput(input, once: true) }),
  ]

  private func setOutput(_ input: CommandInput, once: Bool) throws(CommandError) -> Reply {
    guard let word = input.argument(0) else {
      if once { throw input.missing("a file name", hint: "e.g. .once result.csv") }
      queries.targets.output = nil
      return .none
    }
    // One of the modes when given (checked against the declared choice).
    let mode = input.argument(1).flatMap { OutputMode(rawValue: $0.text.lowercased()) }
    let target = queries.targets.target(word.text, mode: mode)
    if once {
      queries.targets.once = target
      return session.skipInSandbox(writing: word.text) ?? .none
    }
    if let skipped = session.skipInSandbox(writing: word.text) {
      queries.targets.output = target
      return skipped
    }
    do {
      try AtomicFile.write("", to: word.text)
    } catch {
      throw input.error(at: word, "\(error)")
    }
    queries.targets.output = target
    return .none
  }

  /// Whether this input's output goes to a file (a query's chart then writes its rows).
  var writesToFile: Bool { queries.targets.output != nil || queries.targets.once != nil }

  /// The reply rendered for the screen, or its standard output written to the `.once` file
  /// `armed` before the input ran, or to the `.output` file.
  func deliver(_ reply: Reply, armed: OutputTargets.Target?) throws(CommandError) -> Response {
    guard let target = queries.targets.destination(armed: armed) else {
      let (stdout, stderr) = ReplyRenderer(settings: settings).output(reply)
      var response = Response(output: stdout, errors: stderr, quit: reply.quit)
      let recording = settings.forRecording
      if session.recorder != nil, recording != settings {
        (response.recordedStdout, response.recordedStderr) = ReplyRenderer(settings: recording).split(reply)
      }
      return response
    }
    // A workbook's tables are not rendered as text (116,000 rows cost a second).
    if !session.sandboxed, XlsxWriter.isWorkbookPath(target.path) {
      return try deliverWorkbook(reply, to: target, armed: armed)
    }
    var (text, stderr) = ReplyRenderer(settings: settings.forFile(mode: target.mode)).split(reply)
    // As recorded, the output went to a file; a replay's sandbox writes none.
    if session.sandboxed { return Response(stderr: stderr, quit: reply.quit) }
    if armed != nil {
      if text.isEmpty {
        let note = OutputTargets.nothingWritten(target.path, failed: false)
        return Response(stderr: stderr + note + "\n", quit: reply.quit)
      }
    } else {
      guard !text.isEmpty else { return Response(stderr: stderr, quit: reply.quit) }
      text = target.text + text
    }
    do {
      try AtomicFile.write(text, to: target.path)
    } catch {
      throw .failed(error)
    }
    if armed == nil { queries.targets.output?.text = text }
    return Response(stderr: stderr, quit: reply.quit)
  }
}

extension Shell {
  /// A reply's tables as sheets of the `.once` or `.output` workbook; the rest on the screen.
  private func deliverWorkbook(_ reply: Reply, to target: OutputTargets.Target, armed: OutputTargets.Target?)
    throws(CommandError) -> Response
  {
    var tables = [Table]()
    var rest = [Reply.Item]()
    for item in reply.items {
      switch item {
      case .table(let table), .data(let table): tables.append(table)
      default: rest.append(item)
      }
    }
    var screen = reply
    screen.items = rest.filter { if case .data = $0 { false } else { true } }
    let (stdout, stderr) = ReplyRenderer(settings: settings).split(screen)
    if tables.isEmpty {
      let note = armed == nil ? "" : OutputTargets.nothingWritten(target.path, failed: false) + "\n"
      return Response(stdout: stdout, stderr: stderr + note, quit: reply.quit)
    }
    let all = armed == nil ? target.tables + tables : tables
    try QueryWorkspace.writeWorkbook(all, to: target.path)
    if armed == nil { queries.targets.output?.tables = all }
    return Response(stdout: stdout, stderr: stderr, quit: reply.quit)
  }
}
