// Extension point for scenarios, levers and simulation (owned by the simulation helper).

extension Shell {
  /// Commands for scenarios and simulation (`scenario`, `set`, `allocate`, `simulate`, …); empty for now.
  static let simulationCommands: [CommandSpec] = []
}

/// State the simulator keeps between inputs (scenarios, the current one); empty for now.
public struct SimulationState: Sendable {
  public init() {}
}
