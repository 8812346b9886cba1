/// What the shell answers to one complete input: text for stdout and for stderr, whether the
/// input failed (batch mode stops there) and whether the user asked to leave.
public struct Response: Hashable, Sendable {
  /// What goes to standard output; its tables are written when it is (`ReplyOutput.write`).
  public var output: ReplyOutput
  /// The output as one string, ending in a newline when not empty (transcripts, tests).
  public var stdout: String {
    get { output.text }
    set { output = ReplyOutput(text: newValue) }
  }
  /// Rendered errors (diagnostics with a caret), ending in a newline when not empty.
  public var stderr: String
  public var failed: Bool
  public var quit: Bool
  /// Set in a replay's shell when the input could not run as recorded (see `StepNote`).
  public var note: StepNote?
  /// Set by `.replay NAME --step`: the replay for the executable to drive.
  public var stepReplay: StepReplayRequest?

  public init(
    stdout: String = "", stderr: String = "", failed: Bool = false, quit: Bool = false, note: StepNote? = nil,
    stepReplay: StepReplayRequest? = nil
  ) {
    self.output = ReplyOutput(text: stdout)
    self.stderr = stderr
    self.failed = failed
    self.quit = quit
    self.note = note
    self.stepReplay = stepReplay
  }

  public init(
    output: ReplyOutput, stderr: String = "", failed: Bool = false, quit: Bool = false,
    stepReplay: StepReplayRequest? = nil
  ) {
    self.output = output
    self.stderr = stderr
    self.failed = failed
    self.quit = quit
    self.stepReplay = stepReplay
  }

  /// Nothing to say (a blank line or a comment).
  public static let empty = Response()
}
