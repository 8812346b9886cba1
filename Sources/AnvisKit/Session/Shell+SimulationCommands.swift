// Scenarios, levers and simulation in the shell (owned by the simulation helper).

extension Shell {
  /// `scenario`, `scenarios`, `levers`, `set`, `reset`, `allocate`, `simulate`, `compare`, `why`.
  static let simulationCommands: [CommandSpec] = [
    CommandSpec(
      "scenario", group: .simulation, usage: "scenario NAME [from BASE]",
      summary: "create a scenario, or switch to one",
      help: """
        A scenario is a named set of lever values over the baseline. A new scenario starts as a
        copy of BASE (default: baseline); the prompt shows the current one. Scenarios are saved
        in the data set's scenarios/ folder as plain files. `scenario baseline` switches back.
        `scenario drop NAME` deletes one, `scenario rename OLD NEW` renames one (its file is
        replaced atomically), `scenario diff A B` lists the levers that differ, with both values.
        In batch mode (`run`, `-c`, stdin) saved scenarios are not read and nothing is written
        to scenarios/ unless anvis is started with --save-scenarios.
        """,
      completer: { shell, words, index in
        let sub = words.first.flatMap { Shell.scenarioSubcommands.contains($0) ? $0 : nil }
        switch (index, sub) {
        case (0, _): return shell.scenarioNames + Shell.scenarioSubcommands
        case (1, "diff"?): return shell.scenarioNames
        case (1, _?): return shell.scenarioNames.filter { $0 != Scenario.baselineName }
        case (1, nil): return ["from"]
        case (2, "diff"?): return shell.scenarioNames
        case (2, nil) where words.count > 1 && words[1] == "from": return shell.scenarioNames
        default: return []
        }
      },
      handler: { shell, input throws(CommandError) in try shell.scenarioCommand(input) }),
    CommandSpec(
      "scenarios", group: .simulation, usage: "scenarios", summary: "the scenarios and what they change",
      handler: { shell, input throws(CommandError) in
        try input.expectAtMost(0)
        return shell.listScenarios()
      }),
    CommandSpec(
      "levers", group: .simulation, usage: "levers",
      summary: "every lever: its value, its baseline value and what it means",
      handler: { shell, input throws(CommandError) in
        try input.expectAtMost(0)
        return shell.listLevers()
      }),
    CommandSpec(
      "set", group: .simulation, usage: "set LEVER = VALUE",
      summary: "move a lever in the current scenario",
      help: """
        For example `set youth.claim = true`, `set rent.cap = 4000`, `set policy = best-fit`,
        `set anvisning.share[org-3] = 0.5` (one organisation) or `set anvisning.share = 30%`.
        `levers` lists them all. The baseline itself cannot change: make a scenario first.
        """,
      completer: { _, _, index in index == 0 ? Lever.allCases.map(\.name) : [] },
      handler: { shell, input throws(CommandError) in try shell.setLever(input) }),
    CommandSpec(
      "reset", group: .simulation, usage: "reset LEVER|all",
      summary: "put a lever back to its baseline value",
      completer: { _, _, index in index == 0 ? Lever.allCases.map(\.name) + ["all"] : [] },
      handler: { shell, input throws(CommandError) in try shell.resetLever(input) }),
    CommandSpec(
      "allocate", group: .simulation, usage: "allocate",
      summary: "match today's claimable vacancies to waiting cases once, by the policy",
      help: "The result is the table `allocation`: case, unit, where, rent, match score and the rule path.",
      handler: { shell, input throws(CommandError) in
        try input.expectAtMost(0)
        return shell.allocate()
      }),
    CommandSpec(
      "simulate", group: .simulation, usage: "simulate [months N] [runs R] [seed S]",
      summary: "run the current scenario forward, day by day, many times",
      help: """
        Defaults: months 12, runs 100, seed 1. The same seed gives the same result on any
        machine. Results are tables: outcomes (one row per run), placements, monthly,
        summary, org_outcomes, tenancies (every tenancy and how it ended) and costs (one
        row per run). Ctrl-C cancels.
        """,
      completer: { _, _, index in index % 2 == 0 ? ["months", "runs", "seed"] : [] },
      handler: { shell, input throws(CommandError) in try shell.simulate(input) }),
    CommandSpec(
      "compare", group: .simulation, usage: "compare A B …",
      summary: "scenarios side by side: every metric, the differences, bar charts",
      help: "Scenarios not yet simulated run with the months, runs and seed of the last `simulate`.",
      completer: { shell, _, _ in shell.scenarioNames },
      handler: { shell, input throws(CommandError) in try shell.compare(input) }),
    CommandSpec(
      "why", group: .simulation, usage: "why CASE",
      summary: "which rules keep a case from which homes, and what would have to change",
      help: """
        For a case: how many units each rule excludes (table why); what else kept it from today's
        allocate — the kommune's turn (anvisning.share), a full support method, dept.cap, cases
        that came first (table why_obstacles) — with the lever to move; how often the latest
        simulate of the scenario housed it; and the nearest units (table why_nearest).
        """,
      completer: { shell, _, index in index == 0 ? shell.dataset.cases.map(\.id) : [] },
      handler: { shell, input throws(CommandError) in try shell.why(input) }),
  ]
}

/// State the simulator keeps between inputs: the scenarios, the current one, the latest results.
public struct SimulationState: Sendable {
  /// Scenarios in the order they were made; the first is the baseline.
  public internal(set) var scenarios: [Scenario] = []
  /// The current scenario's name.
  public internal(set) var current = Scenario.baselineName
  /// Latest result per scenario name, with the scenario's lever values (its file text) and the
  /// months, runs and seed it ran with: a result is reused only for exactly these.
  var results: [(scenario: String, levers: String, parameters: RunParameters, result: SimulationResult)] = []
  /// Months, runs and seed of the latest `simulate`; `compare` reuses them.
  var lastParameters = RunParameters()
  /// Which data set generation the scenarios and results were built for, plus one (0: none yet);
  /// `.reload` starts a new generation, so both are rebuilt.
  var datasetKey = 0
  /// Read the scenarios saved in the data set's `scenarios/` folder when the shell starts.
  /// A replay turns this off so that it starts from the baseline, as the recording did.
  public var readsSavedScenarios = true
  /// Save scenarios to `scenarios/NAME.scenario` when they change.
  public var savesScenarios = true
  /// Scenarios read from the data set's `scenarios/` folder (not made in this shell):
  /// switching to one says which levers it moves.
  var savedAtStart: Set<String> = []
  /// Saved scenario files that could not be read (`file:line:column: message`).
  public internal(set) var fileProblems: [String] = []

  public init() {}

  struct RunParameters: Hashable, Sendable {
    var months = 12
    var runs = 100
    var seed: UInt64 = 1
  }

  func result(for scenario: Scenario, _ parameters: RunParameters) -> SimulationResult? {
    let levers = scenario.fileText
    return results.first {
      $0.scenario == scenario.name && $0.levers == levers && $0.parameters == parameters
    }?.result
  }

  mutating func store(_ result: SimulationResult, for scenario: Scenario, _ parameters: RunParameters) {
    results.removeAll { $0.scenario == scenario.name }
    results.append((scenario.name, scenario.fileText, parameters, result))
  }
}
