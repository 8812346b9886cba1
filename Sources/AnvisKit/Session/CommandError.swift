/// Why a command failed; turned into words (on stderr) by `ErrorRenderer`, in `Shell.respond(to:)`.
public enum CommandError: Error, Sendable {
  /// A problem at a place in the input, drawn with a caret.
  case diagnostic(Diagnostic)
  /// Another subsystem's error (a file not written, a session not found), in its own words.
  case failed(any Diagnosable)
  /// A problem without a place in the input (e.g. the files a reload found broken); one or
  /// more lines, without the leading "error: ".
  case failure(String)
  /// Ctrl-C stopped the computation.
  case cancelled
  /// A problem drawn under a copy of the input in which personal data is masked (the input
  /// itself must never be shown).
  case maskedDiagnostic(Diagnostic, maskedSource: String)

  /// Renders the error for stderr, the caret drawn under `source`; `origin` and `firstLine`
  /// name where the input came from (`script.anvis` line 12), for the `-->` line.
  public func rendered(source: String, origin: String = "input", firstLine: Int = 1) -> String {
    switch self {
    case .diagnostic(let d):
      if firstLine <= 1 { return ErrorRenderer.caret(d, source: source, origin: origin) }
      var shifted = d
      shifted.line += firstLine - 1
      return ErrorRenderer.caret(shifted, source: String(repeating: "\n", count: firstLine - 1) + source, origin: origin)
    case .maskedDiagnostic(let d, let masked):
      return CommandError.diagnostic(d).rendered(source: masked, origin: origin, firstLine: firstLine)
    case .failure(let text): return "error: " + text
    case .failed(let error): return "error: " + ErrorRenderer.message(error)
    case .cancelled: return "cancelled"
    }
  }
}

extension CommandError {
  /// `expected 'on' or 'off', found 'x'`: a word that is none of a choice's values (the
  /// levers' values say it the same way, `Levers+Values.swift`).
  static func notOneOf(_ values: [String], found: String) -> String {
    let list =
      switch values.count {
      case 1: "'\(values[0])'"
      case 2: "'\(values[0])' or '\(values[1])'"
      default: "one of " + values.joined(separator: ", ")
      }
    return "expected \(list), found '\(found)'"
  }

  /// Another subsystem's error (e.g. a refused session name) under one word of the input.
  static func at(_ word: CommandInput.Word, _ error: some Diagnosable) -> CommandError {
    at(word, ErrorRenderer.message(error), hint: error.diagnoses.first?.hint)
  }

  /// A diagnostic under one word of the input.
  static func at(_ word: CommandInput.Word, _ message: String, hint: String? = nil) -> CommandError {
    .diagnostic(
      Diagnostic(message, line: word.line, column: word.column, length: word.text.count, hint: hint))
  }
}
