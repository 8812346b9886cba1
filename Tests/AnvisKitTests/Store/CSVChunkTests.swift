import Testing

@testable import AnvisKit

/// Cutting a CSV file into chunks for parallel readers: every cut falls just after a line break
/// outside quotes, each chunk knows its line, and reading the chunks one after another gives
/// exactly the records (and lines) one reader of the whole file gives.
@Suite("CSV chunks")
struct CSVChunkTests {
  /// Each record's line and fields, read by one reader.
  static func whole(_ text: String) -> [(Int, [String])] {
    var reader = CSVReader(bytes: Array(text.utf8))
    var fields: [CSVField] = []
    var out: [(Int, [String])] = []
    while reader.nextRecord(into: &fields) { out.append((fields[0].line, fields.map { reader.string($0) })) }
    return out
  }

  /// The same, read chunk by chunk; nil when a chunk's reader did not end where the next starts.
  static func chunked(_ text: String, size: Int) -> (records: [(Int, [String])], chunks: [CSVChunk])? {
    let reader = CSVReader(bytes: Array(text.utf8))
    let chunks = CSVChunk.split(reader.bytes, from: reader.bodyStart, line: 1, size: size)
    var out: [(Int, [String])] = []
    var fields: [CSVField] = []
    for (i, chunk) in chunks.enumerated() {
      var part = reader.chunk(chunk)
      while part.nextRecord(into: &fields) { out.append((fields[0].line, fields.map { part.string($0) })) }
      guard part.position.offset == chunk.end, i + 1 == chunks.count || part.position.line == chunks[i + 1].line
      else { return nil }
    }
    return (out, chunks)
  }

  static func same(_ a: [(Int, [String])], _ b: [(Int, [String])]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
  }

  /// Every size from one byte (a cut after every line) to past the whole text.
  static func agreesAtEverySize(_ text: String) -> Bool {
    let expected = whole(text)
    return (1...(text.utf8.count + 1)).allSatisfy { size in
      guard let got = chunked(text, size: size) else { return false }
      return same(got.records, expected)
    }
  }

  @Test func cutsOnlyAfterLineBreaks() throws {
    let text = "a,b\n1,2\n3,4\n5,6\n"
    let chunks = CSVChunk.split(Array(text.utf8), from: 0, line: 1, size: 5)
    #expect(chunks == [
      CSVChunk(start: 0, end: 8, line: 1), CSVChunk(start: 8, end: 16, line: 3),
    ])
    #expect(Self.agreesAtEverySize(text))
  }

  @Test func aQuotedNewlineAcrossACutStaysInItsChunk() throws {
    let text = "id,note\n1,\"first\nsecond\nthird\"\n2,plain\n3,\"x\r\ny\"\n4,z\n"
    let bytes = Array(text.utf8)
    // A cut aimed inside the quoted field lands after the record that holds it.
    let inside = text.utf8.distance(from: text.utf8.startIndex, to: text.range(of: "second")!.lowerBound)
    let chunks = CSVChunk.split(bytes, from: 8, line: 2, size: inside - 8)
    #expect(chunks.count == 3)
    #expect(chunks[1].start == text.utf8.distance(from: text.utf8.startIndex, to: text.range(of: "2,plain")!.lowerBound))
    #expect(chunks[1].line == 5)
    #expect(Self.agreesAtEverySize(text))
  }

  @Test func crlfIsOneLineBreak() throws {
    let text = "a,b\r\n1,2\r\n\r\n3,4\r5,6\r\n7,8"
    let chunks = CSVChunk.split(Array(text.utf8), from: 0, line: 1, size: 4)
    let bytes = Array(text.utf8)
    #expect(chunks.count > 2)
    for chunk in chunks.dropFirst() {
      #expect(!(bytes[chunk.start - 1] == UInt8(ascii: "\r") && bytes[chunk.start] == UInt8(ascii: "\n")), "cut between CR and LF")
    }
    #expect(Self.whole(text).map(\.0) == [1, 2, 4, 5, 6])
    #expect(Self.agreesAtEverySize(text))
  }

  @Test func semicolonsWithDecimalCommas() throws {
    let text = "\u{FEFF}id;size\nu-1;48,5\nu-2;\"65,0\"\nu-3;70\n"
    #expect(Self.agreesAtEverySize(text))
  }

  @Test func brokenQuotingStillAgrees() throws {
    // A stray quote inside an unquoted field misleads the split's parity; the check that each
    // reader ends where the next chunk starts catches it (the loader then reads the whole file).
    let text = "a,b\n1,ab\"c\n2,x\n3,\"y\n4,z\n5,\"open\n"
    let expected = Self.whole(text)
    for size in 1...text.utf8.count {
      if let got = Self.chunked(text, size: size) { #expect(Self.same(got.records, expected), "size \(size)") }
    }
  }

  @Test func aFileSmallerThanOneChunkIsOneChunk() throws {
    let text = "a,b\n1,2\n"
    #expect(CSVChunk.split(Array(text.utf8), from: 4, line: 2, size: 100) == [CSVChunk(start: 4, end: 8, line: 2)])
  }

  @Test func anEmptyFileIsOneEmptyChunk() throws {
    #expect(CSVChunk.split([], from: 0, line: 1, size: 10) == [CSVChunk(start: 0, end: 0, line: 1)])
    #expect(Self.chunked("", size: 1)?.records.isEmpty == true)
  }
}
