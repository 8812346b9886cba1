/// What a stretch of output is, for a writer that can show it: the terminal writer (in the
/// executable) maps each role to a colour. The library never writes colour codes; files,
/// pipes and transcripts get the text alone.
public enum TextRole: Sendable, Hashable, CaseIterable {
  /// A table's column names, an expanded row's field names.
  case heading
  /// The `error:` label of a diagnostic.
  case error
  /// Secondary text: notices, `… N more rows`, `(no rows)`, an expanded row's rule.
  case hint
}

/// Text with the roles of some of its stretches (`TextRole`). `text` is what any writer
/// without colours writes, byte for byte.
public struct StyledText: Sendable, Hashable, ExpressibleByStringLiteral {
  /// A stretch of `text` (UTF-8 offsets) and its role.
  public struct Span: Sendable, Hashable {
    public var range: Range<Int>
    public var role: TextRole
  }

  public private(set) var text: String
  /// In order, not overlapping, none empty.
  public private(set) var spans: [Span]

  public init(_ text: String = "", as role: TextRole? = nil) {
    self.text = text
    spans = []
    if let role, !text.isEmpty { spans = [Span(range: 0..<text.utf8.count, role: role)] }
  }

  public init(stringLiteral value: String) { self.init(value) }

  public var isEmpty: Bool { text.isEmpty }

  public mutating func append(_ more: String, as role: TextRole? = nil) {
    guard !more.isEmpty else { return }
    let start = text.utf8.count
    text += more
    if let role { spans.append(Span(range: start..<(start + more.utf8.count), role: role)) }
  }

  public mutating func append(_ more: StyledText) {
    let start = text.utf8.count
    text += more.text
    spans += more.spans.map { Span(range: ($0.range.lowerBound + start)..<($0.range.upperBound + start), role: $0.role) }
  }

  public static func + (a: StyledText, b: StyledText) -> StyledText {
    var out = a
    out.append(b)
    return out
  }

  public static func += (a: inout StyledText, b: StyledText) { a.append(b) }

  /// The text in order as runs of one role each (nil: plain), none empty.
  public var runs: [(text: Substring, role: TextRole?)] {
    var out = [(text: Substring, role: TextRole?)]()
    let utf8 = text.utf8
    var index = utf8.startIndex
    var offset = 0
    func take(to end: Int, _ role: TextRole?) {
      guard end > offset else { return }
      let next = utf8.index(index, offsetBy: end - offset)
      out.append((text[index..<next], role))
      index = next
      offset = end
    }
    for span in spans {
      take(to: span.range.lowerBound, nil)
      take(to: span.range.upperBound, span.role)
    }
    take(to: utf8.count, nil)
    return out
  }

  /// The text without whitespace at its end, its spans cut to match (as
  /// `String.trimmingTrailingWhitespace`).
  public func trimmingTrailingWhitespace() -> StyledText {
    let kept = text.trimmingTrailingWhitespace()
    guard kept.utf8.count < text.utf8.count else { return self }
    var out = StyledText(kept)
    let end = kept.utf8.count
    out.spans = spans.compactMap { span in
      let upper = min(span.range.upperBound, end)
      return span.range.lowerBound < upper ? Span(range: span.range.lowerBound..<upper, role: span.role) : nil
    }
    return out
  }
}
