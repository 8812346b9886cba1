/// All commands the shell knows, each subsystem's contribution in its own file:
/// `Shell+CoreCommands.swift`, `QueryWorkspace.swift`, `Shell+QueryCommands.swift`,
/// `Shell+SimulationCommands.swift`, `Shell+CalibrationCommands.swift` and
/// `SessionController+Commands.swift`.
public struct CommandTable: Sendable {
  public let commands: [CommandSpec]
  private let byName: [String: Int]

  public init(_ commands: [CommandSpec]) {
    self.commands = commands
    var byName = [String: Int]()
    for (i, spec) in commands.enumerated() {
      for name in spec.names where byName[name] == nil { byName[name] = i }
    }
    self.byName = byName
  }

  /// The shell's table: core, query, simulation and session commands.
  public static let standard = CommandTable(
    Shell.coreCommands + Shell.bailCommands + QueryWorkspace.commands + Shell.queryCommands
      + Shell.limitCommands + Shell.simulationCommands + Shell.resultsCommands + Shell.boligstotteCommands
      + Shell.calibrationCommands + SessionController.commands)

  /// The command with this name or alias.
  public func command(named name: String) -> CommandSpec? { byName[name].map { commands[$0] } }

  /// Every name and alias, in table order.
  public var allNames: [String] { commands.flatMap(\.names) }
}
