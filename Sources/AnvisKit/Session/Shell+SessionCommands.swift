// Extension point for session transcripts (owned by the sessions helper).

extension Shell {
  /// Commands for sessions (`.note`, `.save`, `.replay`, …); empty for now.
  static let sessionCommands: [CommandSpec] = []
}

/// State the session recorder keeps between inputs (the transcript so far); empty for now.
public struct SessionState: Sendable {
  public init() {}
}

extension Shell {
  /// Called after every input with what the shell answered; the session recorder fills it in.
  func didRespond(to input: String, with response: Response) {}
}
