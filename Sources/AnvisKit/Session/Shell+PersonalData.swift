/// The one rule for CPR numbers typed at the shell: an input that holds a CPR-like value is
/// refused before anything else looks at it, so the value never reaches an error message, a
/// recording, a journal, a file name or the history; the refusal shows it masked.
extension Shell {
  /// The refusal's words (the exact text users and tests look for).
  public static let personalDataMessage = "this looks like a CPR number; anvis never stores CPR numbers"

  /// Whether `text` holds a CPR-like value anywhere (any spelling `CPRDetector` knows).
  public static func holdsPersonalData(_ text: String) -> Bool {
    CPRDetector.maskedMatch(in: text) != nil
  }

  /// The error for an input holding a CPR-like value, drawn under the masked value in the
  /// masked input; nil when the input holds none.
  static func personalDataRefusal(_ input: String, origin: String, firstLine: Int) -> CommandError? {
    let (masked, spans) = CPRDetector.masking(input)
    guard let first = spans.first else { return nil }
    // Line and column (1-based, in characters) of the first masked value.
    var line = 1
    var column = 1
    for (i, character) in masked.enumerated() {
      if i == first.offset { break }
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    let more = spans.count > 1 ? " (and \(spans.count - 1) more)" : ""
    return .maskedDiagnostic(
      Diagnostic(personalDataMessage + more, line: line, column: column, length: first.length),
      maskedSource: masked)
  }
}
