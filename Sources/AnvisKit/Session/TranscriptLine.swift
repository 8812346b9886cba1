/// One line of a step's output as the transcript keeps it: which stream it came from, and
/// either the exact text or a pattern for a volatile line (cram's `(glob)` and `(re)`).
public struct TranscriptLine: Hashable, Sendable {
  /// Standard output, or standard error (written behind `! `).
  public enum Stream: Hashable, Sendable { case out, err }
  /// How the recorded text is compared with a new output line.
  public enum Kind: Hashable, Sendable {
    /// Byte for byte.
    case literal
    /// `*` any run of characters, `?` one character, `\` quotes the next one.
    case glob
    /// A regular expression that must match the whole line.
    case regex
  }

  public var stream: Stream
  /// The exact text (literal) or the pattern without its marker.
  public var text: String
  public var kind: Kind

  public init(_ text: String, stream: Stream = .out, kind: Kind = .literal) {
    self.text = text
    self.stream = stream
    self.kind = kind
  }

  /// Whether a new output line (on `stream`) is what this recorded line expects.
  public func matches(_ actual: TranscriptLine) -> Bool {
    guard actual.stream == stream else { return false }
    switch kind {
    case .literal: return actual.kind == .literal && actual.text == text
    case .glob: return actual.text == text || Glob.matches(pattern: text, actual.text)
    case .regex:
      // Linear in the line: a pattern cannot make a check hang.
      guard let regex = try? LineRegex(text) else { return false }
      return regex.wholeMatch(actual.text)
    }
  }

  /// Splits rendered output into lines: a final newline does not make an extra empty line,
  /// standard output first, then standard error. Volatile lines become patterns.
  public static func lines(stdout: String, stderr: String, volatile: VolatileLines = .standard)
    -> [TranscriptLine]
  {
    split(stdout).map { volatile.mask(TranscriptLine($0, stream: .out)) }
      + split(stderr).map { volatile.mask(TranscriptLine($0, stream: .err)) }
  }

  /// Splits text into lines the way transcripts count them ("" is no line, "a\n" is one).
  public static func split(_ text: String) -> [String] {
    if text.isEmpty { return [] }
    var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if parts.last == "" { parts.removeLast() }
    return parts
  }
}

/// Output lines that change from run to run (timings) and are recorded as patterns.
public struct VolatileLines: Sendable {
  /// Lines starting with one of these are saved as `PREFIX * (glob)`.
  public var prefixes: [String]

  public init(prefixes: [String]) { self.prefixes = prefixes }

  /// The timer's `Run Time:` line.
  public static let standard = VolatileLines(prefixes: ["Run Time:"])
  /// Nothing is volatile.
  public static let none = VolatileLines(prefixes: [])

  /// The line, or a glob for it when it is volatile.
  public func mask(_ line: TranscriptLine) -> TranscriptLine {
    guard line.kind == .literal else { return line }
    for prefix in prefixes where line.text.hasPrefix(prefix) {
      return TranscriptLine(Glob.quote(prefix) + " *", stream: line.stream, kind: .glob)
    }
    return line
  }
}

/// Shell-style wildcard matching on characters.
enum Glob {
  static func matches(pattern: String, _ text: String) -> Bool {
    let p = Array(pattern), t = Array(text)
    var pi = 0, ti = 0
    var star = -1, mark = 0
    while ti < t.count {
      if pi < p.count, p[pi] == "\\", pi + 1 < p.count, p[pi + 1] == t[ti] {
        pi += 2
        ti += 1
      } else if pi < p.count, p[pi] != "*", p[pi] != "\\", p[pi] == "?" || p[pi] == t[ti] {
        pi += 1
        ti += 1
      } else if pi < p.count, p[pi] == "*" {
        star = pi
        mark = ti
        pi += 1
      } else if star >= 0 {
        pi = star + 1
        mark += 1
        ti = mark
      } else {
        return false
      }
    }
    while pi < p.count, p[pi] == "*" { pi += 1 }
    return pi == p.count
  }

  /// Quotes `*`, `?` and `\` so that the text matches only itself.
  static func quote(_ text: String) -> String {
    var out = ""
    for c in text {
      if c == "*" || c == "?" || c == "\\" { out.append("\\") }
      out.append(c)
    }
    return out
  }
}
