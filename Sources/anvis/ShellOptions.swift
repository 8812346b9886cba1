import AnvisKit
import ArgumentParser

/// Where the data set and the sessions are: the flags of the shell, `run` and `replay`.
/// Each subcommand declares only the flags it honours, so its `--help` lists no others.
struct LocationOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp("The data set folder (else $ANVIS_DATA, else examples/aalborg).", valueName: "DIR"),
    completion: .directory)
  var data: String?

  @Option(
    help: ArgumentHelp("The sessions folder (else $ANVIS_SESSIONS, else ./sessions).", valueName: "DIR"),
    completion: .directory)
  var sessions: String?

  /// The sessions folder these options name.
  var sessionsFolder: String {
    SessionStore.folder(
      flag: sessions,
      environment: Terminal.environment("ANVIS_SESSIONS").map { ["ANVIS_SESSIONS": $0] } ?? [:])
  }
}

/// Flags of the ways that open a shell on a data set (the shell and `run`): where the data
/// and sessions are, saved scenarios and the output mode. `replay` takes only
/// `LocationOptions`: a session replays in the mode it recorded, without saved scenarios.
struct ShellOptions: ParsableArguments {
  @OptionGroup var location: LocationOptions

  @Flag(
    help: ArgumentHelp(
      "In batch mode (run, -c, stdin), read the data set's saved scenarios and save changed ones (off by default, so a script gives the same numbers every time)."
    ))
  var saveScenarios = false

  @Option(
    help: ArgumentHelp("How results are written: table, csv, json, markdown or line.", valueName: "MODE"))
  var format: OutputMode?

  var sessionsFolder: String { location.sessionsFolder }

  /// Loads the data set and builds the shell, or explains what is wrong and exits 1.
  func openShell(interactive: Bool) throws -> Shell {
    let directory = DataLocation.resolve(flag: location.data)
    let dataset = try DataLocation.load(directory)
    var settings = Settings()
    if let format { settings.mode = format }
    // A terminal gets tables fitted to its width and cut after .maxrows rows; a pipe or a
    // file gets every row at full width.
    settings.width = Terminal.columns(.output)
    settings.limitsRows = Terminal.isTerminal(.output)
    settings.memoryBudget = PhysicalMemory.defaultBudget
    // Only a shell at a terminal journals its session: a script or pipe can be run again, and a
    // journal it left (e.g. killed by SIGPIPE under `| head`) would be offered as a lost session.
    let shell = Shell(
      dataset: dataset, dataDirectory: directory, loader: DataLocation.loader(for: directory),
      settings: settings, cancellation: Interrupts.cancellation, stopwatch: Timing.stopwatch,
      progress: ProgressLine.writer(),
      session: SessionOptions(
        folder: sessionsFolder, autosave: interactive, interactive: interactive,
        openDataset: DataLocation.opener, scenarioFiles: interactive || saveScenarios))
    // The shell lives until the process exits: freeing the data set's rows one by one when
    // `run` returns cost about 3 % of opening national, for memory the exit frees at once.
    _ = Unmanaged.passRetained(shell)
    return shell
  }
}

extension OutputMode: ExpressibleByArgument {}
