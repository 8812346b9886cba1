/// `.export`: a saved session replayed in a fresh shell, its replies kept as values for the
/// Markdown and HTML exports. The transcript holds text; the structure (tables, charts,
/// summaries) comes from running the steps again, which is deterministic. A step whose text
/// now differs from the recording is named in a warning; the export shows what it prints now.
public struct SessionExport {
  public let session: ExportedSession
  /// Steps (0-based) whose text differs from the recording.
  public let differing: [Int]
  /// One line per differing step, and the data set warning, if any.
  public let warnings: [String]

  /// Replays every step of `setup`'s transcript in its fresh shell.
  public init(_ setup: SessionReplaySetup, shouldStop: () -> Bool = { false }) {
    let transcript = setup.transcript
    var steps: [ExportedSession.Step] = []
    var differing: [Int] = []
    var warnings: [String] = setup.warning.map { [$0.trimmingTrailingNewlines()] } ?? []
    for (i, recorded) in transcript.steps.enumerated() {
      if shouldStop() { break }
      let r = setup.shell.respond(to: recorded.command)
      let check = TranscriptCheck(
        recorded: recorded, stdout: r.stdout, stderr: r.stderr, failed: r.failed, note: r.note)
      var step = ExportedSession.Step(narration: recorded.narration, command: recorded.command, items: r.items)
      if case .skipped? = r.note {
        // A step that writes a file does not run in the replay: show what it printed then.
        step.items = SessionExport.recordedItems(recorded)
      } else {
        if r.failed { step.error = r.stderr.trimmingTrailingNewlines() }
        if check.differs {
          differing.append(i)
          let first = recorded.command.split(separator: "\n").first.map(String.init) ?? recorded.command
          warnings.append(
            "warning: step \(i + 1) (\(first)) prints differently now than recorded; exported as it prints now")
        }
      }
      steps.append(step)
      if case .stop? = r.note { break }
    }
    if steps.count < transcript.steps.count {
      warnings.append("warning: the replay stopped after \(steps.count) of \(transcript.steps.count) steps")
    }
    session = ExportedSession(
      header: transcript.header, steps: steps,
      epilogue: steps.count == transcript.steps.count ? transcript.epilogue : [])
    self.differing = differing
    self.warnings = warnings
  }

  /// The recorded output of a step, as text items (standard output, then standard error).
  static func recordedItems(_ step: TranscriptStep) -> [Reply.Item] {
    let out = step.output.filter { $0.stream == .out }.map(\.text)
    let err = step.output.filter { $0.stream == .err }.map(\.text)
    return (out.isEmpty ? [] : [.text(out.joined(separator: "\n"))])
      + (err.isEmpty ? [] : [.notice(err.joined(separator: "\n"))])
  }
}

extension String {
  /// Without line feeds at the end.
  func trimmingTrailingNewlines() -> String {
    var s = Substring(self)
    while s.last == "\n" { s = s.dropLast() }
    return String(s)
  }
}

extension SessionController {
  /// Replays `setup`'s session in its fresh shell and writes its replies as a Markdown notebook
  /// or one HTML page; warns about steps that print differently now.
  func export(_ setup: SessionReplaySetup, as format: ExportFormat, to file: String, in shell: Shell) throws(CommandError)
    -> Reply
  {
    let export = SessionExport(setup, shouldStop: { shell.cancellation.isCancelled })
    if shell.cancellation.isCancelled { throw .cancelled }
    let text = format == .markdown ? TranscriptMarkdown.document(export.session) : TranscriptHTML.page(export.session)
    do { try SessionStore.write(text, to: file) } catch { throw .failed(error) }
    return Reply(export.warnings.map { .notice($0) } + [.notice("wrote \(file)")])
  }
}
