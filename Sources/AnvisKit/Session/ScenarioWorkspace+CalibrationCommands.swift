// `calibrate` and `calibrate fit` in the command table; the handlers are in ScenarioWorkspace+Calibrate.swift.

extension ScenarioWorkspace {
  static let calibrationCommands: [CommandSpec] = [
    CommandSpec(
      "calibrate", group: .simulation,
      arguments: [.init("fit LEVER,…", .text, .optional), .init("months N", .text, .optional), .init("runs R", .text, .optional), .init("seed S", .text, .optional)], summary: "the baseline beside the published figures in references.csv; fit [est] levers to them",
      help: """
        `calibrate` simulates the baseline (not the current scenario; defaults: months 12, runs
        100, seed 1) and sets each reference in the data set's references.csv beside the model:
        the mean and p5–p95 band over the runs, the published figure, its band, whether the mean
        is inside and the source. The last line counts the references inside their bands. The
        result is the table `calibration`. With --check, any reference outside its band is an
        error (exit status 1 in a script).

        `calibrate fit acceptance,exit.per_year` searches the named [est] levers within their
        ranges for the values that bring the most references inside their bands (ties: the
        smallest total distance to the figures, in band widths), by a coordinate search with
        the same seed for every candidate (pairs of levers along the diagonals when no single
        lever helps). Ctrl-C stops it and keeps the best so far. The
        result is saved as the scenario `calibrated` (the baseline is never changed); the
        table `calibration_fit` sets each reference before and after. Levers it can search:
        acceptance, exit.per_year, inflow.per_month, claim.days, retention.unsupported,
        retention.burden_effect, reentry.delay_days, anvisning.homeless_share,
        youth.education_start. Metrics and references: docs/model.md (Calibration).
        """,
      flags: [ScenarioWorkspace.checkFlag],
      completer: { shell, arguments, index in
        if index == 0 { return ["fit", "months", "runs", "seed"] }
        let levers = Lever.fittable(baseline: shell.scenarios.currentScenario(in: shell).baseline).map(\.name)
        if arguments.first == "fit" {
          // `,` ends a word for completion: after `fit` and after `LEVER,` comes a lever.
          if index == 1 || arguments.last?.hasSuffix(",") == true { return levers }
          return index % 2 == 0 ? ["months", "runs", "seed"] : []
        }
        let skip = arguments.first == ScenarioWorkspace.checkFlag.name ? 1 : 0
        return (index - skip) % 2 == 0 ? ["months", "runs", "seed"] : []
      },
      handler: { shell, input throws(CommandError) in try shell.scenarios.calibrate(input, in: shell) })
  ]
}
