#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file into memory with plain POSIX calls (no Foundation on the hot path).
///
/// Only a regular file is read: the file is opened without blocking (so a FIFO cannot hang the
/// open), the opened descriptor is checked with `fstat` (so a symlink swapped in between cannot
/// fool a check by path), and a device, FIFO or socket is refused. A file larger than
/// `sizeLimit` is refused before it is read, and reading stops there if it grows meanwhile.
enum FileBytes {
  /// The largest file anvis reads: 2 GiB.
  static let sizeLimit = 2 << 30

  enum Failure: Error, Equatable {
    case notFound
    case isDirectory
    /// Not a regular file: what it is (`a FIFO`, `a character device`, …).
    case notRegular(String)
    /// Larger than the limit (bytes).
    case tooLarge(Int)
    case unreadable(String)

    /// The failure in words, for a `file:1:1: …` message.
    var message: String {
      switch self {
      case .notFound: "file not found"
      case .isDirectory: "is a folder, expected a file"
      case .notRegular(let kind): "is \(kind), not a regular file; a data set holds plain files only"
      case .tooLarge(let size):
        "the file is \(FileBytes.describe(bytes: size)); anvis reads files up to \(FileBytes.describe(bytes: FileBytes.sizeLimit))"
      case .unreadable(let reason): "cannot read the file: \(reason)"
      }
    }
  }

  static func read(_ path: String, limit: Int = sizeLimit) throws(Failure) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { throw failure(errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw failure(errno) }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw .isDirectory
    case S_IFIFO: throw .notRegular("a FIFO (named pipe)")
    case S_IFCHR: throw .notRegular("a character device")
    case S_IFBLK: throw .notRegular("a block device")
    case S_IFSOCK: throw .notRegular("a socket")
    default: throw .notRegular("not a plain file")
    }
    let size = max(Int(info.st_size), 0)
    guard size <= limit else { throw .tooLarge(size) }
    // A regular file never blocks, but clear the flag so reads behave as ordinary reads.
    let flags = fcntl(fd, F_GETFL)
    if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
    var result = [UInt8]()
    var capacity = size + 1
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
      // The file grew while being read: stop at the limit rather than follow it.
      guard result.count <= limit else { throw .tooLarge(result.count) }
      if result.count == capacity { capacity = min(capacity * 2, limit + 1) }
    }
  }

  static func describe(bytes: Int) -> String { ByteSize.text(bytes) }

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
