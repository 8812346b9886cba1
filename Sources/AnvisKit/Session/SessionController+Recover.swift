/// `.recover`: the steps of a session an earlier shell did not save are added after this
/// shell's own and run again in the sandbox, so their tables and scenarios are back.
extension SessionController {
  func recover(_ input: CommandInput, in shell: Shell) throws(CommandError) -> Reply {
    if let skipped = skipInSandbox(".recover") { return skipped }
    guard let orphan = orphans.first else { throw .failed(SessionError.noAutosave) }
    let before = shell.recorder.steps.count
    let rerun = shell.rebuildState(from: orphan.transcript)
    let journalled = shell.recorder.append(orphan.transcript)
    // The file goes only once this shell's own journal holds its steps.
    if journalled { POSIX.remove(orphan.path) }
    dropFirstOrphan()
    let n = orphan.transcript.steps.count
    var text = "recovered \(n) step\(n == 1 ? "" : "s") from \(orphan.path); .save NAME keeps them"
    if before > 0 {
      text += "\nthey follow the \(before) step\(before == 1 ? "" : "s") this shell had recorded"
    }
    if let torn = orphan.torn { text += "\nnote: \(torn)" }
    if !journalled {
      text += "\nnote: \(orphan.path) is kept: this shell has no autosave journal to hold them"
    }
    if rerun.checks.count < n {
      text +=
        "\nstopped re-running them after step \(rerun.checks.count): tables and scenarios of later steps are not back"
    } else if n > 0 {
      text += "\nran them again to bring back their tables, scenarios and settings"
      let k = rerun.differing.count
      if k > 0 { text += "; \(k) printed something else this time (.session shows what was recorded)" }
    }
    let recordedOn = orphan.transcript.header.dataFolder
    if recordedOn != shell.recordingHeader().dataFolder {
      text += "\nnote: it was recorded on '\(recordedOn)'; this shell has '\(shell.recordingHeader().dataFolder)'"
    }
    if !orphans.isEmpty {
      text += "\n\(orphans.count) more unsaved session(s): .recover again"
    }
    return .notice(text)
  }
}

extension Shell {
  /// Runs a recovered transcript's commands again in this shell, unrecorded, so that what they
  /// made (`let` tables, scenarios, settings) is back; Ctrl-C stops between steps.
  /// The steps run sandboxed: no file is written (not even a scenario the user edited since),
  /// and where results went afterwards is reset to the screen.
  func rebuildState(from transcript: Transcript) -> TranscriptReplay {
    let recording = session.recorder
    let sandboxed = session.sandboxed
    let targets = queries.targets
    session.recorder = nil
    session.sandboxed = true
    defer {
      session.recorder = recording
      session.sandboxed = sandboxed
      queries.targets = targets
    }
    return TranscriptReplay(transcript, shouldStop: { cancellation.isCancelled }) { input in
      let r = respond(to: input)
      return ReplayOutput(
        stdout: r.stdout, stderr: r.stderr, failed: r.failed, note: r.note)
    }
  }
}
