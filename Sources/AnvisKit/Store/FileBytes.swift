#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file into memory with plain POSIX calls (no Foundation on the hot path).
enum FileBytes {
  enum Failure: Error, Equatable {
    case notFound
    case isDirectory
    case unreadable(String)
  }

  static func read(_ path: String) throws(Failure) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw failure(errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw failure(errno) }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory }
    var result = [UInt8]()
    var capacity = max(Int(info.st_size), 0) + 1
    result.reserveCapacity(capacity)
    while true {
      var readError: Int32 = 0
      let before = result.count
      let wanted = capacity - before
      result.append(contentsOf: repeatElement(0, count: wanted))
      let got = result.withUnsafeMutableBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        let n = systemRead(fd, base + before, wanted)
        if n < 0 { readError = errno }
        return n
      }
      if got < 0 {
        if readError == EINTR {
          result.removeLast(wanted)
          continue
        }
        throw failure(readError)
      }
      result.removeLast(wanted - got)
      if got == 0 { return result }
      if result.count == capacity { capacity *= 2 }
    }
  }

  enum Kind { case missing, directory, other }

  /// What is at `path`.
  static func kind(_ path: String) -> Kind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .other
  }

  /// Whether something exists at `path`.
  static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.read(fd, buffer, count)
    #else
      Darwin.read(fd, buffer, count)
    #endif
  }

  private static func failure(_ code: Int32) -> Failure {
    switch code {
    case ENOENT, ENOTDIR: return .notFound
    case EISDIR: return .isDirectory
    default: return .unreadable(String(cString: strerror(code)))
    }
  }
}
