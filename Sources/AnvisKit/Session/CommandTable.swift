/// All commands the shell knows, each subsystem's contribution in its own file:
/// `Shell+CoreCommands.swift`, `QueryWorkspace.swift`, `Shell+QueryCommands.swift`,
/// `ScenarioWorkspace+Commands.swift`, `ScenarioWorkspace+CalibrationCommands.swift`, `ScenarioWorkspace+Results.swift` and
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
    Shell.coreCommands + Shell.displayCommands + Shell.bailCommands + Shell.outputCommands + Shell.queryCommands
      + Shell.limitCommands + ScenarioWorkspace.simulationCommands + ScenarioWorkspace.resultsCommands
      + Shell.boligstotteCommands + ScenarioWorkspace.calibrationCommands + SessionController.commands)

  /// The command with this name or alias.
  public func command(named name: String) -> CommandSpec? { byName[name].map { commands[$0] } }

  /// Every name and alias, in table order.
  public var allNames: [String] { commands.flatMap(\.names) }
}
