// `scenario drop NAME`, `scenario rename OLD NEW` and `scenario diff A B`: scenarios a user can
// manage. Files change through the data set's `ScenarioStore` (atomically); `scenario NAME`
// itself is in ScenarioWorkspace+Scenarios.swift.

extension ScenarioWorkspace {
  /// The words after `scenario` that name a management command rather than a scenario.
  static let scenarioSubcommands = ["drop", "rename", "diff"]

  /// Runs `scenario drop|rename|diff …`; nil when the input is `scenario NAME [from BASE]`
  /// (a scenario may be called `drop`: `scenario drop` alone switches to it).
  func scenarioSubcommand(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply? {
    guard let word = input.argument(0), ScenarioWorkspace.scenarioSubcommands.contains(word.text),
      input.argument(1) != nil
    else { return nil }
    switch word.text {
    case "drop": return try dropScenario(input, in: shell)
    case "rename": return try renameScenario(input, in: shell)
    default: return try diffScenarios(input, in: shell)
    }
  }

  /// The scenario a word names, or an error under the word.
  private func existingScenario(_ word: CommandInput.Word, in shell: Shell) throws(CommandError) -> Scenario {
    prepareScenarios(in: shell)
    guard let scenario = self.scenario(named: word.text) else {
      throw noScenario(word, in: shell)
    }
    return scenario
  }

  /// Where scenario files are written in this shell: nowhere in batch mode without
  /// `--save-scenarios`, in a replay or for a data set built in code.
  private func writableScenarioStore(in shell: Shell) -> ScenarioStore? { shell.session.sandboxed ? nil : store }

  /// What each management command takes after its name.
  static let scenarioForms: [String: [CommandSpec.Argument]] = [
    "drop": [.init("NAME", .scenario)],
    "rename": [.init("OLD", .scenario), .init("NEW", .word)],
    "diff": [.init("A", .scenario), .init("B", .scenario)],
  ]

  func dropScenario(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    try input.check(ScenarioWorkspace.scenarioForms["drop"] ?? [], skip: 1)
    guard let word = input.argument(1) else { throw input.missing("the scenario to drop") }
    let scenario = try existingScenario(word, in: shell)
    guard scenario.name != Scenario.baselineName else { throw .at(word, "the baseline cannot be dropped") }
    if let store = writableScenarioStore(in: shell), store.contains(scenario.name) {
      do { try store.drop(scenario.name) } catch { throw .failed(error) }
    }
    let wasCurrent = current == scenario.name
    remove(scenario.name)
    var notice = "dropped scenario \(scenario.name)"
    if wasCurrent { notice += "; the current scenario is baseline" }
    return .notice(notice)
  }

  func renameScenario(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    try input.check(ScenarioWorkspace.scenarioForms["rename"] ?? [], skip: 1)
    guard let oldWord = input.argument(1) else { throw input.missing("the scenario to rename") }
    guard let newWord = input.argument(2) else {
      throw input.missing("the new name", hint: "scenario rename \(oldWord.text) NEW")
    }
    var scenario = try existingScenario(oldWord, in: shell)
    let old = scenario.name, new = newWord.text
    guard old != Scenario.baselineName else { throw .at(oldWord, "the baseline cannot be renamed") }
    guard Scenario.isValidName(new), !ScenarioWorkspace.scenarioSubcommands.contains(new) else {
      throw .at(newWord, "a scenario name is a plain word (letters, digits, '-', '_'), not drop, rename or diff")
    }
    guard self.scenario(named: new) == nil else {
      throw .at(newWord, "scenario '\(new)' exists already", hint: "scenario drop \(new) first")
    }
    scenario.name = new
    if let store = writableScenarioStore(in: shell) {
      do {
        try store.rename(old, to: new, text: scenario.fileText)
      } catch {
        throw .at(newWord, error)
      }
    }
    rename(old, to: new)
    if let store = writableScenarioStore(in: shell) {
      for child in list where child.base == new && store.contains(child.name) {
        do { try store.write(child.fileText, as: child.name) } catch { throw .failed(error) }
      }
    }
    return .notice("renamed scenario \(old) to \(new)")
  }

  func diffScenarios(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    try input.check(ScenarioWorkspace.scenarioForms["diff"] ?? [], skip: 1)
    guard let first = input.argument(1), let second = input.argument(2) else {
      throw input.missing("two scenario names", hint: "scenario diff baseline NAME")
    }
    let a = try existingScenario(first, in: shell), b = try existingScenario(second, in: shell)
    let changes = ScenarioWorkspace.leverDifferences(from: a, to: b, dataset: shell.dataset)
    guard !changes.isEmpty else { return .notice("\(a.name) and \(b.name) set every lever alike") }
    let left = a.name == "lever" ? "lever_a" : a.name
    let right = b.name == "lever" || b.name == left ? b.name + "_b" : b.name
    return .table(
      Table(
        name: "scenario_diff",
        columns: [
          Column(name: "lever", storage: .string(changes.map(\.lever))),
          Column(name: left, storage: .string(changes.map(\.from))),
          Column(name: right, storage: .string(changes.map(\.to))),
        ]))
  }

  /// The levers whose values differ between two scenarios, in lever order, each with both
  /// values; an organisation's own `anvisning.share[ID]` where either scenario sets one.
  static func leverDifferences(from a: Scenario, to b: Scenario, dataset: Dataset)
    -> [(lever: String, from: String, to: String)]
  {
    var out = [(lever: String, from: String, to: String)]()
    for lever in Lever.allCases {
      let x = a.levers.text(of: lever), y = b.levers.text(of: lever)
      if x != y { out.append((lever.name, x, y)) }
      guard lever == .anvisningShare else { continue }
      for org in dataset.organisations
      where a.levers.organisationShares[org.id] != nil || b.levers.organisationShares[org.id] != nil {
        let x = NumberText.compact(a.levers.share(of: org)), y = NumberText.compact(b.levers.share(of: org))
        if x != y { out.append(("anvisning.share[\(org.id)]", x, y)) }
      }
    }
    return out
  }

  /// Tab after `scenario`: names and subcommands, then what each subcommand takes.
  func scenarioCompletions(_ words: [String], _ index: Int, in shell: Shell) -> [String] {
    let sub = words.first.flatMap { ScenarioWorkspace.scenarioSubcommands.contains($0) ? $0 : nil }
    switch (index, sub) {
    case (0, _): return scenarioNames(in: shell) + ScenarioWorkspace.scenarioSubcommands
    case (1, "diff"?): return scenarioNames(in: shell)
    case (1, _?): return scenarioNames(in: shell).filter { $0 != Scenario.baselineName }
    case (1, nil): return ["from"]
    case (2, "diff"?): return scenarioNames(in: shell)
    case (2, nil) where words.count > 1 && words[1] == "from": return scenarioNames(in: shell)
    default: return []
    }
  }

  /// What switching to a scenario read from the data set's folder changes, said once a shell
  /// meets it: `scenario youth-first (saved): youth.claim = true (baseline false)`.
  func savedScenarioNotice(_ scenario: Scenario, in shell: Shell) -> String {
    let changes = ScenarioWorkspace.leverDifferences(from: Scenario(dataset: shell.dataset), to: scenario, dataset: shell.dataset)
    guard !changes.isEmpty else { return "scenario \(scenario.name) (saved; no lever moved)" }
    let list = changes.map { "\($0.lever) = \($0.to) (baseline \($0.from))" }.joined(separator: "; ")
    return "scenario \(scenario.name) (saved): \(list)"
  }
}
