/// A session as the exports draw it: its header, and for each step the narration, the command
/// and the reply's values (tables, charts, summaries) — never text read back into structure.
public struct ExportedSession: Sendable {
  /// One step of the session.
  public struct Step: Sendable {
    public var narration: [String]
    public var command: String
    /// What the command answered, in order.
    public var items: [Reply.Item]
    /// The error a failed step wrote (a diagnostic with its caret), if any.
    public var error: String?
    /// Text the step wrote to standard error that is not an error (a warning, a skipped step).
    public var stderr: String?

    public init(
      narration: [String] = [], command: String, items: [Reply.Item], error: String? = nil, stderr: String? = nil
    ) {
      self.narration = narration
      self.command = command
      self.items = items
      self.error = error
      self.stderr = stderr
    }
  }

  public var header: TranscriptHeader
  public var steps: [Step]
  /// Narration after the last step.
  public var epilogue: [String]

  public init(header: TranscriptHeader, steps: [Step], epilogue: [String] = []) {
    self.header = header
    self.steps = steps
    self.epilogue = epilogue
  }
}
