/// `.replay NAME [--step|--check|--update] [--data DIR]`: a saved session in a fresh shell.
extension SessionController {
  func replay(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    if sandboxed {
      stepNote = .stop(Shell.nestedReplayReason)
      throw .failure(Shell.nestedReplayReason)
    }
    var name: CommandInput.Word?
    var mode: CommandInput.Word?
    var data: String?
    var i = 0
    let words = Array(input.arguments)
    while i < words.count {
      let word = words[i]
      switch word.text {
      case "--step", "--check", "--update":
        if let mode { throw .at(word, "choose one of --step, --check and --update (already \(mode.text))") }
        mode = word
      case "--data":
        guard i + 1 < words.count else { throw .at(input.end, "expected a folder after --data") }
        data = words[i + 1].text
        i += 1
      default:
        if word.text.hasPrefix("--") {
          throw .at(
            word, "unknown option '\(word.text)'",
            hint: NearMiss.hint(for: word.text, among: ["--step", "--check", "--update", "--data"]))
        }
        if name != nil { throw .at(word, "expected one session name") }
        name = word
      }
      i += 1
    }
    guard let name else { throw .at(input.end, "expected a session name after .replay") }
    do { _ = try SessionName(name.text) } catch { throw .at(name, error.description) }
    let open = shell.datasetOpener()
    let setup: SessionReplaySetup
    do {
      setup = try SessionReplaySetup.prepare(
        name: name.text, store: store, data: data, open: open, settings: shell.settings,
        cancellation: shell.cancellation, stopwatch: shell.stopwatch)
    } catch {
      throw .failure(error.description)
    }
    let warning = setup.warning ?? ""
    switch mode?.text {
    case "--step":
      guard interactive else {
        throw .at(mode ?? name, "--step needs a terminal; use --check in scripts")
      }
      let n = setup.transcript.steps.count
      return Reply([
        .notice(warning + "stepping through '\(name.text)': \(n) step\(n == 1 ? "" : "s")"),
        .stepReplay(StepReplayRequest(setup)),
      ])
    case "--check":
      let replay = setup.check(shouldStop: { shell.cancellation.isCancelled })
      if replay.passed {
        return .notice(warning + replay.report(file: setup.path) + "replay \(name.text): \(replay.summary)")
      }
      throw .failure("replay \(name.text): \(replay.summary)\n" + warning + replay.report(file: setup.path))
    case "--update":
      let replay = setup.check(shouldStop: { shell.cancellation.isCancelled })
      if replay.stoppedAt != nil {
        throw .failure(
          "replay \(name.text): \(replay.summary); nothing updated\n" + replay.report(file: setup.path))
      }
      guard replay.checks.count == setup.transcript.steps.count else { throw .cancelled }
      do {
        let path = try setup.update(replay, store: store)
        return .notice(
          warning + "updated \(path): \(replay.differing.count) of \(replay.checks.count) steps changed")
      } catch {
        throw .failure(error.description)
      }
    default:
      let replay = setup.check(shouldStop: { shell.cancellation.isCancelled })
      return Reply([.notice(warning), .text(replay.playback())])
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
    return { (folder: String) throws(DatasetLoadError) -> Dataset in
      guard folder == own else {
        throw DatasetLoadError(problems: ["this shell can only replay on its own data set ('\(own ?? "")')"])
      }
      if let loader { return try loader() }
      return current
    }
  }
}
