#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX calls anvis needs (atomic writes, fsync, the sessions' journal and its
/// advisory lock), behind one caseless enum so that the platform `#if`s live in this file only.
enum POSIX {
  static let noEntry = ENOENT
  static let notDirectory = ENOTDIR
  static let isDirectory = EISDIR
  static let accessDenied = EACCES
  static let notPermitted = EPERM
  static let readOnlyFileSystem = EROFS
  static let noSpace = ENOSPC
  static let quotaExceeded = EDQUOT
  static let exists = EEXIST
  static let interrupted = EINTR

  /// The calling thread's last error number.
  static var lastError: Int32 { errno }

  static func describe(errno code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }

  /// The process's working folder, absolute; nil if it cannot be read.
  static func currentFolder() -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return nil }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Creates a new file exclusively (never follows or reuses an existing path).
  static func createExclusive(_ path: String, mode: UInt32) -> Int32 {
    open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode_t(mode))
  }

  /// Opens a folder read-only, for `fsync`.
  static func openFolder(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
  }

  static func setMode(_ fd: Int32, _ mode: UInt32) -> Bool { fchmod(fd, mode_t(mode)) == 0 }

  /// Writes all of `bytes`, retrying short writes and interrupts; the errno on failure.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return write(fd, base + offset, buffer.count - offset)
      }
      if written < 0 {
        let code = errno
        if code == interrupted { continue }
        return code
      }
      offset += written
    }
    return nil
  }

  static func sync(_ fd: Int32) -> Bool { fsync(fd) == 0 }

  @discardableResult static func closeFile(_ fd: Int32) -> Bool { close(fd) == 0 }

  static func renameFile(_ from: String, _ to: String) -> Bool { rename(from, to) == 0 }

  /// A second name for a file; fails with EEXIST when `to` exists (never replaces it).
  static func linkFile(_ from: String, _ to: String) -> Bool { link(from, to) == 0 }

  /// Errors that mean the file system has no hard links.
  static let linkUnsupported: [Int32] = [EPERM, EOPNOTSUPP, ENOSYS, EMLINK]

  @discardableResult static func remove(_ path: String) -> Bool { unlink(path) == 0 }

  static func makeFolder(_ path: String, mode: UInt32) -> Bool { mkdir(path, mode_t(mode)) == 0 }

  static func setMode(path: String, _ mode: UInt32) -> Bool { chmod(path, mode_t(mode)) == 0 }

  /// What is at `path`: nil if nothing, else whether it is a folder.
  static func isFolder(_ path: String) -> Bool? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The permission bits of the file at `path`, or nil.
  static func permissions(_ path: String) -> UInt32? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return UInt32(info.st_mode) & 0o7777
  }

  static var processID: Int32 { getpid() }

  static let createNew = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
  static let readOnly = O_RDONLY | O_CLOEXEC
  static let append = O_APPEND

  /// Opens a file; -1 and errno on failure.
  static func openFile(_ path: String, _ flags: Int32, _ mode: UInt32 = 0o600) -> Int32 {
    open(path, flags, mode_t(mode))
  }

  /// Empties an open file.
  static func truncate(_ fd: Int32) -> Bool { ftruncate(fd, 0) == 0 }

  /// Tries to take an exclusive advisory lock without waiting.
  static func tryLock(_ fd: Int32) -> Bool { flock(fd, LOCK_EX | LOCK_NB) == 0 }
}
