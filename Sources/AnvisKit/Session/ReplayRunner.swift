/// How a saved session is replayed: `.replay NAME [--step|--check|--update]` and
/// `anvis replay NAME [--step|--check|--update]`.
public enum ReplayMode: String, CaseIterable, Sendable {
  /// Run every step and show narration, commands and results.
  case play
  /// Pause before each step (the executable drives `StepReplay`).
  case step
  /// Compare every output with the recording.
  case check
  /// Accept the new outputs into the recording.
  case update

  /// The flag that asks for it (`--check`); nil for `play`, the default.
  public var flag: String? { self == .play ? nil : "--" + rawValue }
}

/// Runs a prepared replay in one mode and words its outcome, the one place both `.replay` in
/// the shell and `anvis replay` do so: the same checks, the same messages. Each caller only
/// chooses where the words go (the shell's reply, or the terminal's streams).
public struct ReplayRunner {
  public let setup: SessionReplaySetup
  /// The session's name as typed.
  public let name: String
  /// Where `--update` writes the session back.
  public let store: SessionStore

  public init(setup: SessionReplaySetup, name: String, store: SessionStore) {
    self.setup = setup
    self.name = name
    self.store = store
  }

  /// What a `--check` or `--update` came to.
  public struct Outcome: Sendable {
    /// The per-step report (a diff per differing step); empty when there is nothing to show.
    public var report: String
    /// One line: `replay NAME: 12 steps, all match`, `updated PATH: 1 of 12 steps changed`.
    public var summary: String
    /// Nothing differs (`--check`), or the session was written (`--update`).
    public var passed: Bool
    /// Ctrl-C stopped the replay before its end; nothing was written.
    public var cancelled: Bool
  }

  /// `--check`: replays every step and compares it with the recording.
  public func check(shouldStop: () -> Bool = { false }) -> Outcome {
    let replay = setup.check(shouldStop: shouldStop)
    return Outcome(
      report: replay.report(file: setup.path), summary: "replay \(name): \(replay.summary)",
      passed: replay.passed, cancelled: false)
  }

  /// `--update`: replays every step and writes the new outputs into the session, unless a
  /// step stopped the replay or Ctrl-C did.
  public func update(shouldStop: () -> Bool = { false }) -> Outcome {
    let replay = setup.check(shouldStop: shouldStop)
    let report = replay.report(file: setup.path)
    if replay.stoppedAt != nil {
      return Outcome(
        report: report, summary: "replay \(name): \(replay.summary); nothing updated", passed: false,
        cancelled: false)
    }
    guard replay.checks.count == setup.transcript.steps.count else {
      return Outcome(
        report: "", summary: "replay \(name): stopped by Ctrl-C; nothing updated", passed: false, cancelled: true)
    }
    do {
      let path = try setup.update(replay, store: store)
      return Outcome(
        report: "", summary: "updated \(path): \(replay.differing.count) of \(replay.checks.count) steps changed",
        passed: true, cancelled: false)
    } catch {
      return Outcome(report: "", summary: ErrorRenderer.message(error), passed: false, cancelled: false)
    }
  }

  /// Plays every step, calling `show` with the step's preview (narration wrapped at words to
  /// `width` when given, as `--step` shows it) and its output as it goes; returns why the
  /// replay stopped early, if it did, in the words both callers print.
  public func play(
    width: Int? = nil, shouldStop: () -> Bool = { false }, show: (String, ReplayOutput) -> Void
  ) -> String? {
    let steps = setup.transcript.steps
    for (i, step) in steps.enumerated() {
      if shouldStop() { return "replay \(name) stopped by Ctrl-C before step \(i + 1) of \(steps.count)" }
      let output = setup.run(step.command)
      show(TranscriptReplay.preview(step, width: width), output)
      if case .stop(let reason) = output.note {
        return "replay \(name) stopped at step \(i + 1) of \(steps.count) (\(setup.path):\(step.line)): \(reason)"
      }
    }
    return nil
  }

  /// The lines after the last step (the transcript's epilogue), wrapped to `width` when given.
  public func epilogue(width: Int? = nil) -> String {
    let lines = setup.transcript.epilogue
    return (width.map { w in lines.flatMap { TextWrap.wrap($0, width: w) } } ?? lines).map { $0 + "\n" }.joined()
  }
}
