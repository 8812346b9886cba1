/// Opens a data set folder for a replay's fresh shell; the executable supplies one over the store.
public typealias DatasetOpener = @Sendable (String) throws(StoreError) -> Dataset

/// How a shell records its session, given once when the shell is built.
public struct SessionOptions {
  /// The sessions folder to record into (`--sessions DIR`, `$ANVIS_SESSIONS`, `./sessions`);
  /// nil: nothing is recorded until a session command starts a recording.
  public var folder: String?
  /// Journal the recording to the sessions folder, so a crash loses nothing.
  public var autosave: Bool
  /// A terminal is attached (`--step` needs one; a missing journal is told at start).
  public var interactive: Bool
  /// Opens a data set folder for replays; nil: only the shell's own folder.
  public var openDataset: DatasetOpener?
  /// A replay's fresh shell: no file is written (`.output`, `.once`, `.export`, `.save`,
  /// scenarios), no saved scenario is read, `.recover` does nothing and `.replay` stops.
  public var sandboxed: Bool
  /// The seed `simulate` uses when none is given (a replay: the recording's).
  public var seed: UInt64?
  /// Read the data set's saved scenarios and save changed ones (`scenarios/`). Off in batch
  /// mode unless `--save-scenarios`, so a script gives the same numbers every time.
  public var scenarioFiles: Bool

  public init(
    folder: String? = nil, autosave: Bool = true, interactive: Bool = false, openDataset: DatasetOpener? = nil,
    sandboxed: Bool = false, seed: UInt64? = nil, scenarioFiles: Bool = true
  ) {
    self.scenarioFiles = scenarioFiles
    self.folder = folder
    self.autosave = autosave
    self.interactive = interactive
    self.openDataset = openDataset
    self.sandboxed = sandboxed
    self.seed = seed
  }
}

/// The session of one shell: where sessions live, the recording and its autosave journal,
/// journals left by crashed shells, and the sandbox a replay runs in. Its commands (`.note`,
/// `.session`, `.save`, `.sessions`, `.replay`, `.export`, `.recover`) are in
/// `SessionController+Commands.swift`.
public final class SessionController {
  /// The sessions folder.
  public internal(set) var store: SessionStore
  /// The current recording; nil in a shell that does not record (a replay's fresh shell).
  public internal(set) var recorder: SessionRecorder?
  /// Opens a data set folder for replays; nil means only the shell's own folder can be used.
  let openDataset: DatasetOpener?
  /// Whether a terminal is attached (`--step` needs one).
  public let interactive: Bool
  /// Journals of shells that did not exit cleanly, offered by `.recover`.
  public private(set) var orphans: [OrphanedAutosave] = []
  /// Said once when the shell opens (an unsaved session was found); the executable prints it.
  public private(set) var startupNotice: String?
  /// Saved scenarios in the data set's `scenarios/` folder when recording started; a replay
  /// starts without them, so `.save` mentions them.
  private(set) var scenariosAtStart: [String] = []
  /// Why there is no autosave journal, if there is none.
  public private(set) var autosaveProblem: String?
  /// Unsaved steps when leaving was last refused with a warning (`leaveWarning`).
  var warnedAtUnsaved: Int?
  /// True in a replay's fresh shell and while `.recover` runs recovered steps again. See
  /// `SessionOptions.sandboxed` and `StepNote`.
  public internal(set) var sandboxed: Bool
  /// What the input being answered could not do in the sandbox; `respond` hands it on.
  var stepNote: StepNote?

  init(_ options: SessionOptions) {
    store = SessionStore(folder: options.folder ?? "sessions")
    openDataset = options.openDataset
    interactive = options.interactive
    sandboxed = options.sandboxed
  }

  /// Starts recording under `header`; with `autosave`, journals it to the sessions folder and
  /// finds the journals crashed shells left there. Sets the notice for the banner, if any.
  func startRecording(header: TranscriptHeader, autosave: Bool, savedScenarios: [String]) {
    var journal: AutosaveJournal?
    if autosave {
      do {
        journal = try AutosaveJournal.create(in: store, header: header)
      } catch {
        autosaveProblem = ErrorRenderer.message(error)
      }
      orphans = store.orphanedAutosaves(excluding: journal?.path)
    }
    recorder = SessionRecorder(header: header, journal: journal)
    scenariosAtStart = savedScenarios
    var notice = ""
    if interactive, let problem = autosaveProblem {
      // Someone at a terminal counts on the journal; say when there is none.
      notice += "note: no autosave, so a crash would lose this session (\(problem))\n"
    }
    if let orphan = orphans.first {
      let steps = orphan.transcript.steps.count
      let note = orphan.transcript.firstNote.map { " (\"\($0)\")" } ?? ""
      notice +=
        "An unsaved session from an earlier run was found: \(steps) step\(steps == 1 ? "" : "s")\(note). "
        + "Type .recover to load it.\n"
      if let torn = orphan.torn { notice += "note: \(torn)\n" }
    }
    startupNotice = notice.isEmpty ? nil : notice
  }

  /// Ends the recording on a clean exit: its autosave journal is deleted.
  func finish() { recorder?.finish() }

  /// The first orphaned journal was recovered.
  func dropFirstOrphan() { orphans.removeFirst() }

  /// In the sandbox: notes the step as skipped and returns the notice that says so; nil
  /// outside the sandbox (the command goes on as usual).
  func skipInSandbox(_ what: String) -> Reply? {
    guard sandboxed else { return nil }
    let reason = "skipped: \(what) (\(Shell.sandboxReason))"
    stepNote = .skipped(reason)
    return .notice(reason)
  }

  /// `skipInSandbox` for a command that writes `file`.
  func skipInSandbox(writing file: String) -> Reply? { skipInSandbox("writing '\(file)'") }

  /// Records every input except blank lines, comments, `.quit` and the session commands.
  func didRespond(to input: String, with response: Response) {
    guard let recorder, !response.quit else { return }
    let trimmed = input.trimmingBlanks()
    if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
    let head = Shell.head(of: trimmed)
    if SessionController.commands.contains(where: { $0.names.contains(head) }) { return }
    let output = response.recordedStdout.map { ReplyOutput(text: $0) } ?? response.output
    recorder.record(
      command: input, output: output, stderr: response.recordedStderr ?? response.stderr, failed: response.failed)
  }
}

extension Shell {
  /// Ends the recording on a clean exit: its autosave journal is deleted.
  public func finishSession() { session.finish() }

  /// Names of the `*.scenario` files in the data set's `scenarios/` folder, sorted.
  func savedScenarioNames() -> [String] {
    guard let folder = dataDirectory else { return [] }
    return ScenarioStore(dataFolder: folder).names()
  }

  /// The header a recording starts with: data folder, seed, version and the data set's date.
  func recordingHeader() -> TranscriptHeader {
    TranscriptHeader(
      name: "(unsaved)", dataFolder: dataDirectory ?? "(in memory)", seed: scenarios.lastParameters.seed,
      date: dataset.asOf.description, dataName: dataset.name)
  }

  /// The recording; a shell that had none (a replay's) starts one here.
  var recorder: SessionRecorder {
    if let recorder = session.recorder { return recorder }
    let recorder = SessionRecorder(header: recordingHeader())
    session.recorder = recorder
    return recorder
  }
}
