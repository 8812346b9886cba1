/// One entry of the command table: its name, how it is used, what it does and the code that
/// runs it. Subsystems contribute arrays of these (see `CommandTable`).
public struct CommandSpec: Sendable {
  /// Runs the command on the shell; returns values, never printed text.
  public typealias Handler = @Sendable (Shell, CommandInput) throws(CommandError) -> Reply
  /// Candidates for the argument at `index` (0-based) of a partly typed command; the shell
  /// keeps those starting with what is typed.
  public typealias Completer = @Sendable (Shell, _ arguments: [String], _ index: Int) -> [String]

  /// What the user types, e.g. `describe` or `.mode`.
  public var name: String
  /// Other names that run the same command (e.g. `.exit` for `.quit`).
  public var aliases: [String]
  /// Group the command is listed under in `.help`.
  public var group: CommandGroup
  /// The positional arguments, declared once (see `CommandSpec+Arguments.swift`); `usage`
  /// is made from them and the flags.
  public var arguments: [Argument]
  /// One line for the `.help` list.
  public var summary: String
  /// Longer help shown by `.help NAME`; may be empty.
  public var help: String
  public var handler: Handler
  /// Candidates beyond what the arguments' kinds offer (e.g. a record's ids after its kind).
  public var completer: Completer?
  /// The flags the command takes, declared once: parsing (`CommandInput.flags`), Tab
  /// completion and the unknown-flag hint all come from here.
  public var flags: [Flag]

  /// A flag a command takes, e.g. `--force`.
  public struct Flag: Hashable, Sendable {
    /// As typed, with its dashes: `--force`.
    public var name: String
    /// One line for help.
    public var help: String
    /// What the word after the flag is (`a folder`), when the flag takes one (`--data DIR`).
    public var value: String?
    /// The word usage shows for the value (`DIR`).
    public var valueName: String?

    public init(_ name: String, value: String? = nil, valueName: String? = nil, help: String = "") {
      self.name = name
      self.value = value
      self.valueName = value == nil ? nil : valueName ?? "VALUE"
      self.help = help
    }
  }

  public init(
    _ name: String, aliases: [String] = [], group: CommandGroup, arguments: [Argument] = [], summary: String,
    help: String = "", flags: [Flag] = [], completer: Completer? = nil, handler: @escaping Handler
  ) {
    self.flags = flags
    self.name = name
    self.aliases = aliases
    self.group = group
    self.arguments = arguments
    self.summary = summary
    self.help = help
    self.completer = completer
    self.handler = handler
  }

  /// The name and the aliases.
  public var names: [String] { [name] + aliases }
}

/// The headings `.help` lists commands under, in this order.
public enum CommandGroup: Int, CaseIterable, Sendable, Comparable {
  case shell, data, query, simulation, session

  public var title: String {
    switch self {
    case .shell: "Shell"
    case .data: "Data"
    case .query: "Queries"
    case .simulation: "Scenarios and simulation"
    case .session: "Sessions"
    }
  }

  public static func < (a: CommandGroup, b: CommandGroup) -> Bool { a.rawValue < b.rawValue }
}
