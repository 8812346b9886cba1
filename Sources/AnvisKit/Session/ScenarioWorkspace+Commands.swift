// The scenario workspace's commands: scenarios, levers and simulation (handlers in ScenarioWorkspace+Scenarios.swift, +Management, +Simulate).

extension ScenarioWorkspace {
  /// `scenario`, `scenarios`, `levers`, `set`, `reset`, `allocate`, `simulate`, `compare`, `why`.
  static let simulationCommands: [CommandSpec] = [
    CommandSpec(
      "scenario", group: .simulation, arguments: [.init("NAME|drop|rename|diff", .scenario), .init("from BASE|NAME…", .text, .optional)], summary: "create a scenario, or switch to one; drop, rename or diff scenarios",
      help: """
        A scenario is a named set of lever values over the baseline. A new scenario starts as a
        copy of BASE (default: baseline); the prompt shows the current one. Scenarios are saved
        in the data set's scenarios/ folder as plain files. `scenario baseline` switches back.
        `scenario drop NAME` deletes one, `scenario rename OLD NEW` renames one (its file is
        replaced atomically), `scenario diff A B` lists the levers that differ, with both values.
        In batch mode (`run`, `-c`, stdin) saved scenarios are not read and nothing is written
        to scenarios/ unless anvis is started with --save-
        """,
      completer: { shell, words, index in shell.scenarios.scenarioCompletions(words, index, in: shell) },
      handler: { shell, input throws(CommandError) in try shell.scenarios.scenarioCommand(input, in: shell) }),
    CommandSpec(
      "scenarios", group: .simulation, summary: "the scenarios and what they change",
      handler: { shell, input throws(CommandError) in
        return shell.scenarios.listScenarios(in: shell)
      }),
    CommandSpec(
      "levers", group: .simulation, summary: "every lever: its value, its baseline value and what it means",
      handler: { shell, input throws(CommandError) in
        return shell.scenarios.listLevers(in: shell)
      }),
    CommandSpec(
      "set", group: .simulation, arguments: [.init("LEVER = VALUE", .text)], summary: "move a lever in the current scenario",
      help: """
        For example `set youth.claim = true`, `set rent.cap = 4000`, `set policy = best-fit`,
        `set anvisning.share[org-3] = 0.5` (one organisation) or `set anvisning.share = 30%`.
        `levers` lists them all. The baseline itself cannot change: make a scenario first.
        """,
      completer: { shell, arguments, index in shell.scenarios.setCompletions(arguments, index: index, in: shell) },
      handler: { shell, input throws(CommandError) in try shell.scenarios.setLever(input, in: shell) }),
    CommandSpec(
      "reset", group: .simulation, arguments: [.init("LEVER|all", .lever)], summary: "put a lever back to its baseline value",
      completer: { _, _, index in index == 0 ? Lever.allCases.map(\.name) + ["all"] : [] },
      handler: { shell, input throws(CommandError) in try shell.scenarios.resetLever(input, in: shell) }),
    CommandSpec(
      "allocate", group: .simulation, summary: "match today's claimable vacancies to waiting cases once, by the policy",
      help: "The result is the table `allocation`: case, unit, where, rent, match score and the rule path.",
      handler: { shell, input throws(CommandError) in
        return shell.scenarios.allocate(in: shell)
      }),
    CommandSpec(
      "simulate", group: .simulation, arguments: [.init("months N", .text, .optional), .init("runs R", .text, .optional), .init("seed S", .text, .optional)], summary: "run the current scenario forward, day by day, many times",
      help: """
        Defaults: months 12, runs 100, seed 1. The same seed gives the same result on any
        machine. Results are tables: outcomes (one row per run), placements, monthly,
        summary, org_outcomes, tenancies (every tenancy and how it ended) and costs (one
        row per run). Ctrl-C cancels.
        """,
      completer: { _, _, index in index % 2 == 0 ? ["months", "runs", "seed"] : [] },
      handler: { shell, input throws(CommandError) in try shell.scenarios.simulate(input, in: shell) }),
    CommandSpec(
      "compare", group: .simulation, arguments: [.init("A", .scenario), .init("B", .scenario, .repeating)], summary: "scenarios side by side: every metric, the differences, bar charts",
      help: "Scenarios not yet simulated run with the months, runs and seed of the last `simulate`.",
      handler: { shell, input throws(CommandError) in try shell.scenarios.compare(input, in: shell) }),
    CommandSpec(
      "why", group: .simulation, arguments: [.init("CASE", .caseID)], summary: "which rules keep a case from which homes, and what would have to change",
      help: """
        For a case: how many units each rule excludes (table why); what else kept it from today's
        allocate — the kommune's turn (anvisning.share), a full support method, dept.cap, cases
        that came first (table why_obstacles) — with the lever to move; how often the latest
        simulate of the scenario housed it; and the nearest units (table why_nearest).
        """,
      handler: { shell, input throws(CommandError) in try shell.scenarios.why(input, in: shell) }),
  ]
}

extension ScenarioWorkspace {
  /// Tab after `set`: the lever names; after `set LEVER =`, its listed values; after
  /// `set anvisning.share[`, the organisations' ids.
  func setCompletions(_ arguments: [String], index: Int, in shell: Shell) -> [String] {
    if index == 0 { return Lever.allCases.map(\.name) }
    guard let first = arguments.first else { return [] }
    if index == 1, first.hasSuffix("["), Lever(rawValue: String(first.dropLast())) == .anvisningShare {
      return shell.dataset.organisations.map(\.id).naturallySorted()
    }
    let name = first.hasSuffix("=") ? String(first.dropLast()) : first
    let afterEquals = first.hasSuffix("=") ? index == 1 : index == 2 && arguments.dropFirst().first == "="
    guard afterEquals, let lever = Lever(rawValue: String(name.prefix { $0 != "[" })) else { return [] }
    return lever.valueChoices
  }
}
