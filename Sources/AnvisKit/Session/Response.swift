/// What the shell answers to one complete input: text for stdout and for stderr, whether the
/// input failed (batch mode stops there) and whether the user asked to leave; and the reply's
/// values the text was rendered from, for exports.
public struct Response: Equatable, Sendable {
  /// What goes to standard output; its tables are written when it is (`ReplyOutput.write`).
  public var output: ReplyOutput
  /// The output as one string, ending in a newline when not empty (transcripts, tests).
  public var stdout: String {
    get { output.text }
    set { output = ReplyOutput(text: newValue) }
  }
  /// What goes to standard error: rendered errors (diagnostics with a caret, their `error:`
  /// label in the `.error` role) and notes, ending in a newline when not empty.
  public var errors: StyledText
  /// `errors` as text. Setting text that extends it (`stderr += note`) keeps its roles.
  public var stderr: String {
    get { errors.text }
    set {
      if newValue.hasPrefix(errors.text) {
        errors.append(String(newValue.dropFirst(errors.text.count)))
      } else {
        errors = StyledText(newValue)
      }
    }
  }
  public var failed: Bool
  public var quit: Bool
  /// The output as a transcript records it, when it differs from what the screen got (a
  /// screen width, every row of a pipe): see `Settings.forRecording`.
  public var recordedStdout: String?
  public var recordedStderr: String?
  /// Set in a replay's shell when the input could not run as recorded (see `StepNote`).
  public var note: StepNote?
  /// Set by `.replay NAME --step`: the replay for the executable to drive.
  public var stepReplay: StepReplayRequest?
  /// The reply's items, as values (empty for a failed input).
  public var items: [Reply.Item] = []

  public init(
    stdout: String = "", stderr: String = "", failed: Bool = false, quit: Bool = false, note: StepNote? = nil,
    stepReplay: StepReplayRequest? = nil
  ) {
    self.output = ReplyOutput(text: stdout)
    self.errors = StyledText(stderr)
    self.failed = failed
    self.quit = quit
    self.note = note
    self.stepReplay = stepReplay
  }

  public init(
    output: ReplyOutput, errors: StyledText = StyledText(), failed: Bool = false, quit: Bool = false,
    stepReplay: StepReplayRequest? = nil
  ) {
    self.output = output
    self.errors = errors
    self.failed = failed
    self.quit = quit
    self.stepReplay = stepReplay
  }

  /// Nothing to say (a blank line or a comment).
  public static let empty = Response()
}

extension Response {
  /// Two responses are equal when they print the same and end the same way (the items they
  /// were rendered from are not compared).
  public static func == (a: Response, b: Response) -> Bool {
    a.output == b.output && a.errors == b.errors && a.failed == b.failed && a.quit == b.quit && a.note == b.note
      && a.stepReplay == b.stepReplay
  }
}
