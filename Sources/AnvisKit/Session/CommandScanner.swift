/// The one scanner of typed input, shared by command parsing (`CommandInput`) and the line
/// gatherer (`InputBuffer`): it turns text into typed tokens (a word, a `--flag`, a quoted
/// string) with their source ranges, and keeps the state that says whether the input is
/// complete (an open string, open brackets, a trailing `|`).
///
/// - Whitespace separates tokens; a line break also ends a comment.
/// - A token that starts with `"` or `'` is a quoted string that runs to the matching quote
///   (a backslash escapes it); its text leaves the quotes out and it is never a flag. A quote
///   inside a word opens a string there too, and the word runs on past its end.
/// - A `#` that starts a token begins a comment that runs to the end of its line.
/// - `(` and `[` outside strings open a bracket, `)` and `]` close one.
///
/// Text may be fed in pieces (`feed`), each character looked at once: a long continued input
/// costs time in proportion to its length.
public struct CommandScanner: Sendable {
  /// One token: what it is, its text and where it was.
  public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case word, flag, quoted }

    public var kind: Kind
    /// The text; a quoted string's without its quotes (escapes kept as typed).
    public var text: String
    /// 1-based line and column (in characters) where the token starts.
    public var line: Int
    public var column: Int
    /// Where the token is in the source, as UTF-8 offsets, quotes included.
    public var range: Range<Int>
  }

  /// The tokens scanned so far (a token still open at the end is added by `finish`).
  public private(set) var tokens: [Token] = []
  /// Brackets open outside strings.
  public private(set) var depth = 0
  /// The quote of a string still open.
  public private(set) var quote: Character?
  /// The last character outside comments and whitespace (inside strings included).
  public private(set) var last: Character?
  /// Characters looked at, for the test that a long input is scanned once.
  private(set) var steps = 0
  /// When false only the state is kept (the gatherer needs no tokens).
  private let keepsTokens: Bool

  private var line = 1
  private var column = 0
  private var offset = 0
  private var escaped = false
  private var inComment = false
  private var current: Token?
  /// The open string began the token (a quoted token), not inside a word.
  private var quotedToken = false

  public init(keepsTokens: Bool = true) { self.keepsTokens = keepsTokens }

  /// Scans all of `source`.
  public static func tokens(_ source: String) -> [Token] {
    var scanner = CommandScanner()
    scanner.feed(source)
    scanner.finish()
    return scanner.tokens
  }

  /// No string or bracket is open and the last character is not a `|`.
  public var isComplete: Bool { quote == nil && depth == 0 && last != "|" }

  /// Scans the next piece of text.
  public mutating func feed<S: StringProtocol>(_ text: S) {
    for ch in text {
      steps += 1
      let start = offset
      offset += ch.utf8.count
      if ch == "\n" || ch == "\r\n" {
        if quote == nil { end(at: start) } else { add(ch) }
        inComment = false
        line += 1
        column = 0
        if quote != nil { last = ch }
        continue
      }
      column += 1
      if inComment { continue }
      if let open = quote {
        last = ch
        if escaped {
          escaped = false
        } else if ch == "\\" {
          escaped = true
        } else if ch == open {
          quote = nil
          if quotedToken {
            quotedToken = false
            end(at: offset)
            continue
          }
        }
        add(ch)
        continue
      }
      if ch.isWhitespace {
        end(at: start)
        continue
      }
      if current == nil && ch == "#" {
        inComment = true
        continue
      }
      last = ch
      switch ch {
      case "(", "[": depth += 1
      case ")", "]": depth = max(0, depth - 1)
      case "\"", "'": quote = ch
      default: break
      }
      if current == nil {
        current = Token(kind: .word, text: "", line: line, column: column, range: start..<offset)
        if quote != nil {
          current?.kind = .quoted
          quotedToken = true
          continue
        }
      }
      add(ch)
    }
  }

  /// Ends the last token (an unclosed string runs to the end).
  public mutating func finish() { end(at: offset) }

  private mutating func add(_ ch: Character) {
    guard keepsTokens, current != nil else { return }
    current?.text.append(ch)
  }

  private mutating func end(at position: Int) {
    guard var token = current else { return }
    current = nil
    guard keepsTokens else { return }
    token.range = token.range.lowerBound..<max(token.range.lowerBound, position)
    if token.kind == .word, token.text.hasPrefix("--"), token.text.count > 2 { token.kind = .flag }
    tokens.append(token)
  }
}
