/// Gathers typed lines until they make one complete input.
///
/// An input continues while a line ends in `|` (a `#` comment after it aside), a `(` or `[`
/// is open, or a "string" is open. Dot commands and `#` comment lines are always one line.
public struct InputBuffer: Sendable {
  public private(set) var lines: [String] = []

  public init() {}

  /// True when nothing is gathered yet (the main prompt is due).
  public var isEmpty: Bool { lines.isEmpty }

  /// The gathered lines joined with `\n`.
  public var text: String { lines.joined(separator: "\n") }

  /// Whether the gathered text is a complete input.
  public var isComplete: Bool { Self.isComplete(text) }

  /// Adds a line; returns the whole input when it is complete (and starts afresh).
  public mutating func append(_ line: String) -> String? {
    if lines.isEmpty && line.trimmingWhitespace().isEmpty { return line }
    lines.append(line)
    guard isComplete else { return nil }
    return take()
  }

  /// Returns what is gathered (complete or not) and starts afresh.
  public mutating func take() -> String {
    defer { lines = [] }
    return text
  }

  /// Drops what is gathered (Ctrl-C).
  public mutating func reset() { lines = [] }

  /// Whether `text` is a complete input. Strings are `"…"` or `'…'` (a backslash escapes the
  /// quote); `#` outside a string starts a comment that runs to the end of its line.
  public static func isComplete(_ text: String) -> Bool {
    let trimmed = text.trimmingWhitespace()
    if trimmed.hasPrefix(".") || trimmed.hasPrefix("#") { return true }
    var depth = 0
    var quote: Character?
    var escaped = false
    var inComment = false
    var last: Character?
    for ch in trimmed {
      if ch == "\n" || ch == "\r\n" { inComment = false }
      if inComment { continue }
      if let open = quote {
        if escaped {
          escaped = false
        } else if ch == "\\" {
          escaped = true
        } else if ch == open {
          quote = nil
        }
        last = ch
        continue
      }
      switch ch {
      case "\"", "'": quote = ch
      case "#":
        inComment = true
        continue
      case "(", "[": depth += 1
      case ")", "]": depth = max(0, depth - 1)
      default: break
      }
      if !ch.isWhitespace { last = ch }
    }
    return quote == nil && depth == 0 && last != "|"
  }
}
