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
