/// Writing a file that must not exist yet, with the check and the creation as one step.
extension AtomicFile {
  /// Writes `bytes` to `path` atomically, only if nothing is at `path`; returns false (and
  /// writes nothing) when something is. The file is written and flushed under a temporary
  /// name, then linked to `path` (`link(2)` fails when `path` exists, so of two writers racing
  /// for one name exactly one wins), and the temporary name is removed. On a file system
  /// without hard links it falls back to a check followed by a rename.
  public static func writeNew(_ bytes: [UInt8], to path: String, mode: UInt32 = 0o600) throws(StoreError)
    -> Bool
  {
    let folder = folder(of: path)
    let temporary = try stageTemporary(bytes, for: path, mode: mode)
    defer { POSIX.remove(temporary) }
    if POSIX.linkFile(temporary, path) {
      syncFolderEntry(folder)
      return true
    }
    let code = POSIX.lastError
    if code == POSIX.exists { return false }
    guard POSIX.linkUnsupported.contains(code) else {
      throw .from(errno: code, path: path, folder: folder, operation: "link")
    }
    if POSIX.isFolder(path) != nil { return false }
    guard POSIX.renameFile(temporary, path) else {
      throw .from(errno: POSIX.lastError, path: path, folder: folder, operation: "rename")
    }
    syncFolderEntry(folder)
    return true
  }
}
