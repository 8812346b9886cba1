/// Where the interactive shell's lines come from.
protocol LineReader {
  /// Reads one line after showing `prompt`. `pending` is the continued input gathered so far
  /// (for completion that looks across lines).
  mutating func read(prompt: String, pending: String) -> LineEvent
}

/// What reading a line gave.
enum LineEvent: Equatable {
  case line(String)
  /// Ctrl-C: the half-typed line was dropped.
  case interrupted
  /// Ctrl-D on an empty line, or the end of the input.
  case end
}

/// The lines of standard input, without prompts (batch mode).
struct StandardInputLines: Sequence, IteratorProtocol {
  mutating func next() -> String? { readLine(strippingNewline: true) }
}
