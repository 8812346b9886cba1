/// One complete input, split into whitespace-separated words that remember where they were,
/// so a command can put a caret under the word it did not like.
public struct CommandInput: Sendable {
  /// A word of the input, its kind and its position (1-based line and column, counted in
  /// characters; the text runs `length` characters from there, quotes included).
  public struct Word: Hashable, Sendable {
    /// What the scanner saw: a plain word, a flag (`--force`) or a quoted string (`"a b"`,
    /// whose text leaves the quotes out and is never a flag).
    public typealias Kind = CommandScanner.Token.Kind

    public var text: String
    public var line: Int
    public var column: Int
    public var kind: Kind

    public init(text: String, line: Int, column: Int, kind: Kind = .word) {
      self.text = text
      self.line = line
      self.column = column
      self.kind = kind
    }

    /// Characters the word takes in the source, quotes included.
    public var length: Int { kind == .quoted ? text.count + 2 : text.count }
  }

  /// The whole input as typed (several lines for a continued input).
  public let source: String
  /// All words; the first is the command name.
  public let words: [Word]

  /// The input's tokens as `CommandScanner` read them, with their source ranges.
  public let tokens: [CommandScanner.Token]

  /// Splits `source` into words with the shared scanner (`CommandScanner`): at whitespace; a
  /// word that starts with `"` or `'` runs to the matching quote (so a file name may hold
  /// spaces) and its text leaves the quotes out; a word that starts with `#` begins a comment
  /// that runs to the end of its line.
  public init(_ source: String) {
    self.source = source
    tokens = CommandScanner.tokens(source)
    words = tokens.map { Word(text: $0.text, line: $0.line, column: $0.column, kind: $0.kind) }
  }

  /// The command's name (the first word); an empty word for blank input.
  public var name: Word { words.first ?? Word(text: "", line: 1, column: 1) }

  /// The words after the command's name.
  public var arguments: ArraySlice<Word> { words.dropFirst() }

  /// The arguments that are not flags, in order.
  public var positional: [Word] { arguments.filter { $0.kind != .flag } }

  /// The arguments parsed against the command's declared flags.
  public struct Parsed: Sendable {
    /// The flags given, each as typed, in order.
    public var flags: [Word] = []
    /// The word after each flag that takes one, by the flag's name.
    public var values: [String: Word] = [:]
    /// The other arguments, in order.
    public var positional: [Word] = []

    public func has(_ name: String) -> Bool { flags.contains { $0.text == name } }
  }

  /// Splits the arguments into flags (with their values) and the rest, checked against the
  /// declared flags: an unknown or repeated flag, or a flag without its value, is an error.
  public func parse(_ declared: [CommandSpec.Flag]) throws(CommandError) -> Parsed {
    _ = try flags(declared)
    var parsed = Parsed()
    let words = Array(arguments)
    var i = 0
    while i < words.count {
      let word = words[i]
      i += 1
      guard word.kind == .flag, let flag = declared.first(where: { $0.name == word.text }) else {
        parsed.positional.append(word)
        continue
      }
      parsed.flags.append(word)
      guard let value = flag.value else { continue }
      guard i < words.count, words[i].kind != .flag else { throw .at(end, "expected \(value) after \(word.text)") }
      parsed.values[flag.name] = words[i]
      i += 1
    }
    return parsed
  }

  /// The flags given, checked against the command's declared ones: an unknown flag is an
  /// error under it with the nearest declared one as a hint, a repeated one too.
  public func flags(_ declared: [CommandSpec.Flag]) throws(CommandError) -> Set<String> {
    var given = Set<String>()
    for word in arguments where word.kind == .flag {
      guard declared.contains(where: { $0.name == word.text }) else {
        let names = declared.map(\.name)
        throw .at(
          word, "unknown option '\(word.text)'",
          hint: NearMiss.hint(for: word.text, among: names)
            ?? (names.isEmpty ? "'\(name.text)' takes no options" : "options: " + names.joined(separator: ", ")))
      }
      guard given.insert(word.text).inserted else { throw .at(word, "'\(word.text)' is given twice") }
    }
    return given
  }

  /// The `index`-th argument (0-based), if given.
  public func argument(_ index: Int) -> Word? {
    let i = index + 1
    return i < words.count ? words[i] : nil
  }

  /// The text after the command's name, trimmed, for commands with a syntax of their own.
  public var rest: String {
    guard let first = words.first else { return "" }
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    var out = [Substring]()
    for (i, text) in lines.enumerated() {
      let n = i + 1
      if n < first.line { continue }
      if n == first.line {
        out.append(text.dropFirst(first.column - 1 + first.text.count))
      } else {
        out.append(text)
      }
    }
    return out.joined(separator: "\n").trimmingWhitespace()
  }

  /// Where a missing word would go: just past the end of the input.
  public var end: Word {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let last = lines.last.map { String($0) } ?? ""
    let trimmed = last.trimmingTrailingWhitespace()
    return Word(text: "", line: max(1, lines.count), column: trimmed.count + 2)
  }

  /// "expected …" at the end of the input.
  public func missing(_ what: String, hint: String? = nil) -> CommandError {
    let at = end
    return .diagnostic(Diagnostic("expected \(what)", line: at.line, column: at.column, hint: hint))
  }

  /// An error under one word.
  public func error(at word: Word, _ message: String, hint: String? = nil) -> CommandError {
    .at(word, message, hint: hint)
  }
}

extension StringProtocol {
  /// The text without leading and trailing whitespace and newlines.
  func trimmingWhitespace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }

  /// The text without trailing whitespace.
  func trimmingTrailingWhitespace() -> String {
    guard let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
    return String(self[...last])
  }
}
