// Handlers of `calibrate` and `calibrate fit`; the command table is in
// ScenarioWorkspace+CalibrationCommands.swift.

extension ScenarioWorkspace {
  /// The name of the scenario `calibrate fit` saves its result as.
  static let calibratedScenario = "calibrated"

  /// `calibrate --check`: a reference outside its band is an error.
  static let checkFlag = CommandSpec.Flag("--check", help: "fail when a reference is outside its band")

  func calibrate(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    if input.argument(0)?.text == "fit" { return try calibrateFit(input, in: shell) }
    let check = try input.flags([Self.checkFlag]).contains(Self.checkFlag.name)
    let parameters = try Shell.runParameters(
      input.positional, input: input, example: "calibrate months 12 runs 100 seed 1", others: ["--check", "fit"])
    let references = try requireReferences(in: shell)
    let baseline = baselineScenario(in: shell)
    let result = try run(baseline, parameters, label: "calibrate: baseline", in: shell)
    lastParameters = parameters
    let calibration = Calibration(result: result, references: references)
    let table = calibration.table
    shell.catalog.bind(table, origin: .result)
    if check && calibration.insideCount < calibration.rows.count {
      let outside = calibration.rows.filter { !$0.inside }.map(Self.outsideLine)
      throw .failure(
        (["calibrate --check: \(calibration.countLine)"] + outside).joined(separator: "\n  "))
    }
    return Reply([
      .text(
        "baseline (not the current scenario): \(parameters.months) months × \(parameters.runs) runs, seed \(parameters.seed)"
      ),
      .table(Table(name: table.name, columns: table.columns.filter { $0.name != "note" })),
      .text(calibration.countLine),
      .notice("table: calibration"),
    ])
  }

  /// `list_size_end: model 212.4 outside 250–335 (reference 291)`.
  static func outsideLine(_ row: Calibration.Row) -> String {
    let r = row.reference
    let model = row.modelled ? "model " + NumberText.compact(row.mean, decimals: 4) : "not modelled yet"
    return
      "\(r.metric): \(model), outside \(NumberText.compact(r.low))–\(NumberText.compact(r.high)) (reference \(NumberText.compact(r.value)))"
  }

  /// The data set's baseline scenario.
  func baselineScenario(in shell: Shell) -> Scenario {
    prepareScenarios(in: shell)
    return self.scenario(named: Scenario.baselineName) ?? Scenario(dataset: shell.dataset)
  }

  func requireReferences(in shell: Shell) throws(CommandError) -> [Reference] {
    guard !shell.dataset.references.isEmpty else {
      throw .failure(
        "the data set has no references.csv: calibrate sets the baseline beside the published figures "
          + "listed there (metric, value, low, high, source, note; see docs/model.md, Calibration)")
    }
    return shell.dataset.references
  }
}
