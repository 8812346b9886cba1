// A command's positional arguments, declared once beside its flags: the usage line, the
// argument-count and unknown-flag checks and Tab completion all come from the declaration.

extension CommandSpec {
  /// One positional argument: the name usage shows, what kind of thing it is and how often
  /// it may come.
  public struct Argument: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
      /// A table of the catalog.
      case table
      /// A scenario's name.
      case scenario
      /// A file's path.
      case file
      /// A saved session's name.
      case session
      /// A lever's name.
      case lever
      /// A number; the values are offered as examples.
      case number([String])
      /// A command's name or a help topic.
      case command
      /// A word the command reads itself (a record's id, a new name); its completer, if any,
      /// offers candidates.
      case word
      /// A case's id.
      case caseID
      /// One of these words.
      case choice([String])
      /// Words the command reads by a syntax of its own (an assignment, `months N`, a note):
      /// neither counted nor checked for flags here.
      case text
    }

    public enum Arity: Hashable, Sendable {
      case one, optional, repeating
    }

    public var name: String
    public var kind: Kind
    public var arity: Arity

    public init(_ name: String, _ kind: Kind, _ arity: Arity = .one) {
      self.name = name
      self.kind = kind
      self.arity = arity
    }

    /// `NAME`, `[NAME]` or `NAME …`.
    public var usage: String {
      switch arity {
      case .one: name
      case .optional: "[\(name)]"
      case .repeating: "\(name) …"
      }
    }
  }

  /// The synopsis, made from the name, the arguments and the flags: `.save NAME [--force]`.
  public var usage: String {
    ([name] + arguments.map(\.usage) + flags.map(\.usage)).joined(separator: " ")
  }

  /// Whether the command reads (some of) its words by a syntax of its own.
  public var hasOwnSyntax: Bool { arguments.contains { $0.kind == .text } }

  /// The most positional words the command takes; nil: no limit.
  public var maximumArguments: Int? {
    if hasOwnSyntax || arguments.contains(where: { $0.arity == .repeating }) { return nil }
    return arguments.count
  }

  /// The argument a word at `index` (0-based, among the positional words) stands for.
  public func argument(at index: Int) -> Argument? {
    if index < arguments.count { return arguments[index] }
    return arguments.last.flatMap { $0.arity == .repeating ? $0 : nil }
  }
}

extension CommandSpec.Flag {
  /// `[--force]`, `[--data DIR]`.
  public var usage: String { "[" + name + (valueName.map { " " + $0 } ?? "") + "]" }
}

extension CommandInput {
  /// Checks the words against a command's declaration before it runs: an unknown or repeated
  /// flag, a flag without its value, or more words than the arguments declared is an error
  /// with a caret. A command with a syntax of its own checks its words itself.
  public func check(_ spec: CommandSpec) throws(CommandError) {
    guard !spec.hasOwnSyntax else { return }
    try check(spec.arguments, flags: spec.flags, usage: spec.usage)
  }

  /// Checks the words after the first `skip` positional ones (a subcommand's name, e.g.
  /// `scenario drop`) against `arguments` and `flags`.
  /// A word given for a `choice` argument must be one of its values (in any case).
  public func check(
    _ arguments: [CommandSpec.Argument], flags: [CommandSpec.Flag] = [], skip: Int = 0, usage: String? = nil
  ) throws(CommandError) {
    let parsed = try parse(flags)
    for (i, word) in parsed.positional.dropFirst(skip).enumerated() {
      guard i < arguments.count, case .choice(let values) = arguments[i].kind,
        !values.contains(word.text.lowercased())
      else { continue }
      throw .at(
        word, CommandError.notOneOf(values, found: word.text),
        hint: NearMiss.hint(for: word.text, among: values) ?? usage.map { "usage: " + $0 })
    }
    guard !arguments.contains(where: { $0.arity == .repeating }) else { return }
    let most = arguments.count
    guard parsed.positional.count > skip + most else { return }
    let extra = parsed.positional[skip + most]
    let command = ([name.text] + parsed.positional.prefix(skip).map(\.text)).joined(separator: " ")
    var hint = "'\(command)' takes \(most == 0 ? "no" : "at most \(most)") argument\(most == 1 ? "" : "s")"
    if !flags.isEmpty { hint += "; options: " + flags.map(\.usage).joined(separator: " ") }
    throw .at(extra, "unexpected '\(extra.text)'", hint: hint)
  }
}

extension Shell {
  /// Tab candidates for an argument of this kind.
  func candidates(for kind: CommandSpec.Argument.Kind) -> [String] {
    switch kind {
    case .table: catalog.names
    case .scenario: scenarios.scenarioNames(in: self)
    case .file, .text, .word: []
    case .session: session.store.names()
    case .lever: Lever.allCases.map(\.name)
    case .number(let examples), .choice(let examples): examples
    case .command: commands.allNames + HelpTopic.allNames
    case .caseID: dataset.cases.map(\.id)
    }
  }
}
