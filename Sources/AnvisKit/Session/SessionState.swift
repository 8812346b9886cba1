import Foundation

/// Opens a data set folder for a replay's fresh shell; the executable supplies one over the store.
public typealias DatasetOpener = @Sendable (String) throws(DatasetLoadError) -> Dataset

/// What the shell keeps for sessions between inputs: where sessions live, the recording and its
/// autosave journal, journals left by crashed shells, and a step-by-step replay waiting for the
/// executable's line editor.
public struct SessionState {
  /// The sessions folder (`--sessions DIR`, `$ANVIS_SESSIONS`, `./sessions`).
  public var store = SessionStore(folder: "sessions")
  /// The current recording; nil in a shell that does not record (a replay's fresh shell).
  public var recorder: SessionRecorder?
  /// Opens a data set folder for replays; nil means only the shell's own folder can be used.
  public var openDataset: DatasetOpener?
  /// Whether a terminal is attached (`--step` needs one).
  public var interactive = false
  /// Journals of shells that did not exit cleanly, offered by `.recover`.
  public var orphans: [OrphanedAutosave] = []
  /// A `--step` replay for the executable to drive (see `Shell.takeStepReplay()`).
  var pendingStepReplay: SessionReplaySetup?
  /// Said once when the shell opens (an unsaved session was found); the executable prints it.
  public var startupNotice: String?
  /// Saved scenarios in the data set's `scenarios/` folder when recording started; a replay
  /// starts without them, so `.save` mentions them.
  public var scenariosAtStart: [String] = []
  /// Why there is no autosave journal, if there is none.
  public var autosaveProblem: String?
  /// True in a replay's fresh shell and while `.recover` runs recovered steps again: no file
  /// is written (`.output`, `.once`, `.export`, `.save`, scenarios), `.recover` does nothing
  /// and `.replay` stops the replay. See `StepNote`.
  public var sandboxed = false
  /// What the input being answered could not do in the sandbox; `respond` hands it on.
  var stepNote: StepNote?

  public init() {}
}

extension Shell {
  /// Starts recording this shell's session; with `autosave`, journals it to the sessions folder
  /// and finds the journals crashed shells left there. Returns a notice for the banner, if any.
  @discardableResult
  public func startRecording(sessions folder: String, autosave: Bool = true, interactive: Bool = false)
    -> String?
  {
    session.store = SessionStore(folder: folder)
    session.interactive = interactive
    let header = recordingHeader()
    var journal: AutosaveJournal?
    if autosave {
      do {
        journal = try AutosaveJournal.create(in: session.store, header: header)
      } catch {
        session.autosaveProblem = error.description
      }
      session.orphans = session.store.orphanedAutosaves(excluding: journal?.path)
    }
    session.recorder = SessionRecorder(header: header, journal: journal)
    session.scenariosAtStart = savedScenarioNames()
    // A non-default output mode is part of what the outputs look like: record it as a step.
    if settings.mode != .table { _ = respond(to: ".mode \(settings.mode.rawValue)") }
    var notice = ""
    if interactive, let problem = session.autosaveProblem {
      // Someone at a terminal counts on the journal; say when there is none.
      notice += "note: no autosave, so a crash would lose this session (\(problem))\n"
    }
    if let orphan = session.orphans.first {
      let steps = orphan.transcript.steps.count
      let note = orphan.transcript.firstNote.map { " (\"\($0)\")" } ?? ""
      notice +=
        "An unsaved session from an earlier run was found: \(steps) step\(steps == 1 ? "" : "s")\(note). "
        + "Type .recover to load it.\n"
      if let torn = orphan.torn { notice += "note: \(torn)\n" }
    }
    guard !notice.isEmpty else { return nil }
    session.startupNotice = notice
    return notice
  }

  /// Ends the recording on a clean exit: its autosave journal is deleted.
  public func finishSession() {
    session.recorder?.finish()
  }

  /// A `--step` replay that `.replay NAME --step` prepared, for the executable to drive
  /// (`setup.stepper()` over `setup.shell`).
  public func takeStepReplay() -> SessionReplaySetup? {
    defer { session.pendingStepReplay = nil }
    return session.pendingStepReplay
  }

  /// Names of the `*.scenario` files in the data set's `scenarios/` folder, sorted.
  func savedScenarioNames() -> [String] {
    scenarioStore?.names() ?? []
  }

  /// The header a recording starts with: data folder, seed, version and the data set's date.
  func recordingHeader() -> TranscriptHeader {
    TranscriptHeader(
      name: "(unsaved)", dataFolder: dataDirectory ?? "(in memory)", seed: simulation.lastParameters.seed,
      date: dataset.asOf.description)
  }

  /// Records every input except blank lines, comments, `.quit` and the session commands.
  func didRespond(to input: String, with response: Response) {
    guard let recorder = session.recorder, !response.quit else { return }
    let trimmed = input.trimmingBlanks()
    if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
    let head = Shell.head(of: trimmed)
    if Shell.sessionCommands.contains(where: { $0.names.contains(head) }) { return }
    recorder.record(
      command: input, stdout: ANSI.strip(response.recordedStdout ?? response.stdout),
      stderr: ANSI.strip(response.recordedStderr ?? response.stderr),
      failed: response.failed)
  }
}

/// Terminal escape sequences, which recordings never keep.
enum ANSI {
  /// The text without CSI sequences (`ESC [ … final`).
  static func strip(_ text: String) -> String {
    guard text.unicodeScalars.contains("\u{1B}") else { return text }
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let s = scalars.next() {
      guard s == "\u{1B}" else {
        out.append(s)
        continue
      }
      guard let next = scalars.next() else { break }
      if next != "[" { continue }
      while let c = scalars.next(), !(0x40...0x7E).contains(c.value) {}
    }
    return String(out)
  }
}
