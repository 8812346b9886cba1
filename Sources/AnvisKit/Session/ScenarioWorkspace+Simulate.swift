// Handlers of allocate, simulate, compare and why; the command table is in
// ScenarioWorkspace+Commands.swift.

extension ScenarioWorkspace {
  /// Names of the tables `simulate` binds.
  static let simulationTableNames = [
    "outcomes", "placements", "monthly", "summary", "org_outcomes", "tenancies", "costs",
  ]

  func allocate(in shell: Shell) -> Reply {
    let scenario = currentScenario(in: shell)
    let allocation = Allocator.allocate(dataset: shell.dataset, scenario: scenario)
    shell.bindResults([allocation.table], from: Provenance(command: "allocate", scenario: scenario.name))
    return Reply(
      [
        .text((["scenario \(scenario.name)"] + allocation.summary.lines).joined(separator: "\n")),
        .table(allocation.table),
      ])
  }

  func simulate(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    let parameters = try Shell.runParameters(
      Array(input.arguments), input: input, example: "simulate months 12 runs 100 seed 1")
    let scenario = currentScenario(in: shell)
    let result = try run(scenario, parameters, in: shell)
    lastParameters = parameters
    shell.bindResults(
      result.tables,
      from: Provenance(command: "simulate", scenario: scenario.name, settings: Shell.settingsText(parameters)))
    var items: [Reply.Item] = [.metrics(SimulationReport.summary(result))]
    // Programs read the summary lines' numbers as the `summary` table.
    if let summary = result.tables.first(where: { $0.name == "summary" }) { items.append(.data(summary)) }
    items += SimulationReport.charts(result).map { Reply.Item.chart($0) }
    items.append(.notice("tables: " + ScenarioWorkspace.simulationTableNames.joined(separator: ", ")))
    return Reply(items)
  }

  /// Runs (or reuses) a scenario's result for these parameters.
  func run(_ scenario: Scenario, _ parameters: ScenarioWorkspace.RunParameters, label: String? = nil, in shell: Shell)
    throws(CommandError) -> SimulationResult
  {
    if let cached = self.result(for: scenario, parameters) { return cached }
    shell.cancellation.describe(label ?? "simulate \(scenario.name)")
    do {
      let result = try Simulator.run(
        dataset: shell.dataset, scenario: scenario, months: parameters.months, runs: parameters.runs,
        seed: parameters.seed, cancellation: shell.cancellation)
      store(result, for: scenario, parameters)
      return result
    } catch .cancelled {
      throw .cancelled
    } catch {
      throw .failed(error)
    }
  }

  func compare(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    prepareScenarios(in: shell)
    let words = Array(input.arguments)
    guard words.count >= 2 else {
      throw input.missing("at least two scenario names", hint: "compare baseline NAME")
    }
    var chosen = [Scenario]()
    for word in words {
      guard let s = self.scenario(named: word.text) else {
        throw noScenario(word, in: shell)
      }
      chosen.append(s)
    }
    let parameters = lastParameters
    let fresh = chosen.filter { self.result(for: $0, parameters) == nil }.map(\.name)
    var results = [SimulationResult]()
    for (i, s) in chosen.enumerated() {
      results.append(try run(s, parameters, label: "compare: \(s.name), \(i + 1) of \(chosen.count)", in: shell))
    }
    let comparison = Comparison(results: results)
    shell.catalog.bind(comparison.table, origin: .result)
    let header =
      "\(parameters.months) months × \(parameters.runs) runs, seed \(parameters.seed); diff = scenario − \(chosen[0].name)"
    var ran = [String]()
    for name in fresh where !ran.contains(name) { ran.append(name) }
    let notices = ran.isEmpty ? [] : [Reply.Item.notice("simulated now: " + ran.joined(separator: ", "))]
    let leftOut = SimulationReport.leftOut(comparison).map { [Reply.Item.text($0)] } ?? []
    let charts = SimulationReport.charts(comparison).map { Reply.Item.chart($0) }
    return Reply(notices + [.text(header), .table(comparison.table)] + leftOut + charts)
  }

  func why(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    guard let word = input.argument(0) else { throw input.missing("a case id", hint: "why c-0001") }
    let scenario = currentScenario(in: shell)
    let explanation: Explanation
    do {
      explanation = try Why.explain(caseID: word.text, dataset: shell.dataset, scenario: scenario)
    } catch {
      throw .at(word, error)
    }
    shell.catalog.bind(explanation.rules, origin: .result)
    shell.catalog.bind(explanation.obstacles, origin: .result)
    shell.catalog.bind(explanation.nearest, origin: .result)
    var items: [Reply.Item] = [.text(explanation.lines.joined(separator: "\n")), .table(explanation.rules)]
    if explanation.obstacles.rowCount > 0 {
      items += [.text("what else kept it from today's homes:"), .table(explanation.obstacles)]
    }
    if let latest = latestResult(of: scenario.name),
      let line = Why.simulated(
        caseID: explanation.caseID, result: latest, dataset: shell.dataset, levers: scenario.levers)
    {
      items.append(.text(line))
    }
    items += [
      .text(
        explanation.eligibleUnits > 0
          ? "nearest units it may be offered:" : "nearest units, and what blocks them:"),
      .table(explanation.nearest),
    ]
    return Reply(items)
  }
}
