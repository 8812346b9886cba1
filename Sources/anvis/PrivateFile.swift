#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading a whole file as UTF-8 text.
enum ReadFile {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func text(_ path: String) throws(Failure) -> String {
    let fd = open(path, O_RDONLY)
    if fd < 0 { throw Failure(description: String(cString: strerror(errno))) }
    defer { close(fd) }
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
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// Files only their owner may read, written atomically: a temporary file in the same folder,
/// fsync, rename.
enum PrivateFile {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func write(_ text: String, to path: String) throws(Failure) {
    let temporary = path + ".tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    if fd < 0 { throw failure() }
    var ok = fchmod(fd, 0o600) == 0
    let bytes = Array(text.utf8)
    var offset = 0
    while ok && offset < bytes.count {
      let n = bytes.withUnsafeBytes { posixWrite(fd, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { ok = false } else { offset += n }
    }
    ok = ok && fsync(fd) == 0
    let error = failure()
    close(fd)
    guard ok, rename(temporary, path) == 0 else {
      unlink(temporary)
      throw ok ? failure() : error
    }
  }

  private static func failure() -> Failure { Failure(description: String(cString: strerror(errno))) }
}
