// Handler of `calibrate fit LEVER[,LEVER…]`; the command table is in
// ScenarioWorkspace+CalibrationCommands.swift.

extension ScenarioWorkspace {
  func calibrateFit(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    let example = "calibrate fit acceptance,exit.per_year months 12 runs 100 seed 1"
    guard let leverWord = input.argument(1) else {
      throw input.missing("one or more [est] levers, separated by commas", hint: example)
    }
    let baseline = baselineScenario(in: shell)
    let fitParameters = try Self.fitParameters(leverWord, baseline: baseline.levers)
    let parameters = try Shell.runParameters(
      Array(input.arguments.dropFirst(2)), input: input, example: example)
    let references = try requireReferences(in: shell)
    let progress = shell.progress
    let cancellation = shell.cancellation
    cancellation.describe("calibrate fit")
    let outcome: CalibrationFit.Outcome
    do {
      outcome = try CalibrationFit.run(
        dataset: shell.dataset, baseline: baseline, parameters: fitParameters, references: references,
        months: parameters.months, runs: parameters.runs, seed: parameters.seed, cancellation: cancellation,
        progress: { step in
          cancellation.describe("calibrate fit: candidate \(step.evaluation + 1) of at most \(step.budget)")
          progress?(Self.progressLine(step, fitParameters))
        })
    } catch .cancelled {
      throw .cancelled
    } catch {
      throw .failed(error)
    }
    var scenario: Scenario
    do {
      scenario = try CalibrationFit.candidate(baseline, fitParameters, outcome.values, shell.dataset)
    } catch {
      throw .failed(error)
    }
    scenario.name = Self.calibratedScenario
    let replaced = self.scenario(named: scenario.name) != nil
    try update(scenario, in: shell)
    let table = Self.fitTable(outcome)
    shell.catalog.bind(table, origin: .result)
    var lines = [
      "calibrate fit on the baseline: \(parameters.months) months × \(parameters.runs) runs, seed \(parameters.seed); "
        + "coordinate search, \(outcome.evaluations) simulation\(outcome.evaluations == 1 ? "" : "s")"
    ]
    for (i, p) in fitParameters.enumerated() {
      lines.append(
        "  \(p.lever.name): \(p.range.text(outcome.startValues[i])) → \(p.range.text(outcome.values[i]))"
          + "  (searched \(p.range.text(p.range.low))–\(p.range.text(p.range.high)))")
    }
    var items: [Reply.Item] = [.text(lines.joined(separator: "\n")), .table(table)]
    items.append(.text("before: \(outcome.start.countLine); after: \(outcome.best.countLine)"))
    if outcome.stopped {
      items.append(
        .notice("stopped by Ctrl-C after \(outcome.evaluations) simulations: the best so far is kept"))
    }
    items.append(
      .notice(
        "\(replaced ? "replaced" : "saved as") scenario \(scenario.name) (the baseline is unchanged): "
          + "`compare baseline \(scenario.name)`, `scenario \(scenario.name)`; table: calibration_fit"))
    return Reply(items)
  }

  /// The levers of `calibrate fit acceptance,exit.per_year`, each checked with a caret under it.
  static func fitParameters(_ word: CommandInput.Word, baseline: Levers) throws(CommandError)
    -> [CalibrationFit.Parameter]
  {
    let fittable = Lever.fittable(baseline: baseline).map(\.name)
    var result = [CalibrationFit.Parameter]()
    var offset = 0
    for part in word.text.split(separator: ",", omittingEmptySubsequences: false) {
      let name = String(part)
      let at = CommandInput.Word(text: name, line: word.line, column: word.column + offset)
      offset += name.count + 1
      guard !name.isEmpty else {
        throw .at(at, "expected a lever name", hint: "levers: " + fittable.joined(separator: ", "))
      }
      guard
        let lever = Lever(rawValue: name)
          ?? Lever.allCases.first(where: { $0.name.lowercased() == name.lowercased() })
      else {
        throw .at(
          at, "unknown lever '\(name)'",
          hint: NearMiss.hint(for: name, among: Lever.allCases.map(\.name)) ?? "levers: "
            + fittable.joined(separator: ", "))
      }
      guard let range = lever.fitRange(baseline: baseline) else {
        let kind = baseline.number(lever) == nil ? "not a number" : "not an estimate [est]"
        throw .at(
          at, "'\(lever.name)' is \(kind); calibrate fit searches only [est] levers",
          hint: "levers it can search: " + fittable.joined(separator: ", "))
      }
      guard !result.contains(where: { $0.lever == lever }) else {
        throw .at(at, "'\(lever.name)' is named twice")
      }
      result.append(CalibrationFit.Parameter(lever: lever, range: range))
    }
    return result
  }

  /// `calibrate fit 7/40: acceptance = 0.725, exit.per_year = 1.5 → 6 of 10 inside (best 7)`.
  static func progressLine(_ step: CalibrationFit.Step, _ parameters: [CalibrationFit.Parameter]) -> String {
    let values = zip(parameters, step.values).map { "\($0.lever.name) = \($0.range.text($1))" }
    return "calibrate fit \(step.evaluation)/\(step.budget): " + values.joined(separator: ", ")
      + " → \(step.calibration.insideCount) of \(step.calibration.rows.count) inside (best \(step.best.insideCount))"
  }

  /// `calibration_fit`: each reference before and after the fit.
  static func fitTable(_ outcome: CalibrationFit.Outcome) -> Table {
    let before = outcome.start.rows
    let after = outcome.best.rows
    let numbers = Calibration.numberColumn
    return Table(
      name: "calibration_fit",
      columns: [
        Column(name: "metric", storage: .string(after.map(\.reference.metric))),
        numbers("reference", after.map(\.reference.value)), numbers("low", after.map(\.reference.low)),
        numbers("high", after.map(\.reference.high)), numbers("before", before.map(\.mean)),
        numbers("after", after.map(\.mean)),
        Column(name: "inside_before", storage: .bool(before.map(\.inside))),
        Column(name: "inside_after", storage: .bool(after.map(\.inside))),
      ])
  }
}
