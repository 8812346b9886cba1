#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading a whole file as UTF-8 text (a script, the history file).
///
/// A regular file or a pipe (`anvis run <(make-script)`) is read; a device such as
/// `/dev/zero` or a folder is refused, and reading stops with an error past `limit` bytes, so
/// a script can neither hang anvis on an endless device nor fill its memory.
enum ReadFile {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The largest script or history file read: 256 MiB.
  static let limit = 256 << 20

  static func text(_ path: String) throws(Failure) -> String {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 { throw Failure(description: String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw Failure(description: String(cString: strerror(errno))) }
    switch info.st_mode & S_IFMT {
    case S_IFREG, S_IFIFO: break
    case S_IFDIR: throw Failure(description: "is a folder, not a file")
    default: throw Failure(description: "not a regular file or a pipe")
    }
    var bytes = [UInt8]()
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw Failure(description: String(cString: strerror(errno)))
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > limit { throw Failure(description: "larger than 256 MiB; not a script") }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
