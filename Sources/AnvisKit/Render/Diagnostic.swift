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
  public func rendered(source: String, origin: String = "input") -> String {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let text = line - 1 < lines.count && line >= 1 ? String(lines[line - 1]) : ""
    let number = String(line)
    let gutter = String(repeating: " ", count: number.count)
    var out = "error: \(message)\n"
    out += "\(gutter)--> \(origin):\(line):\(column)\n"
    out += "\(number) | \(text)\n"
    let pad = String(repeating: " ", count: max(0, column - 1))
    let marks = String(repeating: "^", count: length)
    out += "\(gutter) | \(pad)\(marks)"
    if let hint { out += "\n\(gutter) = help: \(hint)" }
    return out
  }
}
