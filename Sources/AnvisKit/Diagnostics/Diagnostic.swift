/// A problem with something a user typed: where it is (columns in the input, 1-based,
/// counted in characters), what is wrong, and an optional hint such as "did you mean 'rent'?".
/// `ErrorRenderer.caret` draws it under the input.
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
}
