/// A saved session made ready to replay: its transcript, a fresh shell on its data set and a
/// warning when the data set changed since it was recorded. Used by `.replay` and `anvis replay`.
/// The fresh shell has no data directory, so saved scenarios neither leak in nor get written.
public struct SessionReplaySetup {
  public let transcript: Transcript
  /// Where the transcript was read from.
  public let path: String
  /// The fresh shell the steps run in (it records nothing).
  public let shell: Shell
  /// The data folder used (the header's, or the one asked for).
  public let dataFolder: String
  /// Set when the data set's hash differs from the header's.
  public let warning: String?

  /// Runs one input in the fresh shell.
  public func run(_ input: String) -> ReplayOutput {
    let r = shell.respond(to: input)
    return ReplayOutput(
      stdout: r.stdout, stderr: r.stderr, failed: r.failed, note: r.note)
  }

  /// Reads `NAME` from the store and opens a fresh shell on its data set (or `data`).
  public static func prepare(
    name: String, store: SessionStore, data: String?, open: @escaping DatasetOpener,
    settings: Settings = Settings(),
    cancellation: Cancellation = Cancellation(), stopwatch: Stopwatch? = nil
  ) throws(SessionError) -> SessionReplaySetup {
    let sessionName: SessionName
    do { sessionName = try SessionName(name) } catch { throw .name(error) }
    let transcript = try store.load(sessionName)
    let candidates = data.map { [$0] } ?? transcript.header.dataFolderCandidates(sessionsFolder: store.folder)
    var folder = candidates.first ?? transcript.header.dataFolder
    let dataset: Dataset
    do {
      dataset = try open(folder)
    } catch {
      // Elsewhere, the first that opens; if none does, the recorded folder's problem.
      var found: (String, Dataset)?
      for candidate in candidates.dropFirst() where found == nil {
        if let d = try? open(candidate) { found = (candidate, d) }
      }
      guard let found else { throw .dataset(folder: folder, error) }
      (folder, dataset) = found
    }
    return fresh(
      transcript, path: store.path(for: sessionName), folder: folder, dataset: dataset, open: open,
      settings: settings, cancellation: cancellation, stopwatch: stopwatch)
  }

  /// The current recording of `shell`, to run again in a fresh shell on the shell's own data
  /// set (`.export FILE`), opened again from its folder as a saved session's replay would.
  static func current(_ transcript: Transcript, of shell: Shell) throws(SessionError) -> SessionReplaySetup {
    let open = shell.datasetOpener()
    let folder = shell.dataDirectory ?? transcript.header.dataFolder
    var dataset = shell.dataset
    if let own = shell.dataDirectory {
      do { dataset = try open(own) } catch { throw .dataset(folder: own, error) }
    }
    return fresh(
      transcript, path: "(unsaved)", folder: folder, dataset: dataset, open: open, settings: shell.settings,
      cancellation: shell.cancellation, stopwatch: nil)
  }

  /// A fresh, sandboxed shell on `dataset` for the transcript's steps.
  static func fresh(
    _ transcript: Transcript, path: String, folder: String, dataset: Dataset, open: @escaping DatasetOpener,
    settings: Settings, cancellation: Cancellation, stopwatch: Stopwatch?
  ) -> SessionReplaySetup {
    var fresh = settings
    fresh.mode = .table
    // As a transcript records: no screen width, the default row limit (see forRecording).
    fresh.width = nil
    fresh.limitsRows = true
    fresh.maxRows = Settings().maxRows
    fresh.expanded = .auto
    // No data directory: the replay's shell neither reads nor writes the data set's saved
    // scenarios, so every replay starts from the same state and leaves the folder untouched.
    // Nothing a replayed step does writes a file or starts another replay; the seed
    // `simulate` uses when none is given is the one of when the recording began.
    let opened = folder
    let shell = Shell(
      dataset: dataset, dataDirectory: nil,
      loader: { () throws(StoreError) -> Dataset in try open(opened) },
      settings: fresh, cancellation: cancellation, stopwatch: stopwatch,
      session: SessionOptions(openDataset: open, sandboxed: true, seed: transcript.header.seed))
    return SessionReplaySetup(
      transcript: transcript, path: path, shell: shell, dataFolder: folder,
      warning: hashWarning(transcript.header, folder: folder))
  }

  /// A warning when the folder's content hash is not the one recorded.
  public static func hashWarning(_ header: TranscriptHeader, folder: String) -> String? {
    guard let recorded = header.dataHash else { return nil }
    let now = DatasetFingerprint.hash(folder: folder) ?? "unreadable"
    guard now != recorded else { return nil }
    return "warning: the data set in '\(folder)' has changed since session '\(header.name)' was recorded "
      + "(\(short(recorded)) then, \(short(now)) now); outputs may differ\n"
  }

  static func short(_ hash: String) -> String {
    hash.hasPrefix("sha256:") ? String(hash.prefix(19)) + "…" : hash
  }

  /// Replays every step and compares (`--check`).
  public func check(shouldStop: () -> Bool = { false }) -> TranscriptReplay {
    TranscriptReplay(transcript, shouldStop: shouldStop, run: run)
  }

  /// Writes the transcript with the replay's outputs accepted (`--update`), hashed afresh.
  public func update(_ replay: TranscriptReplay, store: SessionStore) throws(SessionError) -> String {
    var updated = replay.updated()
    updated.header.dataFolder = dataFolder
    updated.header.dataRelativeToFile = false
    updated.header.dataName = shell.dataset.name
    updated.header.dataHash = DatasetFingerprint.hash(folder: dataFolder)
    updated.header.version = AnvisVersion.current
    updated.header.date = shell.dataset.asOf.description
    return try store.save(
      updated, as: try SessionName.checked(transcript.header.name, path: path), force: true)
  }

  /// The trainer's mode over the fresh shell.
  public func stepper() -> StepReplay { StepReplay(transcript, run: run) }
}

extension SessionName {
  /// The name a transcript was saved under: its file's name, which is what `.replay` loaded.
  static func checked(_ headerName: String, path: String) throws(SessionError) -> SessionName {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    let base = file.hasSuffix(".anvis") ? String(file.dropLast(6)) : file
    do { return try SessionName(base) } catch { throw .name(error) }
  }
}
