/// The current session's recording: every command with its rendered output, narration from
/// `.note`, journalled step by step to an autosave file when one is attached.
public final class SessionRecorder {
  /// The steps recorded so far, in order.
  public private(set) var steps: [TranscriptStep] {
    get {
      renderWaiting()
      return rendered
    }
    set {
      rendered = newValue
      waiting = []
    }
  }
  private var rendered: [TranscriptStep] = []
  /// Steps whose output is still unrendered (no journal asked for it yet), after `rendered`:
  /// a script's long csv result is written once, to its file descriptor, and turned into
  /// transcript lines only if the session is saved.
  private var waiting: [(step: TranscriptStep, output: ReplyOutput, stderr: String, volatile: VolatileLines)] = []
  /// Narration waiting for the next command.
  public private(set) var pendingNarration: [String] = []
  /// The header the recording will be saved with (its hash is filled in when saved).
  public var header: TranscriptHeader
  /// The autosave journal, if the sessions folder allowed one.
  public private(set) var journal: AutosaveJournal?
  /// The first journal failure, reported once by the shell; nil while all is well.
  public private(set) var journalProblem: String?
  /// Which output lines are saved as patterns.
  public var volatile: VolatileLines

  public init(header: TranscriptHeader, journal: AutosaveJournal? = nil, volatile: VolatileLines = .standard)
  {
    self.header = header
    self.journal = journal
    self.volatile = volatile
  }

  /// Whether anything has been recorded (a step or narration).
  public var isEmpty: Bool { rendered.isEmpty && waiting.isEmpty && pendingNarration.isEmpty }

  /// How many steps have been recorded (without rendering the waiting ones).
  public var stepCount: Int { rendered.count + waiting.count }
  /// `stepCount` when the recording was last saved (0: never).
  public private(set) var savedStepCount = 0
  /// Steps recorded since the last `.save`.
  public var unsavedSteps: Int { max(0, stepCount - savedStepCount) }

  /// The recording as it is now was saved.
  public func markSaved() { savedStepCount = stepCount }

  /// The recording as a transcript.
  public var transcript: Transcript { Transcript(header: header, steps: steps, epilogue: pendingNarration) }

  /// Adds a narration line (trimmed) before the next command.
  public func note(_ text: String) {
    let lines = text.split(separator: "\n").map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
    pendingNarration += lines
    journal(lines.map { $0 + "\n" }.joined())
  }

  /// Records a command and what it printed.
  public func record(command: String, stdout: String, stderr: String, failed: Bool) {
    record(command: command, output: ReplyOutput(text: stdout), stderr: stderr, failed: failed)
  }

  /// Records a command and what it printed; without a journal, the output is rendered into
  /// transcript lines only when the steps are asked for.
  public func record(command: String, output: ReplyOutput, stderr: String, failed: Bool) {
    let text = command.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.trimmingTrailingBlanks()
    }
    .joined(separator: "\n")
    let step = TranscriptStep(narration: pendingNarration, command: text, failed: failed)
    pendingNarration = []
    guard journal != nil else {
      waiting.append((step, output, stderr, volatile))
      return
    }
    renderWaiting()
    let done = Self.render(step, output: output, stderr: stderr, volatile: volatile)
    rendered.append(done)
    var written = done
    written.narration = []  // already journalled by note()
    journal(TranscriptWriter.step(written))
  }

  private static func render(_ step: TranscriptStep, output: ReplyOutput, stderr: String, volatile: VolatileLines)
    -> TranscriptStep
  {
    var step = step
    step.output = TranscriptLine.lines(
      stdout: output.text, stderr: stderr, volatile: volatile)
    return step
  }

  private func renderWaiting() {
    guard !waiting.isEmpty else { return }
    rendered += waiting.map { Self.render($0.step, output: $0.output, stderr: $0.stderr, volatile: $0.volatile) }
    waiting = []
  }

  /// Forgets everything recorded and starts the journal over.
  public func clear() {
    steps = []
    pendingNarration = []
    rewriteJournal()
  }

  /// Adds a recovered transcript's steps after the steps recorded so far (never instead of
  /// them); narration waiting for the next command goes before the first recovered step.
  /// Returns whether the journal holds them all (so the recovered file may be deleted).
  @discardableResult
  public func append(_ recovered: Transcript) -> Bool {
    var added = recovered.steps
    if added.isEmpty {
      pendingNarration += recovered.epilogue
    } else {
      added[0].narration = pendingNarration + added[0].narration
      pendingNarration = recovered.epilogue
    }
    steps += added
    // The waiting narration is in the journal already; the recovered steps follow it.
    journal(
      recovered.steps.map(TranscriptWriter.step).joined() + recovered.epilogue.map { $0 + "\n" }.joined())
    return journal != nil && journalProblem == nil
  }

  /// Ends the recording on a clean exit: the journal is deleted.
  public func finish() {
    journal?.discard()
    journal = nil
  }

  private func rewriteJournal() {
    guard let journal else { return }
    if !journal.rewrite(transcript) { noteProblem() }
  }

  private func journal(_ text: String) {
    guard let journal, !text.isEmpty else { return }
    if !journal.append(text) { noteProblem() }
  }

  private func noteProblem() {
    if journalProblem == nil, let journal {
      journalProblem = "autosave to \(journal.path) failed; save the session with .save NAME"
    }
  }
}

extension StringProtocol {
  func trimmingTrailingBlanks() -> String {
    var s = Substring(self)
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return String(s)
  }
}
