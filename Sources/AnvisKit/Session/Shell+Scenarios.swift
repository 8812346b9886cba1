// Handlers of the scenario and lever commands; the command table is in
// Shell+SimulationCommands.swift.

extension Shell {
  /// Scenario names in the order they were made (baseline first).
  var scenarioNames: [String] {
    prepareScenarios()
    return simulation.scenarios.map(\.name)
  }

  /// The current scenario.
  var currentScenario: Scenario {
    prepareScenarios()
    return simulation.scenarios.first { $0.name == simulation.current } ?? Scenario(dataset: dataset)
  }

  /// The data set's saved scenarios, when the data set came from a folder.
  var scenarioStore: ScenarioStore? { dataDirectory.map { ScenarioStore(dataFolder: $0) } }

  /// Builds the baseline and reads saved scenarios the first time (and again after `.reload`).
  /// Files that no longer apply are skipped; `scenarioProblems` says why.
  @discardableResult
  func prepareScenarios() -> [String] {
    let key = datasetGeneration + 1
    guard simulation.datasetKey != key else { return [] }
    var problems = [String]()
    var list = [Scenario(dataset: dataset)]
    var texts = simulation.scenarios.dropFirst().map { (name: $0.name, text: $0.fileText) }
    if simulation.datasetKey == 0, simulation.readsSavedScenarios, let store = scenarioStore {
      let saved = store.readAll()
      texts += saved.texts
      problems += saved.problems.map(\.description)
    }
    for (name, text) in texts where !list.contains(where: { $0.name == name }) {
      do {
        var scenario = try Scenario.parse(fileText: text, dataset: dataset)
        scenario.name = name
        list.append(scenario)
      } catch {
        problems.append("scenarios/\(name).scenario:\(error.line):\(error.column): \(error.message)")
      }
    }
    simulation.scenarios = list
    simulation.fileProblems = problems
    simulation.results = []
    simulation.datasetKey = key
    if !list.contains(where: { $0.name == simulation.current }) { simulation.current = Scenario.baselineName }
    promptLabel = simulation.current == Scenario.baselineName ? nil : simulation.current
    return problems
  }

  /// Replaces the current scenario and saves it.
  func update(_ scenario: Scenario) throws(CommandError) {
    if let i = simulation.scenarios.firstIndex(where: { $0.name == scenario.name }) {
      simulation.scenarios[i] = scenario
    } else {
      simulation.scenarios.append(scenario)
    }
    simulation.results.removeAll { $0.scenario == scenario.name }
    try save(scenario)
  }

  /// Writes `scenarios/NAME.scenario` atomically (owner-only); nothing when the data set was
  /// built in code.
  func save(_ scenario: Scenario) throws(CommandError) {
    guard simulation.savesScenarios, !session.sandboxed, let store = scenarioStore,
      scenario.name != Scenario.baselineName
    else {
      return
    }
    do {
      try store.write(scenario.fileText, as: scenario.name)
    } catch {
      throw .failure(error.description)
    }
  }

  func scenarioCommand(_ input: CommandInput) throws(CommandError) -> Reply {
    let problems = prepareScenarios()
    try input.expectAtMost(3)
    guard let nameWord = input.argument(0) else { throw input.missing("a scenario name") }
    let name = nameWord.text
    guard Scenario.isValidName(name) else {
      throw .at(nameWord, "a scenario name is a plain word (letters, digits, '-', '_')")
    }
    var base = Scenario.baselineName
    if let from = input.argument(1) {
      guard from.text == "from" else {
        throw .at(from, "expected 'from'", hint: "scenario \(name) from BASE")
      }
      guard let baseWord = input.argument(2) else { throw input.missing("the scenario to start from") }
      guard scenarioNames.contains(baseWord.text) else {
        throw .at(
          baseWord, "no scenario '\(baseWord.text)'",
          hint: NearMiss.hint(for: baseWord.text, among: scenarioNames))
      }
      base = baseWord.text
    }
    var items = problems.map { Reply.Item.notice("skipped \($0)") }
    if let existing = simulation.scenarios.first(where: { $0.name == name }) {
      if let from = input.argument(1) {
        throw .at(from, "scenario '\(name)' exists already", hint: "switch to it with 'scenario \(name)'")
      }
      items.append(.notice("scenario \(existing.name)"))
    } else {
      let source = simulation.scenarios.first { $0.name == base } ?? Scenario(dataset: dataset)
      let scenario = Scenario(name: name, from: source)
      try update(scenario)
      items.append(.notice("new scenario \(name) from \(base)"))
    }
    simulation.current = name
    promptLabel = name == Scenario.baselineName ? nil : name
    return Reply(items)
  }

