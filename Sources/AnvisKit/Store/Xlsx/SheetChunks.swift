import Foundation

/// Reading a large sheet on all cores: the sheet's XML is cut at `<row` tags into pieces, each
/// piece is read by its own `XMLScanner` and `SheetHandler` inside the elements the part's
/// beginning left open (`<worksheet><sheetData>`), and the cells are put back together in
/// order, so that the result is exactly what one pass over the part gives.
///
/// The pieces are trusted only when each one but the last ends with the same elements open as
/// it started with, none had an XML error, every row names its number (`r`), and no cell lies
/// outside a row at a piece's end. Otherwise (a cut inside a comment, say) one pass reads the
/// whole part again, which also gives any error its exact place.
enum SheetChunks {
  /// Smallest piece worth a thread of its own.
  static let smallestChunk = 1 << 20

  /// The sheet at `path` of `book` read with `handler`; a malformed part is unreadable.
  static func parse(_ book: XlsxWorkbook, _ path: String, _ handler: SheetHandler)
    throws(XlsxPackage.Failure) -> SheetHandler
  {
    let data = try book.part(path)
    if Parallel.cores > 1,
      let read = data.withUnsafeBytes({ raw in
        read(
          UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count),
          handler)
      })
    {
      return read
    }
    var handler = handler
    if let error = XMLEvents.parse(data, &handler) { throw .malformedPart(path, error) }
    return handler
  }

  /// The sheet in `bytes` read in up to `most` pieces (two a core) of at least `smallest`
  /// bytes; nil when it is too small to cut or the pieces cannot be trusted (then one pass must
  /// read it).
  static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, _ handler: SheetHandler, smallest: Int = smallestChunk,
    most: Int = 2 * Parallel.cores
  ) -> SheetHandler? {
    let pieces = min(most, bytes.count / max(1, smallest))
    guard pieces > 1 else { return nil }
    return inPieces(Bytes(buffer: bytes), pieces, handler)
  }

  /// The part's bytes, shared read-only by the workers.
  private struct Bytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
  }

  /// What one piece's pass ended with; nil when it failed.
  private struct Piece: Sendable {
    var handler: SheetHandler
    var open: [Range<Int>]
  }

  /// The sheet read in `pieces` pieces; nil when the pieces cannot be trusted.
  private static func inPieces(_ bytes: Bytes, _ pieces: Int, _ template: SheetHandler) -> SheetHandler? {
    let buffer = bytes.buffer
    guard let first = rowTag(in: buffer, from: 0) else { return nil }
    // The beginning, up to the first row: which elements it leaves open.
    var scanner = XMLScanner(bytes: buffer, upTo: first)
    var head = template
    guard (try? scanner.scan(&head)) != nil, !head.stop, head.cells.cells.isEmpty else { return nil }
    let open = scanner.openElements
    var cuts = [first]
    let step = (buffer.count - first) / pieces
    for k in 1..<pieces {
      guard let cut = rowTag(in: buffer, from: max(cuts[cuts.count - 1] + 1, first + k * step)) else { break }
      cuts.append(cut)
    }
    cuts.append(buffer.count)
    let count = cuts.count - 1
    let bounds = cuts
    let reads = Parallel.map(count) { k -> Piece? in
      var handler = template
      handler.rowKnown = k == 0
      var scanner = XMLScanner(bytes: bytes.buffer, from: bounds[k], to: bounds[k + 1], open: open)
      do throws(XMLScanError) {
        if k == count - 1 { try scanner.run(&handler) } else { try scanner.scan(&handler) }
      } catch {
        return nil
      }
      return Piece(handler: handler, open: scanner.openElements)
    }
    return join(reads, open: open, into: head, buffer)
  }

  /// The pieces' cells, problems and merges after the beginning's, in order; nil when a piece
  /// cannot be trusted.
  private static func join(
    _ reads: [Piece?], open: [Range<Int>], into head: SheetHandler, _ buffer: UnsafeBufferPointer<UInt8>
  )
    -> SheetHandler?
  {
    var result = head
    // Room for every piece at once, so that each piece's cells are copied once.
    let pieces = reads.compactMap { $0?.handler.cells }
    result.cells.reserve(
      text: pieces.reduce(0) { $0 + $1.text.count }, cells: pieces.reduce(0) { $0 + $1.cells.count },
      rows: pieces.reduce(0) { $0 + $1.rows.count })
    for (k, read) in reads.enumerated() {
      guard let read, !read.handler.unsure else { return nil }
      let handler = read.handler
      if !handler.stop, k < reads.count - 1 {
        guard sameElements(read.open, open, buffer),
          handler.cells.cells.count == (handler.cells.rows.last?.end ?? 0)
        else { return nil }
      }
      result.absorb(handler)
      if handler.stop { break }
    }
    return result
  }

  private static func sameElements(_ a: [Range<Int>], _ b: [Range<Int>], _ buffer: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    a.count == b.count && zip(a, b).allSatisfy { buffer[$0].elementsEqual(buffer[$1]) }
  }

  /// The offset of the first `<row` tag (`<row` and a space, `>` or `/`) at or after `start`.
  static func rowTag(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var i = start
    let end = bytes.count - 4
    while i < end {
      if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "r"), bytes[i + 2] == UInt8(ascii: "o"),
        bytes[i + 3] == UInt8(ascii: "w")
      {
        let next = bytes[i + 4]
        if XMLScanner.isSpace(next) || next == UInt8(ascii: ">") || next == UInt8(ascii: "/") { return i }
      }
      i += 1
    }
    return nil
  }
}
