/// A stretch of a CSV file's records that one reader of several takes (see `CSVReader.chunk`).
public struct CSVChunk: Sendable, Equatable {
  /// First byte: the start of a line.
  public var start: Int
  /// One past the last byte: the start of the next chunk, or the end of the file.
  public var end: Int
  /// The 1-based line `start` is on in the whole file.
  public var line: Int

  public init(start: Int, end: Int, line: Int) {
    self.start = start
    self.end = end
    self.line = line
  }

  /// Splits `bytes[start...]` into chunks of at least `size` bytes, each cut just after a line
  /// break outside quotes; `line` is the line `start` is on. One scan counts line breaks the way
  /// `CSVReader` does (CRLF, LF or CR is one) and tracks quotes by parity, so a quoted field's
  /// newlines never end a chunk. A stray quote inside an unquoted field can make the parity
  /// wrong; the reader of a chunk then ends somewhere other than the next chunk's start, which
  /// the caller checks (`CSVReader.position`) before trusting the chunks.
  public static func split(_ bytes: [UInt8], from start: Int, line: Int, size: Int) -> [CSVChunk] {
    let size = max(1, size)
    let count = bytes.count
    guard start < count, count - start > size else {
      return [CSVChunk(start: min(start, count), end: count, line: line)]
    }
    var chunks: [CSVChunk] = []
    var chunkStart = start
    var chunkLine = line
    var lines = line
    var target = start + size
    var inQuotes = false
    bytes.withUnsafeBufferPointer { b in
      var i = start
      while i < count && target < count {
        // Eight bytes at a time up to the first quote or line break (bytes below 0x23; the
        // lowest marked byte is always one, see `CSVReader.specialBytes`).
        if i + 8 <= count, let base = b.baseAddress {
          let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
          let low = (x &- 0x2323_2323_2323_2323) & ~x & 0x8080_8080_8080_8080
          if low == 0 {
            i += 8
            continue
          }
          i += low.trailingZeroBitCount >> 3
        }
        let byte = b[i]
        i += 1
        if byte > CSVReader.quote { continue }
        if byte == CSVReader.quote {
          inQuotes.toggle()
          continue
        }
        if byte == CSVReader.cr {
          if i < count && b[i] == CSVReader.lf { i += 1 }
        } else if byte != CSVReader.lf {
          continue
        }
        lines += 1
        if !inQuotes && i >= target && i < count {
          chunks.append(CSVChunk(start: chunkStart, end: i, line: chunkLine))
          chunkStart = i
          chunkLine = lines
          target = i + size
        }
      }
    }
    chunks.append(CSVChunk(start: chunkStart, end: count, line: chunkLine))
    return chunks
  }
}
