/// Writes a file atomically and owner-only: a temporary file in the same folder, fsync,
/// rename over the target, fsync of the folder. (Sessions' own until the store's AtomicFile.)
enum SessionAtomicWrite {
  static func write(_ text: String, to path: String) throws(SessionError) {
    let bytes = Array(text.utf8)
    let folder = parent(of: path)
    let temp = folder + "/." + baseName(of: path) + ".tmp-\(SessionPlatform.processID)"
    _ = SessionPlatform.unlink(temp)
    let fd = SessionPlatform.open(temp, SessionPlatform.createNew, 0o600)
    guard fd >= 0 else { throw .unwritable(path: path, reason: SessionPlatform.errorText(SessionPlatform.lastError)) }
    SessionPlatform.chmodFD(fd, 0o600)
    guard SessionPlatform.writeAll(fd, bytes), SessionPlatform.sync(fd) else {
      let reason = SessionPlatform.errorText(SessionPlatform.lastError)
      SessionPlatform.close(fd)
      _ = SessionPlatform.unlink(temp)
      throw .unwritable(path: path, reason: reason)
    }
    SessionPlatform.close(fd)
    guard SessionPlatform.rename(temp, path) else {
      let reason = SessionPlatform.errorText(SessionPlatform.lastError)
      _ = SessionPlatform.unlink(temp)
      throw .unwritable(path: path, reason: reason)
    }
    let dir = SessionPlatform.open(folder, SessionPlatform.directory)
    if dir >= 0 {
      _ = SessionPlatform.sync(dir)
      SessionPlatform.close(dir)
    }
  }

  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func baseName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }
}
