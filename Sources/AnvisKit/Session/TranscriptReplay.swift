/// What one command printed when a transcript is replayed.
public struct ReplayOutput: Hashable, Sendable {
  public var stdout: String
  public var stderr: String
  public var failed: Bool
  /// Set when the step could not run as recorded in the replay's sandbox.
  public var note: StepNote?

  public init(stdout: String = "", stderr: String = "", failed: Bool = false, note: StepNote? = nil) {
    self.stdout = stdout
    self.stderr = stderr
    self.failed = failed
    self.note = note
  }
}

/// Replays a transcript through a fresh shell (any function from input to output) and compares
/// every step with its recording.
public struct TranscriptReplay {
  public let transcript: Transcript
  /// One comparison per step, in order.
  public let checks: [TranscriptCheck]
  /// What each step printed now.
  public let outputs: [ReplayOutput]

  /// Runs every step; stops early if `shouldStop` says so (Ctrl-C) or a step may not run
  /// in a replay (`StepNote.stop`: a replay inside a replay).
  public init(_ transcript: Transcript, shouldStop: () -> Bool = { false }, run: (String) -> ReplayOutput) {
    self.transcript = transcript
    var checks: [TranscriptCheck] = []
    var outputs: [ReplayOutput] = []
    var stop: (step: Int, reason: String)?
    for (i, step) in transcript.steps.enumerated() {
      if shouldStop() { break }
      let output = run(step.command)
      outputs.append(output)
      checks.append(
        TranscriptCheck(
          recorded: step, stdout: output.stdout, stderr: output.stderr, failed: output.failed,
          note: output.note))
      if case .stop(let reason) = output.note {
        stop = (i, reason)
        break
      }
    }
    self.checks = checks
    self.outputs = outputs
    self.stoppedAt = stop
  }

  /// The step (0-based) the replay stopped at, and why; nil unless a step stopped it.
  public let stoppedAt: (step: Int, reason: String)?

  /// Indexes (0-based) of the steps that ran without writing their file or did not run.
  public var skipped: [Int] {
    checks.indices.filter {
      if case .skipped = checks[$0].note { return true }
      return false
    }
  }

  /// Whether every step ran and printed what was recorded.
  public var passed: Bool { checks.count == transcript.steps.count && !checks.contains(where: \.differs) }

  /// Indexes (0-based) of the steps that differ.
  public var differing: [Int] { checks.indices.filter { checks[$0].differs } }

  /// One unified diff per differing step, each headed `step N (FILE:LINE): COMMAND`.
  /// Skipped steps and the step that stopped the replay are listed with their reason.
  public func report(file: String) -> String {
    var out = ""
    for i in checks.indices where checks[i].differs || checks[i].note != nil {
      out += heading(i, file: file)
      if let note = checks[i].note {
        if case .stop = note { out += "  stopped: " } else { out += "  " }
        out += note.reason + "\n"
      } else {
        out += checks[i].diff
      }
    }
    return out
  }

  /// `step N (FILE:LINE): COMMAND` (the command's first line).
  public func heading(_ i: Int, file: String) -> String {
    let step = transcript.steps[i]
    let first =
      step.command.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    let location = step.line > 0 ? "\(file):\(step.line)" : file
    return "step \(i + 1) (\(location)): \(first)\n"
  }

  /// The one-line verdict: `N steps, all match` or `K of N steps differ`.
  public var summary: String {
    let n = transcript.steps.count
    let k = differing.count
    if let stop = stoppedAt { return "stopped at step \(stop.step + 1) of \(n): \(stop.reason)" }
    if checks.count < n { return "stopped after \(checks.count) of \(n) steps" }
    let s = skipped.count
    let skippedNote = s == 0 ? "" : " (\(s) skipped: \(Shell.sandboxReason))"
    return k == 0
      ? "\(n) step\(n == 1 ? "" : "s"), all match" + skippedNote
      : "\(k) of \(n) step\(n == 1 ? "" : "s") differ" + skippedNote
  }

  /// The transcript with the new outputs accepted (patterns that still match kept).
  public func updated(volatile: VolatileLines = .standard) -> Transcript {
    var t = transcript
    for (i, check) in checks.enumerated() where check.note == nil {
      t.steps[i] = check.updated(volatile: volatile)
    }
    return t
  }

  /// Narration, each command behind the prompt and what it printed now, as a reader follows it.
  public func playback() -> String {
    var out = ""
    for (i, output) in outputs.enumerated() {
      out += TranscriptReplay.preview(transcript.steps[i])
      out += output.stdout + output.stderr
    }
    if outputs.count == transcript.steps.count { out += transcript.epilogue.map { $0 + "\n" }.joined() }
    return out
  }

  /// A step's narration and its command as the shell's prompt shows it.
  /// The step's narration (wrapped at words to `width` when given) and its command.
  public static func preview(_ step: TranscriptStep, width: Int? = nil) -> String {
    let narration =
      width.map { w in step.narration.flatMap { TextWrap.wrap($0, width: w) } } ?? step.narration
    var out = narration.map { $0 + "\n" }.joined()
    for (i, line) in step.command.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      out += (i == 0 ? "anvis> " : "  ...> ") + line + "\n"
    }
    return out
  }
}
