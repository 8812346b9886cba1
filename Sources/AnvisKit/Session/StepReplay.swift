/// The trainer's mode (`--step`): before each step its narration and command are shown; Enter
/// runs it, `q` stops, anything else is run as a command of its own without moving on. The
/// executable reads the lines (through readline); this type decides what they do.
public final class StepReplay {
  public let transcript: Transcript
  /// Index of the next step to run.
  public private(set) var position = 0
  public private(set) var stopped = false
  private let run: (String) -> ReplayOutput

  public init(_ transcript: Transcript, run: @escaping (String) -> ReplayOutput) {
    self.transcript = transcript
    self.run = run
  }

  /// Whether every step has run or the user stopped.
  public var isFinished: Bool { stopped || position >= transcript.steps.count }

  /// What to show before waiting: `step N/M`, the narration (wrapped to `width` when given)
  /// and the command; or the end.
  public func preview(width: Int? = nil) -> String {
    guard !isFinished else { return "" }
    let step = transcript.steps[position]
    return "── step \(position + 1)/\(transcript.steps.count) ──\n"
      + TranscriptReplay.preview(step, width: width)
  }

  /// The prompt while waiting for Enter.
  public var prompt: String { "[Enter runs it, q stops, or type a command] " }

  /// What one line typed at the step prompt did.
  public enum Action: Hashable, Sendable {
    /// The step ran (its 0-based index).
    case ranStep(Int)
    /// The line ran as a command of its own; the position did not move.
    case ranCommand
    /// `q`: the replay stopped.
    case stopped
    /// Nothing left to do.
    case finished
  }

  /// Handles one typed line and returns what it did and what it printed.
  public func handle(_ line: String) -> (Action, ReplayOutput) {
    guard !isFinished else { return (.finished, ReplayOutput()) }
    let typed = line.trimmingBlanks()
    if typed.isEmpty {
      let index = position
      let output = run(transcript.steps[index].command)
      position += 1
      var shown = output
      if case .stop(let reason) = output.note {
        stopped = true
        shown.stderr += "stopped at step \(index + 1) of \(transcript.steps.count): \(reason)\n"
        return (.stopped, shown)
      }
      if isFinished, !transcript.epilogue.isEmpty {
        shown.stdout += transcript.epilogue.map { $0 + "\n" }.joined()
      }
      return (.ranStep(index), shown)
    }
    if typed == "q" || typed == "quit" || typed == ".quit" {
      stopped = true
      return (
        .stopped, ReplayOutput(stdout: "stopped before step \(position + 1) of \(transcript.steps.count)\n")
      )
    }
    return (.ranCommand, run(line))
  }
}
