/// The scenarios of one shell and the simulation results computed for them. It owns the list
/// (baseline first), the current scenario, the result cache and the months, runs and seed of
/// the latest run. Everything here is built for one data set: `datasetChanged()` (called by
/// `Shell.replaceDataset`) drops the results and has the scenarios rebuilt from the new data at
/// their next use, so a changed rent or manifest default is never answered from old results.
public final class ScenarioWorkspace {
  /// Months, runs and seed of one simulation.
  struct RunParameters: Hashable, Sendable {
    var months = 12
    var runs = 100
    var seed: UInt64 = 1
  }

  /// One cached result: the scenario's name, its lever values (its file text) and the run
  /// settings; a result is reused only for exactly these.
  private struct CachedResult {
    var scenario: String
    var levers: String
    var parameters: RunParameters
    var result: SimulationResult
  }

  /// Scenarios in the order they were made; the first is the baseline.
  public private(set) var list: [Scenario] = []
  /// The current scenario's name.
  public private(set) var current = Scenario.baselineName
  /// Scenarios read from the data set's `scenarios/` folder (not made in this shell):
  /// switching to one says which levers it moves.
  private(set) var savedAtStart: Set<String> = []
  /// Saved scenario files that could not be read (`file:line:column: message`).
  public private(set) var fileProblems: [String] = []
  /// Months, runs and seed of the latest `simulate` (or `calibrate`); `compare` reuses them.
  var lastParameters = RunParameters()
  /// Where scenario files are read from and saved to; nil: none (a data set built in code,
  /// or a replay's shell, which starts from the baseline as the recording did).
  let store: ScenarioStore?
  private var results: [CachedResult] = []
  /// The scenarios were built for the current data set.
  private var built = false
  /// The saved files were read (once per shell: after `.reload` the shell's own scenarios are
  /// rebuilt from their text).
  private var readFiles = false

  init(store: ScenarioStore?, seed: UInt64? = nil) {
    self.store = store
    if let seed { lastParameters.seed = seed }
  }

  /// The latest result computed for the scenario named `name`, with its run settings
  /// (for `results FILE.xlsx`).
  func latestResult(for name: String) -> (parameters: RunParameters, result: SimulationResult)? {
    results.last { $0.scenario == name }.map { ($0.parameters, $0.result) }
  }

  /// The data set was replaced: results go, scenarios are rebuilt at their next use.
  func datasetChanged() {
    built = false
    results = []
  }

  /// Builds the baseline and reads saved scenarios the first time (and again after the data
  /// set changed). Files that no longer apply are skipped; the problems say why.
  @discardableResult
  func prepare(for dataset: Dataset) -> [String] {
    guard !built else { return [] }
    var problems = [String]()
    var texts = list.dropFirst().map { (name: $0.name, text: $0.fileText) }
    if !readFiles, let store {
      let saved = store.readAll()
      texts += saved.texts
      savedAtStart = Set(saved.texts.map(\.name))
      problems += saved.problems.map { ErrorRenderer.message($0) }
    }
    readFiles = true
    var rebuilt = [Scenario(dataset: dataset)]
    for (name, text) in texts where !rebuilt.contains(where: { $0.name == name }) {
      do {
        var scenario = try Scenario.parse(fileText: text, dataset: dataset)
        scenario.name = name
        rebuilt.append(scenario)
      } catch {
        let file = "scenarios/" + name + ScenarioStore.fileExtension
        problems.append(
          ErrorRenderer.line(Diagnosis(error.message, at: FilePosition(file: file, line: error.line, column: error.column))))
      }
    }
    list = rebuilt
    fileProblems = problems
    results = []
    built = true
    if !list.contains(where: { $0.name == current }) { current = Scenario.baselineName }
    return problems
  }

  /// The scenario with this name, if there is one.
  func scenario(named name: String) -> Scenario? { list.first { $0.name == name } }

  /// Makes `name` the current scenario.
  func select(_ name: String) { current = name }

  /// Shown in the prompt: the current scenario unless it is the baseline.
  var promptLabel: String? { current == Scenario.baselineName ? nil : current }

  /// Replaces (or adds) a scenario, forgets its results and saves it unless `sandboxed`.
  func update(_ scenario: Scenario, sandboxed: Bool) throws(CommandError) {
    if let i = list.firstIndex(where: { $0.name == scenario.name }) {
      list[i] = scenario
    } else {
      list.append(scenario)
    }
    results.removeAll { $0.scenario == scenario.name }
    guard !sandboxed else { return }
    try save(scenario)
  }

  /// Writes `scenarios/NAME.scenario` atomically (owner-only); nothing without a store.
  private func save(_ scenario: Scenario) throws(CommandError) {
    guard let store, scenario.name != Scenario.baselineName else { return }
    do {
      try store.write(scenario.fileText, as: scenario.name)
    } catch {
      throw .failed(error)
    }
  }

  /// Forgets a scenario and its result (its file is the caller's: see `ScenarioStore.drop`).
  func remove(_ name: String) {
    list.removeAll { $0.name == name }
    results.removeAll { $0.scenario == name }
    savedAtStart.remove(name)
    if current == name { current = Scenario.baselineName }
  }

  /// Gives a scenario a new name in the list, its results, the scenarios made from it and the
  /// current scenario (their files are the caller's: see `ScenarioStore.rename`).
  func rename(_ old: String, to new: String) {
    for i in list.indices {
      if list[i].name == old { list[i].name = new }
      if list[i].base == old { list[i].base = new }
    }
    let levers = scenario(named: new)?.fileText ?? ""
    for i in results.indices where results[i].scenario == old {
      results[i].scenario = new
      results[i].levers = levers
    }
    if savedAtStart.remove(old) != nil { savedAtStart.insert(new) }
    if current == old { current = new }
  }

  /// The cached result of `scenario` for exactly these run settings.
  func result(for scenario: Scenario, _ parameters: RunParameters) -> SimulationResult? {
    let levers = scenario.fileText
    return results.first {
      $0.scenario == scenario.name && $0.levers == levers && $0.parameters == parameters
    }?.result
  }

  /// The latest result of the scenario named `name`, whatever its run settings.
  func latestResult(of name: String) -> SimulationResult? {
    results.last { $0.scenario == name }?.result
  }

  /// Whether the scenario named `name` has a result.
  func isSimulated(_ name: String) -> Bool { results.contains { $0.scenario == name } }

  /// Keeps `result` as the scenario's latest.
  func store(_ result: SimulationResult, for scenario: Scenario, _ parameters: RunParameters) {
    results.removeAll { $0.scenario == scenario.name }
    results.append(CachedResult(scenario: scenario.name, levers: scenario.fileText, parameters: parameters, result: result))
  }
}
