/// The data set's `scenarios/` folder: one plain `NAME.scenario` file per saved scenario.
///
/// Lists, reads, writes, drops and renames those files. Every write is atomic and owner-only
/// (`AtomicFile`); the folder is made (0700) on the first write. The store knows nothing of
/// levers: it moves text, and the session parses it.
public struct ScenarioStore: Sendable {
  /// The folder's path (`DATA/scenarios`).
  public let folder: String

  /// The file name ending every scenario file has.
  public static let fileExtension = ".scenario"

  public init(folder: String) { self.folder = folder }

  /// The store inside a data set folder.
  public init(dataFolder: String) { self.init(folder: dataFolder + "/scenarios") }

  /// The file a scenario name is saved in.
  public func path(of name: String) -> String { folder + "/" + name + Self.fileExtension }

  /// Names of the saved scenarios in natural order (`NaturalOrder`); empty when there is no folder.
  public func names() -> [String] {
    FolderListing.names(in: folder, endingIn: Self.fileExtension).map {
      String($0.dropLast(Self.fileExtension.count))
    }.naturallySorted()
  }

  /// Whether a scenario of this name is saved.
  public func contains(_ name: String) -> Bool { FileBytes.exists(path(of: name)) }

  /// The text of a saved scenario: UTF-8, without anything that looks like a CPR number.
  public func read(_ name: String) throws(StoreError) -> String {
    let file = "scenarios/" + CPRDetector.masking(name + Self.fileExtension).text
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(path(of: name))
    } catch {
      throw .unreadable(file: file, reason: error.message)
    }
    guard UTF8Check.isValid(bytes) else { throw .notUTF8(file: file) }
    let text = String(decoding: bytes, as: UTF8.self)
    if let masked = CPRDetector.maskedMatch(in: name + Self.fileExtension + "\n" + text) {
      throw .personalData(file: file, masked: masked)
    }
    return text
  }

  /// Every saved scenario's text, in name order, and the files that could not be read.
  public func readAll() -> (texts: [(name: String, text: String)], problems: [StoreError]) {
    var texts = [(name: String, text: String)]()
    var problems = [StoreError]()
    for name in names() {
      do throws(StoreError) {
        texts.append((name, try read(name)))
      } catch {
        problems.append(error)
      }
    }
    return (texts, problems)
  }

  /// Saves a scenario's text as `NAME.scenario`, replacing what was there.
  public func write(_ text: String, as name: String) throws(StoreError) {
    do {
      try AtomicFile.createFolder(folder)
      try AtomicFile.write(text, to: path(of: name))
    } catch {
      throw .scenarioNotWritten(name: name, error)
    }
  }

  /// Deletes a saved scenario's file.
  public func drop(_ name: String) throws(StoreError) {
    let path = path(of: name)
    guard FileBytes.exists(path) else { throw .scenarioNotSaved(name: name) }
    guard POSIX.remove(path) else {
      throw .scenarioNotWritten(
        name: name,
        .writeFailed(path: path, operation: "unlink", reason: POSIX.describe(errno: POSIX.lastError)))
    }
    AtomicFile.syncFolderEntry(folder)
  }

  /// Saves `text` as `new` and removes `old`'s file. The new file is written in full and
  /// linked into place only if no file of that name exists; then the old name is removed. A
  /// crash in between leaves both files, never neither.
  public func rename(_ old: String, to new: String, text: String) throws(StoreError) {
    let created: Bool
    do {
      try AtomicFile.createFolder(folder)
      created = try AtomicFile.writeNew(Array(text.utf8), to: path(of: new))
    } catch {
      throw .scenarioNotWritten(name: new, error)
    }
    guard created else { throw .scenarioExists(name: new) }
    if FileBytes.exists(path(of: old)) { try drop(old) }
  }
}
