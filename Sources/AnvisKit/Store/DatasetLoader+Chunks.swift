/// Reading a large table on all cores: its rows are cut into chunks at line breaks outside
/// quotes (`CSVChunk.split`), each chunk is read by its own reader into a part, and the parts
/// and problems are put back together in file order, so that what the load builds and reports
/// is exactly what one reader going through the file would.
extension DatasetLoader {
  /// What the reader of one chunk ends with.
  struct ChunkRead<Part: Sendable>: Sendable {
    var part: Part
    var reader: TableFileReader
    var ids: IDRegistry
  }

  /// Smallest chunk worth a reader of its own: 4 MiB, so that a file the size of aalborg's
  /// units (1.7 MB) is read by one reader without waking other threads (on a busy machine,
  /// waiting for them cost more at start-up than the split saved).
  static let smallestChunk = 1 << 22

  /// Reads the rows of `file` with `body` (which registers each row's id in the registry it is
  /// given); returns the parts in file order and leaves the problems in `file`. A file of at
  /// least two chunks is read in parallel, unless it is a sheet. `chunkSize` (tests) sets the
  /// size of a chunk; nil chooses two chunks a core, of at least `smallestChunk` bytes.
  ///
  /// The chunks are trusted only when each reader ended exactly where the next chunk starts, on
  /// the line the split gave it (a stray quote can mislead the split), and when the ids ascend
  /// across the chunks (so no id repeats one in an earlier chunk). Otherwise one reader reads
  /// the whole file again, which is what happens for a small file anyway.
  static func readRows<Part: Sendable>(
    _ file: inout TableFileReader, chunkSize: Int?,
    _ body: @Sendable (inout TableFileReader, inout IDRegistry) -> Part
  ) -> [Part] {
    let left = file.csv.bytesLeft
    let size = chunkSize ?? max(smallestChunk, left / (2 * Parallel.cores) + 1)
    if !file.isSheet, left > size {
      let start = file.csv.position
      let chunks = CSVChunk.split(file.csv.bytes, from: start.offset, line: start.line, size: size)
      let template = file
      let reads = Parallel.map(chunks.count) { i in
        var reader = template.chunk(chunks[i])
        var ids = IDRegistry()
        let part = body(&reader, &ids)
        return ChunkRead(part: part, reader: reader, ids: ids)
      }
      if chunks.count > 1, linesUp(reads, chunks) {
        for read in reads { file.absorb(read.reader) }
        return reads.map(\.part)
      }
    }
    var ids = IDRegistry()
    return [body(&file, &ids)]
  }

  /// Whether each chunk's reader ended where the next chunk starts and the ids ascend across them.
  private static func linesUp<Part>(_ reads: [ChunkRead<Part>], _ chunks: [CSVChunk]) -> Bool {
    var previousLast: String?
    for (i, read) in reads.enumerated() {
      let end = read.reader.csv.position
      guard end.offset == chunks[i].end, i + 1 == chunks.count || end.line == chunks[i + 1].line else {
        return false
      }
      guard read.ids.isAscending else { return false }
      if let first = read.ids.first {
        if let previousLast, !(previousLast < first) { return false }
        previousLast = read.ids.last
      }
    }
    return true
  }

  /// The parts one after another: the others appended to the first (whose reader reserves room
  /// for the whole file, see `readUnits`), each released once copied. Copying every part into
  /// a new array held the rows twice at once.
  static func joined<T>(_ parts: inout [[T]]) -> [T] {
    guard parts.count > 1 else { return parts.first ?? [] }
    var all = parts[0]
    parts[0] = []
    all.reserveCapacity(parts.reduce(all.count) { $0 + $1.count })
    for i in 1..<parts.count {
      all.append(contentsOf: parts[i])
      parts[i] = []
    }
    return all
  }
}
