/// The sessions folder: `NAME.anvis` transcripts, saved atomically and owner-only, plus the
/// hidden autosave journals of running (or crashed) shells.
public struct SessionStore: Sendable {
  /// The folder's path as given.
  public let folder: String

  public init(folder: String) {
    var path = folder
    while path.count > 1, path.hasSuffix("/") { path.removeLast() }
    self.folder = path.isEmpty ? "." : path
  }

  /// `--sessions DIR`, else `$ANVIS_SESSIONS`, else `./sessions`.
  public static func folder(flag: String?, environment: [String: String]) -> String {
    if let flag, !flag.isEmpty { return flag }
    if let env = environment["ANVIS_SESSIONS"], !env.isEmpty { return env }
    return "sessions"
  }

  /// The file a name is saved in.
  public func path(for name: SessionName) -> String { folder + "/" + name.fileName }

  /// Fails unless the folder exists and is a folder.
  public func checkFolder() throws(SessionError) {
    guard let isFolder = POSIX.isFolder(folder) else { throw .folderMissing(folder) }
    if !isFolder { throw .folderNotDirectory(folder) }
  }

  /// Saves a transcript as `NAME.anvis`; an existing file only with `force`. A missing
  /// sessions folder is made (owner-only), as `.save` is the user asking for it.
  @discardableResult
  public func save(_ transcript: Transcript, as name: SessionName, force: Bool) throws(SessionError) -> String
  {
    if POSIX.isFolder(folder) == nil {
      do { try AtomicFile.createFolder(folder) } catch { throw .write(error) }
    }
    try checkFolder()
    let path = path(for: name)
    if !force, POSIX.isFolder(path) != nil { throw .exists(name: name.value, path: path) }
    var named = transcript
    named.header = transcript.header.saved(in: folder, workingFolder: POSIX.currentFolder())
    named.header.name = name.value
    let text = TranscriptWriter.text(named)
    if force {
      try Self.write(text, to: path)
      return path
    }
    // The check above is only a quick answer; this is the one that holds when two shells
    // save the same name at the same moment: exactly one of them creates the file.
    let created: Bool
    do { created = try AtomicFile.writeNew(Array(text.utf8), to: path) } catch { throw .write(error) }
    guard created else { throw .exists(name: name.value, path: path) }
    return path
  }

  /// Writes a file atomically and owner-only (the store's `AtomicFile`), in sessions' words.
  public static func write(_ text: String, to path: String) throws(SessionError) {
    do {
      try AtomicFile.write(text, to: path)
    } catch {
      throw .write(error)
    }
  }

  /// Reads and parses a saved session.
  public func load(_ name: SessionName) throws(SessionError) -> Transcript {
    let path = path(for: name)
    guard POSIX.isFolder(path) != nil else { throw .notFound(name: name.value, path: path) }
    return try Self.read(path: path)
  }

  /// Reads and parses a transcript file.
  public static func read(path: String) throws(SessionError) -> Transcript {
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(path)
    } catch {
      throw .unreadable(path: path, reason: error.message)
    }
    guard UTF8Check.isValid(bytes) else { throw .unreadable(path: path, reason: "not UTF-8 text") }
    let text = String(decoding: bytes, as: UTF8.self)
    do {
      return try TranscriptParser.parse(text)
    } catch {
      throw .parse(path: path, error)
    }
  }

  /// Saved session names, sorted.
  public func names() -> [String] {
    FolderListing.names(in: folder, endingIn: ".anvis").map { String($0.dropLast(6)) }
  }

  /// One line per saved session: name, date, steps and first note (or the parse problem).
  public func list() throws(SessionError) -> [SessionSummary] {
    try checkFolder()
    return names().map { name in
      let path = folder + "/" + name + ".anvis"
      do {
        let t = try Self.read(path: path)
        return SessionSummary(
          name: name, date: t.header.date, steps: t.steps.count, firstNote: t.firstNote, problem: nil)
      } catch {
        return SessionSummary(
          name: name, date: "", steps: 0, firstNote: nil, problem: String(describing: error))
      }
    }
  }
}

/// A saved session as `.sessions` lists it.
public struct SessionSummary: Hashable, Sendable {
  public var name: String
  /// The data set's `as_of` from the header.
  public var date: String
  public var steps: Int
  public var firstNote: String?
  /// Why the file could not be read, if it could not.
  public var problem: String?
}
