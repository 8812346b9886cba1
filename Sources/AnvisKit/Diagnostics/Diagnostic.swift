/// A problem with something a user typed: where it is (columns in the input, 1-based,
/// counted in characters), what is wrong, and an optional hint such as "did you mean 'rent'?".
public struct Diagnostic: Error, Hashable, Sendable {
  public var message: String
  /// Line within the input (1-based); multi-line queries report the line the problem is on.
  public var line: Int
  /// First column of the problem (1-based).
  public var column: Int
  /// How many characters to underline (at least 1).
  public var length: Int
  public var hint: String?

  public init(_ message: String, line: Int = 1, column: Int, length: Int = 1, hint: String? = nil) {
    self.message = message
    self.line = line
    self.column = column
    self.length = max(1, length)
    self.hint = hint
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
  /// space), and a line longer than `Diagnostic.window` characters is cut around the caret
  /// with `…` at either cut end.
  public func rendered(source: String, origin: String = "input") -> String {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let text = line - 1 < lines.count && line >= 1 ? Array(lines[line - 1]) : []
    let shown = Self.excerpt(text.map { $0.isASCII && ($0.asciiValue ?? 32) < 32 ? " " : $0 }, column: column)
    let number = String(line)
    let gutter = String(repeating: " ", count: number.count)
    var out = "error: \(message)\n"
    out += "\(gutter)--> \(origin):\(line):\(column)\n"
    out += "\(number) | \(shown.text)\n"
    let pad = String(repeating: " ", count: max(0, shown.caret))
    let marks = String(repeating: "^", count: max(1, min(length, shown.room)))
    out += "\(gutter) | \(pad)\(marks)"
    if let hint { out += "\n\(gutter) = help: \(hint)" }
    return out
  }

  /// The most characters of a line a diagnostic shows.
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
