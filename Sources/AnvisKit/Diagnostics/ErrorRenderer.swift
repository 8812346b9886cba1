/// The one place errors become the text users see. A subsystem's error says what went wrong
/// and where (`Diagnosable.diagnoses`, a `Diagnostic` for typed input); this turns that into
/// `file:line:column: message` lines, or the message with a caret under the input.
public enum ErrorRenderer {
  /// The words for any error, one problem a line.
  public static func message(_ error: any Error) -> String {
    lines(error).joined(separator: "\n")
  }

  /// The words for any error, one problem each.
  public static func lines(_ error: any Error) -> [String] {
    guard let known = error as? any Diagnosable else { return [String(describing: error)] }
    return known.diagnoses.map(line)
  }

  /// `file:line:column: message` for a problem in a file, else the message.
  public static func line(_ problem: Diagnosis) -> String {
    guard let at = problem.position else { return problem.message }
    guard let sheet = at.sheet else { return "\(at.file):\(at.line):\(at.column): \(problem.message)" }
    return "\(at.file)[\(sheet)]!\(CellReference(column: at.column, row: at.line).text): \(problem.message)"
  }

  /// Compiler-style text with the offending line and a caret under the column:
  ///
  ///     error: expected a field name after 'by'
  ///       --> input:1:31
  ///     1 | units | where rent < 3500 | count by
  ///       |                               ^
  ///       = help: did you mean 'rent'?
  ///
  /// The line is shown one character to a column (tabs and other control characters as a
  /// space), and a line longer than `ErrorRenderer.window` characters is cut around the caret
  /// with `…` at either cut end.
  public static func caret(_ d: Diagnostic, source: String, origin: String = "input") -> String {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let text = d.line - 1 < lines.count && d.line >= 1 ? Array(lines[d.line - 1]) : []
    let shown = excerpt(text.map { $0.isASCII && ($0.asciiValue ?? 32) < 32 ? " " : $0 }, column: d.column)
    let number = String(d.line)
    let gutter = String(repeating: " ", count: number.count)
    var out = "error: \(d.message)\n"
    out += "\(gutter)--> \(origin):\(d.line):\(d.column)\n"
    out += "\(number) | \(shown.text)\n"
    let pad = String(repeating: " ", count: max(0, shown.caret))
    let marks = String(repeating: "^", count: max(1, min(d.length, shown.room)))
    out += "\(gutter) | \(pad)\(marks)"
    if let hint = d.hint { out += "\n\(gutter) = help: \(hint)" }
    return out
  }

  /// The most characters of a line a caret diagnostic shows.
  static let window = 100

  /// The part of `chars` to show, where the caret goes in it (0-based) and how many
  /// characters from the caret to the end of what is shown.
  private static func excerpt(_ chars: [Character], column: Int) -> (text: String, caret: Int, room: Int) {
    let at = max(0, column - 1)
    guard chars.count > window else {
      return (String(chars), at, max(1, chars.count - at))
    }
    let start = min(max(0, at - window / 3), max(0, chars.count - window))
    let end = min(chars.count, start + window)
    let head = start > 0 ? "…" : ""
    let tail = end < chars.count ? "…" : ""
    let caret = at - start + (start > 0 ? 1 : 0)
    return (head + String(chars[start..<end]) + tail, caret, max(1, end - at))
  }
}