  func listScenarios() -> Reply {
    prepareScenarios()
    let notices = simulation.fileProblems.map { Reply.Item.notice("skipped \($0)") }
    let list = simulation.scenarios
    let table = Table(
      name: "scenarios",
      columns: [
        Column(name: "name", storage: .string(list.map(\.name))),
        Column(name: "from", storage: .string(list.map { $0.base ?? "" })),
        Column(name: "current", storage: .bool(list.map { $0.name == simulation.current })),
        Column(
          name: "changes",
          storage: .string(
            list.map { s in
              s.assignments.map { "\($0.lever.name)\($0.organisation.map { "[\($0)]" } ?? "") = \($0.value)" }
                .joined(separator: "; ")
            })),
        Column(
          name: "simulated",
          storage: .bool(list.map { s in simulation.results.contains { $0.scenario == s.name } })),
      ])
    return Reply([.table(table)] + notices)
  }

  func listLevers() -> Reply {
    let scenario = currentScenario
    let levers = scenario.levers
    let baseline = scenario.baseline
    var names = [String](), values = [String](), bases = [String](), changed = [Bool](), meanings = [String]()
    for lever in Lever.allCases {
      names.append(lever.name)
      values.append(levers.text(of: lever))
      bases.append(baseline.text(of: lever))
      changed.append(levers.text(of: lever) != baseline.text(of: lever))
      meanings.append(lever.taggedMeaning)
      if lever == .anvisningShare {
        for org in dataset.organisations {
          guard let share = levers.organisationShares[org.id] else { continue }
          names.append("anvisning.share[\(org.id)]")
          values.append(NumberText.compact(share))
          bases.append(NumberText.compact(baseline.share(of: org)))
          changed.append(true)
          meanings.append("\(org.name)'s share")
        }
      }
    }
    return .table(
      Table(
        name: "levers",
        columns: [
          Column(name: "lever", storage: .string(names)), Column(name: "value", storage: .string(values)),
          Column(name: "baseline", storage: .string(bases)), Column(name: "changed", storage: .bool(changed)),
          Column(name: "meaning", storage: .string(meanings)),
        ]))
  }

  func setLever(_ input: CommandInput) throws(CommandError) -> Reply {
    var scenario = currentScenario
    guard scenario.name != Scenario.baselineName else {
      throw .at(input.name, "the baseline cannot change", hint: "make a scenario first: scenario NAME")
    }
    let lines = input.source.split(separator: "\n", omittingEmptySubsequences: false)
    let lineNumber = input.name.line
    let line = lineNumber - 1 < lines.count ? String(lines[lineNumber - 1]) : input.source
    do {
      try scenario.set(line: line, dataset: dataset, line: lineNumber)
    } catch {
      throw .diagnostic(error)
    }
    try update(scenario)
    guard let last = scenario.assignments.last else { return .none }
    let lever = last.lever
    let now =
      last.organisation.flatMap { id in scenario.levers.organisationShares[id].map { NumberText.compact($0) }
      }
      ?? scenario.levers.text(of: lever)
    let was =
      last.organisation.flatMap { id in
        dataset.organisationIndex[id].map {
          NumberText.compact(scenario.baseline.share(of: dataset.organisations[$0]))
        }
      } ?? scenario.baseline.text(of: lever)
    let name = lever.name + (last.organisation.map { "[\($0)]" } ?? "")
    return .notice("\(scenario.name): \(name) = \(now) (baseline \(was))")
  }

  func resetLever(_ input: CommandInput) throws(CommandError) -> Reply {
    var scenario = currentScenario
    try input.expectAtMost(1)
    guard let word = input.argument(0) else { throw input.missing("a lever name or 'all'") }
    if word.text == "all" {
      for lever in Lever.allCases { scenario.reset(lever) }
    } else if let open = word.text.firstIndex(of: "["), word.text.hasSuffix("]") {
      // anvisning.share[org-3]: one organisation's share.
      let name = String(word.text[..<open])
      let id = String(word.text[word.text.index(after: open)..<word.text.index(before: word.text.endIndex)])
      guard let lever = Lever(rawValue: name), lever.takesOrganisation else {
        throw .at(
          word, "'\(name)' has no per-organisation value",
          hint: "reset \(Lever.anvisningShare.name)[ORG] or reset \(name)")
      }
      guard dataset.organisationIndex[id] != nil else {
        throw .at(
          word, "no organisation '\(id)'",
          hint: NearMiss.hint(for: id, among: dataset.organisations.map(\.id)))
      }
      scenario.resetShare(ofOrganisation: id)
    } else {
      guard let lever = Lever(rawValue: word.text) else {
        throw .at(
          word, "unknown lever '\(word.text)'",
          hint: NearMiss.hint(for: word.text, among: Lever.allCases.map(\.name) + ["all"]))
      }
      scenario.reset(lever)
    }
    guard scenario.name != Scenario.baselineName else { return .none }
    try update(scenario)
    return .notice("\(scenario.name): \(word.text) back to baseline")
  }
}
