import AnvisKit
import ArgumentParser

/// `anvis replay NAME [--step|--check|--update] [--data DIR]`: re-runs a saved session in a
/// fresh shell on the data set named in its header (or `--data`).
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay", abstract: "Replay a saved session: live, step by step, or as a check.")

  @OptionGroup var options: LocationOptions

  @Argument(
    help: ArgumentHelp(
      "The session's name (sessions/NAME.anvis), or the path of a session file (path/to/NAME.anvis).",
      valueName: "NAME|FILE"),
    completion: .file(extensions: ["anvis"]))
  var name: String

  /// The sessions folder and the session's name: from `--sessions` and NAME, or from a path.
  var location: (folder: String, name: String) {
    guard name.hasSuffix(".anvis") || name.contains("/") else { return (options.sessionsFolder, name) }
    var base = Substring(name)
    var folder = "."
    if let slash = base.lastIndex(of: "/") {
      folder = slash == base.startIndex ? "/" : String(base[..<slash])
      base = base[base.index(after: slash)...]
    }
    if base.hasSuffix(".anvis") { base = base.dropLast(".anvis".count) }
    return (folder, String(base))
  }

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
    let (folder, name) = location
    let store = SessionStore(folder: folder)
    let setup: SessionReplaySetup
    do {
      setup = try SessionReplaySetup.prepare(
        name: name, store: store, data: options.data, open: DataLocation.opener,
        cancellation: Interrupts.cancellation, stopwatch: Timing.stopwatch)
    } catch {
      Terminal.write("anvis: \(ErrorRenderer.message(error))\n", to: .error)
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
    let runner = ReplayRunner(setup: setup, name: name, store: store)
    if check || update {
      let outcome = update ? runner.update() : runner.check()
      Terminal.write(outcome.report)
      if outcome.passed {
        Terminal.write(outcome.summary + "\n")
        return
      }
      Terminal.write("anvis: \(outcome.summary)\n", to: .error)
      throw ExitCode(1)
    }
    let width = Terminal.columns(.output)
    let stopped = runner.play(width: width) { preview, output in
      Terminal.write(preview)
      Terminal.write(output.stdout)
      Terminal.write(output.stderr, to: .error)
    }
    if let stopped {
      Terminal.write("anvis: \(stopped)\n", to: .error)
      throw ExitCode(1)
    }
    Terminal.write(runner.epilogue(width: width))
  }
}
