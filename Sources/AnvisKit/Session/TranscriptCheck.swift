/// Compares a recorded step with what the command printed now: patterns (`(glob)`, `(re)`)
/// match volatile lines, anything else must be equal byte for byte, and failing must agree.
public struct TranscriptCheck: Sendable {
  /// The recorded step.
  public var recorded: TranscriptStep
  /// The new output, literal lines.
  public var actual: [TranscriptLine]
  public var actualFailed: Bool
  /// Set when the step could not run as recorded (sandbox): a skipped step is not compared.
  public var note: StepNote?
  /// Alignment of recorded items (output lines, then `[failed]` if failed) with new ones.
  public let edits: [TranscriptDiff.Edit]

  public init(recorded: TranscriptStep, actual: [TranscriptLine], actualFailed: Bool, note: StepNote? = nil) {
    self.recorded = recorded
    self.actual = actual
    self.actualFailed = actualFailed
    self.note = note
    let old = Self.items(recorded.output, failed: recorded.failed)
    let new = Self.items(actual, failed: actualFailed)
    // Each `(re)` pattern is compiled once, not once per comparison the diff makes.
    let patterns = old.map { item -> LineRegex? in
      guard case .line(let line) = item, line.kind == .regex else { return nil }
      return try? LineRegex(line.text)
    }
    edits = TranscriptDiff.edits(oldCount: old.count, newCount: new.count) { o, n in
      if let regex = patterns[o], case .line(let want) = old[o], case .line(let got) = new[n] {
        return want.stream == got.stream && regex.wholeMatch(got.text)
      }
      return old[o].matches(new[n])
    }
  }

  /// Compares a recorded step with a command's new rendered output.
  public init(recorded: TranscriptStep, stdout: String, stderr: String, failed: Bool, note: StepNote? = nil) {
    self.init(
      recorded: recorded, actual: TranscriptLine.lines(stdout: stdout, stderr: stderr, volatile: .none),
      actualFailed: failed, note: note)
  }

  /// Whether anything differs. A skipped step never does; the step that stopped a replay does.
  public var differs: Bool {
    switch note {
    case .skipped?: return false
    case .stop?: return true
    case nil: break
    }
    return edits.contains {
      if case .same = $0 { return false }
      return true
    }
  }

  /// The unified diff, `--- recorded` / `+++ actual`, lines as the transcript writes them;
  /// empty when nothing differs.
  public var diff: String {
    let old = Self.items(recorded.output, failed: recorded.failed).map(\.rendered)
    let new = Self.items(actual, failed: actualFailed).map(\.rendered)
    return TranscriptDiff.unified(old: old, new: new, edits: edits)
  }

  /// The step with the new output accepted: a recorded pattern that still matches is kept,
  /// every other line is the new one (volatile lines masked again).
  public func updated(volatile: VolatileLines = .standard) -> TranscriptStep {
    let old = Self.items(recorded.output, failed: recorded.failed)
    let new = Self.items(actual, failed: actualFailed)
    var output: [TranscriptLine] = []
    for edit in edits {
      switch edit {
      case .same(let o, _): if case .line(let line) = old[o] { output.append(line) }
      case .insert(let n): if case .line(let line) = new[n] { output.append(volatile.mask(line)) }
      case .delete: break
      }
    }
    var step = recorded
    step.output = output
    step.failed = actualFailed
    return step
  }

  enum Item {
    case line(TranscriptLine)
    case failed

    func matches(_ other: Item) -> Bool {
      switch (self, other) {
      case (.line(let a), .line(let b)): return a.matches(b)
      case (.failed, .failed): return true
      default: return false
      }
    }

    var rendered: String {
      switch self {
      case .line(let line): return TranscriptWriter.body(line)
      case .failed: return "[failed]"
      }
    }
  }

  static func items(_ lines: [TranscriptLine], failed: Bool) -> [Item] {
    lines.map(Item.line) + (failed ? [.failed] : [])
  }
}
