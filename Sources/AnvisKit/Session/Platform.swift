#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX calls sessions need (atomic writes, fsync, advisory locks), in one place.
enum SessionPlatform {
  static var processID: Int32 { getpid() }

  static func errorText(_ code: Int32) -> String { String(cString: strerror(code)) }

  static var lastError: Int32 { errno }

  /// Opens a file; -1 and errno on failure.
  static func open(_ path: String, _ flags: Int32, _ mode: UInt32 = 0o600) -> Int32 {
    #if canImport(Darwin)
      return Darwin.open(path, flags, mode_t(mode))
    #else
      return Glibc.open(path, flags, mode_t(mode))
    #endif
  }

  /// Writes every byte; false (errno set) on failure.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return write(fd, base + done, bytes.count - done)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return false
      }
      done += n
    }
    return true
  }

  static func sync(_ fd: Int32) -> Bool { fsync(fd) == 0 }
  static func close(_ fd: Int32) { _ = closeFD(fd) }
  private static func closeFD(_ fd: Int32) -> Int32 {
    #if canImport(Darwin)
      return Darwin.close(fd)
    #else
      return Glibc.close(fd)
    #endif
  }
  static func chmodFD(_ fd: Int32, _ mode: UInt32) { _ = fchmod(fd, mode_t(mode)) }
  static func rename(_ from: String, _ to: String) -> Bool {
    #if canImport(Darwin)
      return Darwin.rename(from, to) == 0
    #else
      return Glibc.rename(from, to) == 0
    #endif
  }
  static func unlink(_ path: String) -> Bool {
    #if canImport(Darwin)
      return Darwin.unlink(path) == 0
    #else
      return Glibc.unlink(path) == 0
    #endif
  }
  /// Tries to take an exclusive advisory lock without waiting.
  static func tryLock(_ fd: Int32) -> Bool { flock(fd, LOCK_EX | LOCK_NB) == 0 }

  /// Whether the path is a directory (false if missing); `exists` tells the two apart.
  static func kind(_ path: String) -> (exists: Bool, directory: Bool) {
    var info = stat()
    guard stat(path, &info) == 0 else { return (false, false) }
    return (true, (info.st_mode & S_IFMT) == S_IFDIR)
  }

  static let createNew = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
  static let createAppend = O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC
  static let readOnly = O_RDONLY | O_CLOEXEC
  static let directory = O_RDONLY | O_DIRECTORY | O_CLOEXEC
}
