/// `results FILE.xlsx`: the current scenario's latest simulation results as one workbook (the
/// work is `ResultsWorkbook`'s).
extension ScenarioWorkspace {
  static let resultsCommands: [CommandSpec] = [
    CommandSpec(
      "results", group: .simulation, arguments: [.init("FILE.xlsx", .file)], summary: "write the current scenario's result tables, levers and run details as a workbook",
      help: """
        One sheet per result table of the current scenario's latest `simulate`, a `levers` sheet
        and a `run` sheet (data set name and hash, seed, runs, anvis's version), so a colleague
        can see exactly what produced the numbers. FILE is replaced atomically, readable by you only.
        """,
      handler: { shell, input throws(CommandError) in try shell.scenarios.writeResults(input, in: shell) }),
  ]

  func writeResults(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    guard let word = input.argument(0) else {
      throw input.missing("a workbook file name", hint: "e.g. results youth-first.xlsx")
    }
    guard XlsxWriter.isWorkbookPath(word.text) else {
      throw input.error(at: word, "results are written as a workbook: the file name must end in .xlsx")
    }
    let scenario = currentScenario(in: shell)
    guard let latest = latestResult(for: scenario.name) else {
      throw input.error(at: word, "scenario \(scenario.name) has no results yet; run `simulate` first")
    }
    guard case .table(let levers)? = listLevers(in: shell).items.first(where: { if case .table = $0 { true } else { false } })
    else { return .none }
    let run = ResultsWorkbook.Run(
      dataset: shell.dataset.name,
      datasetHash: shell.dataDirectory.flatMap { DatasetFingerprint.hash(folder: $0) } ?? "unknown",
      asOf: shell.dataset.asOf, scenario: scenario.name, months: latest.parameters.months,
      runs: latest.parameters.runs, seed: latest.parameters.seed)
    if let skipped = shell.session.skipInSandbox(writing: word.text) { return skipped }
    do {
      let bytes = try ResultsWorkbook.bytes(results: latest.result.tables, levers: levers, run: run)
      try AtomicFile.write(bytes, to: word.text)
    } catch {
      throw input.error(at: word, ErrorRenderer.message(error))
    }
    return .none
  }
}
