import Foundation

/// The recording journalled as it happens: `.autosave-PID.anvis` in the sessions folder, in
/// transcript format, owner-only, each step appended and fsynced, and held under an advisory
/// lock while its shell runs, so that a later shell can tell a crashed session's journal
/// (lock free) from a running one's.
public final class AutosaveJournal {
  public let path: String
  private var fd: Int32

  private init(path: String, fd: Int32) {
    self.path = path
    self.fd = fd
  }

  deinit { if fd >= 0 { POSIX.closeFile(fd) } }

  /// Creates a fresh journal in the store's folder and writes the header.
  public static func create(in store: SessionStore, header: TranscriptHeader) throws(SessionError)
    -> AutosaveJournal
  {
    try store.checkFolder()
    let pid = POSIX.processID
    for attempt in 1...100 {
      let suffix = attempt == 1 ? "\(pid)" : "\(pid)-\(attempt)"
      let path = store.folder + "/.autosave-\(suffix).anvis"
      let fd = POSIX.openFile(path, POSIX.createNew | POSIX.append, 0o600)
      if fd < 0 {
        if POSIX.lastError == POSIX.exists { continue }
        throw .unwritable(path: path, reason: POSIX.describe(errno: POSIX.lastError))
      }
      _ = POSIX.setMode(fd, 0o600)
      _ = POSIX.tryLock(fd)
      let journal = AutosaveJournal(path: path, fd: fd)
      guard journal.append(TranscriptWriter.header(header) + "\n") else {
        journal.discard()
        throw .unwritable(path: path, reason: POSIX.describe(errno: POSIX.lastError))
      }
      return journal
    }
    throw .unwritable(path: store.folder, reason: "too many autosave files")
  }

  /// Appends text and forces it to disk; false if either failed.
  @discardableResult
  public func append(_ text: String) -> Bool {
    guard fd >= 0 else { return false }
    return POSIX.writeAll(fd, Array(text.utf8)) == nil && POSIX.sync(fd)
  }

  /// Replaces the journal's content with a whole transcript.
  @discardableResult
  public func rewrite(_ transcript: Transcript) -> Bool {
    guard fd >= 0, POSIX.truncate(fd) else { return false }
    return append(TranscriptWriter.text(transcript))
  }

  /// Closes and deletes the journal (a clean exit).
  public func discard() {
    if fd >= 0 {
      POSIX.closeFile(fd)
      fd = -1
    }
    POSIX.remove(path)
  }
}

/// A journal left behind by a shell that did not exit cleanly.
public struct OrphanedAutosave: Sendable {
  public var path: String
  /// Its complete steps.
  public var transcript: Transcript
  /// What was dropped from a torn end, if anything.
  public var torn: String?
}

extension SessionStore {
  /// Journals in the folder whose shell is gone (nobody holds their lock), sorted by name,
  /// each read up to its last complete step; unreadable ones are skipped.
  public func orphanedAutosaves(excluding own: String? = nil) -> [OrphanedAutosave] {
    var found: [OrphanedAutosave] = []
    for file in FolderListing.names(in: folder, endingIn: ".anvis", hidden: true)
    where file.hasPrefix(".autosave-") {
      let path = folder + "/" + file
      if path == own { continue }
      let fd = POSIX.openFile(path, POSIX.readOnly)
      guard fd >= 0 else { continue }
      let free = POSIX.tryLock(fd)
      POSIX.closeFile(fd)
      guard free, let (transcript, torn) = try? AutosaveJournal.read(path: path) else { continue }
      found.append(OrphanedAutosave(path: path, transcript: transcript, torn: torn))
    }
    return found
  }
}
