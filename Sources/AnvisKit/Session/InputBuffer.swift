/// Gathers typed lines until they make one complete input.
///
/// An input continues while a line ends in `|` (a `#` comment after it aside), a `(` or `[`
/// is open, or a "string" is open. Dot commands and `#` comment lines are always one line.
///
/// Each line is scanned once, when it arrives, by the shared `CommandScanner`, whose state
/// carries to the next (open brackets, an open string, the last character): a long continued
/// input costs time in proportion to its length, not to its length squared.
public struct InputBuffer: Sendable {
  public private(set) var lines: [String] = []
  /// The gathered lines joined with `\n`, kept as they arrive.
  public private(set) var text = ""
  private var scan = CommandScanner(keepsTokens: false)
  /// The first line is a dot command or a `#` comment: complete as it stands.
  private var isOneLine = false

  public init() {}

  /// True when nothing is gathered yet (the main prompt is due).
  public var isEmpty: Bool { lines.isEmpty }

  /// Whether the gathered text is a complete input.
  public var isComplete: Bool { isOneLine || scan.isComplete }

  /// Adds a line; returns the whole input when it is complete (and starts afresh).
  public mutating func append(_ line: String) -> String? {
    if lines.isEmpty && line.trimmingWhitespace().isEmpty { return line }
    if lines.isEmpty {
      let trimmed = line.trimmingWhitespace()
      isOneLine = trimmed.hasPrefix(".") || trimmed.hasPrefix("#")
    } else {
      text += "\n"
      scan.feed("\n")
    }
    let line = Self.droppingLeadingPipe(line, after: scan.last)
    lines.append(line)
    text += line
    scan.feed(line)
    guard isComplete else { return nil }
    return take()
  }

  /// A continued line may start with `|` as KQL writes it: after a line that ended in `|`,
  /// that second pipe is dropped (kept as a space, so columns in messages stay right).
  static func droppingLeadingPipe(_ line: String, after last: Character?) -> String {
    guard last == "|", let first = line.firstIndex(where: { !$0.isWhitespace }), line[first] == "|" else {
      return line
    }
    var out = line
    out.replaceSubrange(first...first, with: " ")
    return out
  }

  /// Returns what is gathered (complete or not) and starts afresh.
  public mutating func take() -> String {
    defer { reset() }
    return text
  }

  /// Drops what is gathered (Ctrl-C).
  public mutating func reset() {
    lines = []
    text = ""
    scan = CommandScanner(keepsTokens: false)
    isOneLine = false
  }

  /// Whether `text` is a complete input, by the scanner commands are parsed with
  /// (`CommandScanner`): strings are `"…"` or `'…'` (a backslash escapes the quote); a `#`
  /// that starts a word begins a comment that runs to the end of its line.
  public static func isComplete(_ text: String) -> Bool {
    let trimmed = text.trimmingWhitespace()
    if trimmed.hasPrefix(".") || trimmed.hasPrefix("#") { return true }
    var scan = CommandScanner(keepsTokens: false)
    scan.feed(trimmed)
    return scan.isComplete
  }

  /// Characters scanned since the input began (each exactly once).
  var scanSteps: Int { scan.steps }
}
