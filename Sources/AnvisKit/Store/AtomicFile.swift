/// The one place anvis writes files: every write is atomic and owner-only by default.
///
/// The bytes go to a new temporary file beside the target (a name no one else can guess,
/// created exclusively with mode 0600), are flushed to disk, and the temporary file is
/// renamed over the target; then the folder itself is flushed so the rename survives a
/// crash. A reader sees the old file or the new one, never half of one. On any failure
/// the temporary file is removed and the target is left as it was.
public enum AtomicFile {
  /// Writes `bytes` to `path` atomically, leaving the file with permission bits `mode`.
  public static func write(_ bytes: [UInt8], to path: String, mode: UInt32 = 0o600) throws(StoreError) {
    try write([(path, bytes)], mode: mode)
  }

  /// Writes several files, each atomically. Every file is first written in full and
  /// flushed beside its target; only when all of them are on disk are they renamed into
  /// place, so a failure while writing (disk full, a missing folder) replaces none of them.
  public static func write(_ files: [(path: String, bytes: [UInt8])], mode: UInt32 = 0o600)
    throws(StoreError)
  {
    var staged = [Staged]()
    staged.reserveCapacity(files.count)
    for file in files {
      do throws(StoreError) {
        staged.append(try stage(file.bytes, for: file.path, mode: mode))
      } catch {
        for s in staged { POSIX.remove(s.temporary) }
        throw error
      }
    }
    for (i, s) in staged.enumerated() {
      guard POSIX.renameFile(s.temporary, s.path) else {
        let code = POSIX.lastError
        for rest in staged[i...] { POSIX.remove(rest.temporary) }
        throw .from(errno: code, path: s.path, folder: s.folder, operation: "rename")
      }
    }
    var synced = [String]()
    for s in staged where !synced.contains(s.folder) {
      syncFolder(s.folder)
      synced.append(s.folder)
    }
  }

  /// A file written in full under a temporary name beside its target.
  private struct Staged {
    var path: String
    var folder: String
    var temporary: String
  }

  private static func stage(_ bytes: [UInt8], for path: String, mode: UInt32) throws(StoreError) -> Staged
  {
    let folder = folder(of: path)
    let temporary = try createTemporary(beside: path, in: folder)
    do throws(StoreError) {
      try fill(temporary.fd, with: bytes, mode: mode, path: path, folder: folder)
    } catch {
      POSIX.closeFile(temporary.fd)
      POSIX.remove(temporary.path)
      throw error
    }
    guard POSIX.closeFile(temporary.fd) else {
      let code = POSIX.lastError
      POSIX.remove(temporary.path)
      throw .from(errno: code, path: path, folder: folder, operation: "close")
    }
    return Staged(path: path, folder: folder, temporary: temporary.path)
  }

  /// Writes and flushes `bytes` under a new temporary name beside `path`; returns that name.
  static func stageTemporary(_ bytes: [UInt8], for path: String, mode: UInt32) throws(StoreError)
    -> String
  {
    try stage(bytes, for: path, mode: mode).temporary
  }

  /// Flushes a folder after a name in it changed (best effort).
  static func syncFolderEntry(_ folder: String) { syncFolder(folder) }

  /// Writes `text` as UTF-8 to `path` atomically (see `write(_:to:mode:)`).
  public static func write(_ text: String, to path: String, mode: UInt32 = 0o600) throws(StoreError) {
    try write(Array(text.utf8), to: path, mode: mode)
  }

  /// Creates the folder at `path` (and any missing parents) with permission bits `mode`;
  /// an existing folder is left as it is.
  public static func createFolder(_ path: String, mode: UInt32 = 0o700) throws(StoreError) {
    switch POSIX.isFolder(path) {
    case true?: return
    case false?: throw .notAFolder(file: path, folder: path)
    case nil: break
    }
    let parent = folder(of: path)
    if parent != path && parent != "." && parent != "/" && POSIX.isFolder(parent) == nil {
      try createFolder(parent, mode: mode)
    }
    guard POSIX.makeFolder(path, mode: mode) else {
      let code = POSIX.lastError
      if code == POSIX.exists, POSIX.isFolder(path) == true { return }
      throw .from(errno: code, path: path, folder: parent, operation: "mkdir")
    }
    // mkdir's mode is reduced by the umask; set it exactly.
    _ = POSIX.setMode(path: path, mode)
  }

  /// The folder part of `path` (`.` for a bare file name).
  static func folder(of path: String) -> String {
    var bytes = Array(path.utf8)
    while bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
    guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "." }
    if slash == 0 { return "/" }
    return String(decoding: bytes[..<slash], as: UTF8.self)
  }

  private static func createTemporary(
    beside path: String, in folder: String
  ) throws(StoreError) -> (fd: Int32, path: String) {
    let base = String(
      decoding: Array(path.utf8).split(separator: UInt8(ascii: "/")).last ?? [], as: UTF8.self)
    var lastCode: Int32 = 0
    for _ in 0..<8 {
      let candidate = (folder == "." ? "" : folder + "/") + "." + base + ".tmp-" + unguessableSuffix()
      let fd = POSIX.createExclusive(candidate, mode: 0o600)
      if fd >= 0 { return (fd, candidate) }
      lastCode = POSIX.lastError
      if lastCode != POSIX.exists { break }
    }
    throw .from(errno: lastCode, path: path, folder: folder, operation: "open")
  }

  private static func fill(
    _ fd: Int32, with bytes: [UInt8], mode: UInt32, path: String, folder: String
  ) throws(StoreError) {
    if let code = POSIX.writeAll(fd, bytes) {
      throw .from(errno: code, path: path, folder: folder, operation: "write")
    }
    guard POSIX.setMode(fd, mode) else {
      throw .from(errno: POSIX.lastError, path: path, folder: folder, operation: "chmod")
    }
    guard POSIX.sync(fd) else {
      throw .from(errno: POSIX.lastError, path: path, folder: folder, operation: "fsync")
    }
  }

  /// Flushes the folder entry of a rename. Best effort: some file systems refuse `fsync`
  /// on a folder, and by now the new file is in place.
  private static func syncFolder(_ folder: String) {
    let fd = POSIX.openFolder(folder)
    guard fd >= 0 else { return }
    _ = POSIX.sync(fd)
    POSIX.closeFile(fd)
  }

  /// 24 hex digits from the system's random source. This is the one use of unseeded
  /// randomness in AnvisKit: a temporary file's name must not be guessable by other users,
  /// and it never appears in any output.
  private static func unguessableSuffix() -> String {
    var system = SystemRandomNumberGenerator()
    let digits = Array("0123456789abcdef".utf8)
    var out = [UInt8]()
    out.reserveCapacity(24)
    for _ in 0..<3 {
      var word = system.next()
      for _ in 0..<8 {
        out.append(digits[Int(word & 0xF)])
        word >>= 4
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
