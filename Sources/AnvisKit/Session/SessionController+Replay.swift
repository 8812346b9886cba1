/// `.replay NAME [--step|--check|--update] [--data DIR]`: a saved session in a fresh shell.
extension SessionController {
  /// The flags `.replay` takes: a mode (`ReplayMode`) and `--data DIR`.
  static let replayFlags: [CommandSpec.Flag] =
    ReplayMode.allCases.compactMap { mode in mode.flag.map { CommandSpec.Flag($0) } }
    + [CommandSpec.Flag("--data", value: "a folder", valueName: "DIR")]

  func replay(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    if sandboxed {
      stepNote = .stop(Shell.nestedReplayReason)
      throw .failure(Shell.nestedReplayReason)
    }
    let parsed = try input.parse(Self.replayFlags)
    let modes = parsed.flags.filter { flag in ReplayMode.allCases.contains { $0.flag == flag.text } }
    if modes.count > 1 {
      throw .at(modes[1], "choose one of --step, --check and --update (already \(modes[0].text))")
    }
    let mode = modes.first
    let data = parsed.values["--data"]?.text
    let name = parsed.positional.first
    guard let name else { throw .at(input.end, "expected a session name after .replay") }
    do { _ = try SessionName(name.text) } catch { throw .at(name, SessionError.name(error)) }
    let open = shell.datasetOpener()
    let setup: SessionReplaySetup
    do {
      setup = try SessionReplaySetup.prepare(
        name: name.text, store: store, data: data, open: open, settings: shell.settings,
        cancellation: shell.cancellation, stopwatch: shell.stopwatch)
    } catch {
      throw .failed(error)
    }
    let warning = setup.warning ?? ""
    let runner = ReplayRunner(setup: setup, name: name.text, store: store)
    let shouldStop = { shell.cancellation.isCancelled }
    switch mode.flatMap({ ReplayMode(rawValue: String($0.text.dropFirst(2))) }) ?? .play {
    case .step:
      guard interactive else {
        throw .at(mode ?? name, "--step needs a terminal; use --check in scripts")
      }
      let n = setup.transcript.steps.count
      return Reply([
        .notice(warning + "stepping through '\(name.text)': \(n) step\(n == 1 ? "" : "s")"),
        .stepReplay(StepReplayRequest(setup)),
      ])
    case .check:
      let outcome = runner.check(shouldStop: shouldStop)
      if outcome.passed { return .notice(warning + outcome.report + outcome.summary) }
      throw .failure(outcome.summary + "\n" + warning + outcome.report)
    case .update:
      let outcome = runner.update(shouldStop: shouldStop)
      if outcome.cancelled { throw .cancelled }
      if outcome.passed { return .notice(warning + outcome.summary) }
      throw .failure(outcome.summary + (outcome.report.isEmpty ? "" : "\n" + warning + outcome.report))
    case .play:
      var text = ""
      let stopped = runner.play(width: shell.settings.width, shouldStop: shouldStop) { preview, output in
        text += preview + output.stdout + output.stderr
      }
      if stopped == nil { text += runner.epilogue(width: shell.settings.width) }
      return Reply([.notice(warning), .text(text)] + (stopped.map { [.notice($0)] } ?? []))
    }
  }
}

extension Shell {
  /// The opener the executable gave, else a loader for this shell's own folder only.
  func datasetOpener() -> DatasetOpener {
    if let open = session.openDataset { return open }
    let own = dataDirectory
    let loader = self.loader
    let current = dataset
    return { (folder: String) throws(StoreError) -> Dataset in
      guard folder == own else {
        throw .otherDataset(own: own ?? "")
      }
      if let loader { return try loader() }
      return current
    }
  }
}
