import AnvisKit
import ArgumentParser

/// `anvis replay NAME [--step|--check|--update] [--data DIR]`: re-runs a saved session in a
/// fresh shell on the data set named in its header (or `--data`).
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay", abstract: "Replay a saved session: live, step by step, or as a check.")

  @OptionGroup var options: LocationOptions

  @Argument(help: ArgumentHelp("The session's name (sessions/NAME.anvis).", valueName: "NAME"))
  var name: String

  @Flag(help: "Pause before each step (Enter runs it, q stops).") var step = false
  @Flag(help: "Compare every output with the recording; print a diff and exit 1 on a difference.") var check =
    false
  @Flag(help: "Accept the new outputs into the recording.") var update = false

  func validate() throws {
    if [step, check, update].filter({ $0 }).count > 1 {
      throw ValidationError("choose one of --step, --check and --update")
    }
  }

  func run() throws {
    let store = SessionStore(folder: options.sessionsFolder)
    let setup: SessionReplaySetup
    do {
      setup = try SessionReplaySetup.prepare(
        name: name, store: store, data: options.data, open: DataLocation.opener,
        cancellation: Interrupts.cancellation, stopwatch: Timing.stopwatch)
    } catch {
      Terminal.write("anvis: \(error)\n", to: .error)
      throw ExitCode(1)
    }
    if let warning = setup.warning { Terminal.write(warning, to: .error) }
    if step {
      guard Terminal.isTerminal(.input) else {
        Terminal.write("anvis: --step needs a terminal; use --check in scripts\n", to: .error)
        throw ExitCode(1)
      }
      let history = HistoryFile.standardPath().map(HistoryFile.init(path:))
      history?.load()
      StepReplayLoop(setup: setup, history: history).run()
      history?.save()
      return
    }
    if check || update {
      let replay = setup.check()
      if update, replay.stoppedAt != nil {
        Terminal.write(replay.report(file: setup.path))
        Terminal.write("anvis: replay \(name): \(replay.summary); nothing updated\n", to: .error)
        throw ExitCode(1)
      }
      if update {
        do {
          let path = try setup.update(replay, store: store)
          Terminal.write(
            "updated \(path): \(replay.differing.count) of \(replay.checks.count) steps changed\n")
          return
        } catch {
          Terminal.write("anvis: \(error)\n", to: .error)
          throw ExitCode(1)
        }
      }
      if replay.passed {
        Terminal.write(replay.report(file: setup.path))
        Terminal.write("replay \(name): \(replay.summary)\n")
        return
      }
      Terminal.write(replay.report(file: setup.path))
      Terminal.write("replay \(name): \(replay.summary)\n", to: .error)
      throw ExitCode(1)
    }
    for (i, step) in setup.transcript.steps.enumerated() {
      Terminal.write(TranscriptReplay.preview(step))
      let output = setup.run(step.command)
      Terminal.write(output.stdout)
      Terminal.write(output.stderr, to: .error)
      if case .stop(let reason) = output.note {
        Terminal.write(
          "anvis: replay \(name) stopped at step \(i + 1) of \(setup.transcript.steps.count) "
            + "(\(setup.path):\(step.line)): \(reason)\n", to: .error)
        throw ExitCode(1)
      }
    }
    Terminal.write(setup.transcript.epilogue.map { $0 + "\n" }.joined())
  }
}
