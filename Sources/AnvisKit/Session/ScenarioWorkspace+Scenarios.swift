// Handlers of the scenario and lever commands; the command table is in
// ScenarioWorkspace+Commands.swift.

extension ScenarioWorkspace {
  /// Scenario names in the order they were made (baseline first).
  func scenarioNames(in shell: Shell) -> [String] {
    prepareScenarios(in: shell)
    return list.map(\.name)
  }

  /// `no scenario 'x'`, under the word, with the nearest name as help.
  func noScenario(_ word: CommandInput.Word, in shell: Shell) -> CommandError {
    .at(word, "no scenario '\(word.text)'", hint: NearMiss.hint(for: word.text, among: scenarioNames(in: shell)))
  }

  /// The current scenario.
  func currentScenario(in shell: Shell) -> Scenario {
    prepareScenarios(in: shell)
    return self.scenario(named: current) ?? Scenario(dataset: shell.dataset)
  }

  /// Builds the scenarios for the current data set if they are not (see `ScenarioWorkspace`).
  @discardableResult
  func prepareScenarios(in shell: Shell) -> [String] { prepare(for: shell.dataset) }

  /// Replaces the current scenario and saves it (not in the sandbox).
  func update(_ scenario: Scenario, in shell: Shell) throws(CommandError) {
    try update(scenario, sandboxed: shell.session.sandboxed)
  }

  /// `scenario NAME [from BASE]`.
  static let scenarioNameForm: [CommandSpec.Argument] = [
    .init("NAME", .word), .init("from", .choice(["from"]), .optional), .init("BASE", .scenario, .optional),
  ]

  func scenarioCommand(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    let problems = prepareScenarios(in: shell)
    if let reply = try scenarioSubcommand(input, in: shell) { return reply }
    try input.check(ScenarioWorkspace.scenarioNameForm, usage: "scenario NAME [from BASE]")
    guard let nameWord = input.argument(0) else { throw input.missing("a scenario name") }
    let name = nameWord.text
    guard Scenario.isValidName(name) else {
      throw .at(nameWord, "a scenario name is a plain word (letters, digits, '-', '_')")
    }
    var base = Scenario.baselineName
    // The second word is `from` (checked against the declared form).
    if input.argument(1) != nil {
      guard let baseWord = input.argument(2) else { throw input.missing("the scenario to start from") }
      guard scenarioNames(in: shell).contains(baseWord.text) else { throw noScenario(baseWord, in: shell) }
      base = baseWord.text
    }
    var items = problems.map { Reply.Item.notice("skipped \($0)") }
    if let existing = self.scenario(named: name) {
      if let from = input.argument(1) {
        throw .at(from, "scenario '\(name)' exists already", hint: "switch to it with 'scenario \(name)'")
      }
      items.append(
        .notice(
          savedAtStart.contains(name) ? savedScenarioNotice(existing, in: shell) : "scenario \(existing.name)"))
    } else {
      let source = self.scenario(named: base) ?? Scenario(dataset: shell.dataset)
      let scenario = Scenario(name: name, from: source)
      try update(scenario, in: shell)
      items.append(.notice("new scenario \(name) from \(base)"))
    }
    select(name)
    return Reply(items)
  }

  func listScenarios(in shell: Shell) -> Reply {
    prepareScenarios(in: shell)
    let notices = fileProblems.map { Reply.Item.notice("skipped \($0)") }
    let list = self.list
    let table = Table(
      name: "scenarios",
      columns: [
        Column(name: "name", storage: .string(list.map(\.name))),
        Column(name: "from", storage: .string(list.map { $0.base ?? "" })),
        Column(name: "current", storage: .bool(list.map { $0.name == current })),
        Column(
          name: "changes",
          storage: .string(
            list.map { s in
              s.assignments.map { "\($0.lever.name)\($0.organisation.map { "[\($0)]" } ?? "") = \($0.value)" }
                .joined(separator: "; ")
            })),
        Column(
          name: "simulated",
          storage: .bool(list.map { isSimulated($0.name) })),
      ])
    return Reply([.table(table)] + notices)
  }

  func listLevers(in shell: Shell) -> Reply {
    let scenario = currentScenario(in: shell)
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
        for org in shell.dataset.organisations {
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

  func setLever(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    var scenario = currentScenario(in: shell)
    guard scenario.name != Scenario.baselineName else {
      throw .at(input.name, "the baseline cannot change", hint: "make a scenario first: scenario NAME")
    }
    let lines = input.source.split(separator: "\n", omittingEmptySubsequences: false)
    let lineNumber = input.name.line
    let line = lineNumber - 1 < lines.count ? String(lines[lineNumber - 1]) : input.source
    do {
      try scenario.set(line: line, dataset: shell.dataset, line: lineNumber)
    } catch {
      throw .diagnostic(error)
    }
    try update(scenario, in: shell)
    guard let last = scenario.assignments.last else { return .none }
    let lever = last.lever
    let now =
      last.organisation.flatMap { id in scenario.levers.organisationShares[id].map { NumberText.compact($0) }
      }
      ?? scenario.levers.text(of: lever)
    let was =
      last.organisation.flatMap { id in
        shell.dataset.organisationIndex[id].map {
          NumberText.compact(scenario.baseline.share(of: shell.dataset.organisations[$0]))
        }
      } ?? scenario.baseline.text(of: lever)
    let name = lever.name + (last.organisation.map { "[\($0)]" } ?? "")
    return .notice("\(scenario.name): \(name) = \(now) (baseline \(was))")
  }

  func resetLever(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    var scenario = currentScenario(in: shell)
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
      guard shell.dataset.organisationIndex[id] != nil else {
        var problem = LeverAssignment.unknownOrganisation(id, in: shell.dataset, line: word.line, column: word.column)
        problem.length = word.text.count
        throw .diagnostic(problem)
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
    try update(scenario, in: shell)
    return .notice("\(scenario.name): \(word.text) back to baseline")
  }
}
