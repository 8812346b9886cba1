import AnvisKit

/// Standard output (or error) as a `TextSink`: each piece the library writes goes straight to
/// the file descriptor, so a long result is written in large buffers and never held whole.
struct OutputSink: TextSink {
  var stream: Terminal.Stream = .output

  mutating func write(_ bytes: [UInt8]) { Terminal.write(bytes: bytes, to: stream) }

  /// A piece with roles: in colour on a terminal (`TerminalStyle`), the text alone elsewhere.
  mutating func write(_ text: StyledText) { Terminal.write(text, to: stream) }
}

extension Terminal {
  /// Writes an answer's standard output, its tables row by row in pieces.
  static func write(_ output: ReplyOutput) {
    var sink = OutputSink()
    output.write(to: &sink)
  }
}
