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

  deinit { if fd >= 0 { SessionPlatform.close(fd) } }

  /// Creates a fresh journal in the store's folder and writes the header.
  public static func create(in store: SessionStore, header: TranscriptHeader) throws(SessionError)
    -> AutosaveJournal
  {
    try store.checkFolder()
    let pid = SessionPlatform.processID
    for attempt in 1...100 {
      let suffix = attempt == 1 ? "\(pid)" : "\(pid)-\(attempt)"
      let path = store.folder + "/.autosave-\(suffix).anvis"
      let fd = SessionPlatform.open(path, SessionPlatform.createNew | O_APPEND, 0o600)
      if fd < 0 {
        if SessionPlatform.lastError == EEXIST { continue }
        throw .unwritable(path: path, reason: SessionPlatform.errorText(SessionPlatform.lastError))
      }
      SessionPlatform.chmodFD(fd, 0o600)
      _ = SessionPlatform.tryLock(fd)
      let journal = AutosaveJournal(path: path, fd: fd)
      guard journal.append(TranscriptWriter.header(header) + "\n") else {
        journal.discard()
        throw .unwritable(path: path, reason: SessionPlatform.errorText(SessionPlatform.lastError))
      }
      return journal
    }
    throw .unwritable(path: store.folder, reason: "too many autosave files")
  }

  /// Appends text and forces it to disk; false if either failed.
  @discardableResult
  public func append(_ text: String) -> Bool {
    guard fd >= 0 else { return false }
    return SessionPlatform.writeAll(fd, Array(text.utf8)) && SessionPlatform.sync(fd)
  }

  /// Replaces the journal's content with a whole transcript.
  @discardableResult
  public func rewrite(_ transcript: Transcript) -> Bool {
    guard fd >= 0, ftruncate(fd, 0) == 0 else { return false }
    return append(TranscriptWriter.text(transcript))
  }

  /// Closes and deletes the journal (a clean exit).
  public func discard() {
    if fd >= 0 {
      SessionPlatform.close(fd)
      fd = -1
    }
    _ = SessionPlatform.unlink(path)
  }
}

/// A journal left behind by a shell that did not exit cleanly.
public struct OrphanedAutosave: Sendable {
  public var path: String
  public var transcript: Transcript
}

extension SessionStore {
  /// Journals in the folder whose shell is gone (nobody holds their lock), sorted by name;
  /// unreadable ones are skipped.
  public func orphanedAutosaves(excluding own: String? = nil) -> [OrphanedAutosave] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var found: [OrphanedAutosave] = []
    for file in files.sorted() where file.hasPrefix(".autosave-") && file.hasSuffix(".anvis") {
      let path = folder + "/" + file
      if path == own { continue }
      let fd = SessionPlatform.open(path, SessionPlatform.readOnly)
      guard fd >= 0 else { continue }
      let free = SessionPlatform.tryLock(fd)
      SessionPlatform.close(fd)
      guard free, let transcript = try? Self.read(path: path) else { continue }
      found.append(OrphanedAutosave(path: path, transcript: transcript))
    }
    return found
  }
}
