/// Why a replayed step did not run as it was recorded. Replays (`--check`, `--step`, plain)
/// and `.recover` run steps in a sandboxed shell that never writes a file outside the
/// sessions folder and never starts another replay.
public enum StepNote: Hashable, Sendable {
  /// The step ran without writing its file (`.output`, `.once`), or did not run at all
  /// (`.export`, `.save`, `.recover`); its output is not compared, so it never fails `--check`.
  case skipped(String)
  /// The replay stops at this step: a replay does not start another replay.
  case stop(String)

  /// The words shown beside the step.
  public var reason: String {
    switch self {
    case .skipped(let reason), .stop(let reason): reason
    }
  }
}

extension Shell {
  static let sandboxReason = "a replay or recovery never writes files"
  static let nestedReplayReason = "a replay cannot start another replay"

  /// In the sandbox: notes the step as skipped and returns the notice that says so; nil
  /// outside the sandbox (the command goes on as usual).
  func skipInSandbox(_ what: String) -> Reply? { session.skipInSandbox(what) }
}
