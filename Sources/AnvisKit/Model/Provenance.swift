/// Where a result table came from: the command that made it, the scenario it ran under and the
/// run settings. `tables` shows it as the table's origin, e.g.
/// `simulate youth-first months 12 runs 100 seed 7`.
public struct Provenance: Hashable, Sendable, CustomStringConvertible {
  /// `simulate` or `allocate`.
  public var command: String
  public var scenario: String
  /// `months 12 runs 100 seed 7`, or nil for a command without run settings.
  public var settings: String?

  public init(command: String, scenario: String, settings: String? = nil) {
    self.command = command
    self.scenario = scenario
    self.settings = settings
  }

  public var description: String {
    ([command, scenario] + (settings.map { [$0] } ?? [])).joined(separator: " ")
  }
}

extension TableCatalog {
  /// Result tables a command makes, and what to run to make them: a query naming one before
  /// it exists is told that instead of "unknown table".
  public static let promisedResults: [String: String] = {
    var promised = ["allocation": "run allocate first"]
    for name in ["outcomes", "placements", "monthly", "summary", "org_outcomes", "tenancies", "costs"] {
      promised[name] = "run simulate first (or allocate)"
    }
    return promised
  }()

  /// What to run to make `name`, when it is a result table not made yet.
  public func promise(for name: String) -> String? {
    table(named: name) == nil ? Self.promisedResults[name] : nil
  }
}
