import Testing

@testable import AnvisKit

/// The streaming writer gives the same bytes as a whole render, however small its pieces, and
/// each piece ends at a row's end.
@Suite struct TableWriterTests {
  /// A sink that keeps every piece apart.
  struct Pieces: TextSink {
    var pieces: [[UInt8]] = []
    mutating func write(_ bytes: [UInt8]) { pieces.append(bytes) }
    var text: String { String(decoding: pieces.flatMap { $0 }, as: UTF8.self) }
  }

  static let table: Table = {
    var rng = SeededRandom(seed: 11)
    let n = 300
    let words = ["plain", "with,comma", "with \"quotes\"", "two\nlines", "æøå ÆØÅ", "tab\there", "back\\slash", ""]
    var texts = [String](), ints = [Int](), doubles = [Double](), dates = [Int](), flags = [Bool]()
    var codes = [Int32](), gaps = [Bool]()
    for i in 0..<n {
      texts.append(words[rng.int(in: 0...(words.count - 1))] + (i % 7 == 0 ? "\u{1}" : ""))
      ints.append(rng.int(in: -1_000_000...1_000_000))
      doubles.append(Double(rng.int(in: -90_000...90_000)) / Double(rng.int(in: 1...999)))
      dates.append(rng.int(in: -800_000...2_900_000))
      flags.append(rng.chance(0.5))
      codes.append(Int32(rng.int(in: 0...2)))
      gaps.append(rng.chance(0.2))
    }
    doubles[0] = .nan
    doubles[1] = -.infinity
    doubles[2] = 1e-7
    doubles[3] = 2.5e17
    ints[4] = Int.min
    return Table(
      name: "t",
      columns: [
        Column(name: "text, \"odd\" name", storage: .string(texts), missing: Array(gaps.dropFirst()) + [false]),
        Column(name: "n", storage: .int(ints), missing: gaps),
        Column(name: "x", storage: .double(doubles), missing: gaps.reversed()),
        Column(name: "day", storage: .date(dates), missing: gaps),
        Column(name: "ok", storage: .bool(flags)),
        Column(name: "kind", storage: .enumeration(codes: codes, values: ["a,b", "c\"d", "ø"])),
      ])
  }()

  @Test(arguments: [OutputMode.csv, .json, .markdown], [1, 64, 4096, 1 << 18])
  func piecesMakeTheWholeRender(mode: OutputMode, chunk: Int) {
    let renderer = TableRenderer(mode: mode)
    var sink = Pieces()
    renderer.write(Self.table, to: &sink, chunk: chunk)
    #expect(sink.text == renderer.render(Self.table))
    #expect(sink.pieces.allSatisfy { $0.last == UInt8(ascii: "\n") })
    if chunk == 1 { #expect(sink.pieces.count >= Self.table.rowCount) }
  }

  /// The bytes are those of a plain, cell-by-cell writer of the same rules.
  @Test func csvAndJSONMatchACellByCellWriter() {
    let t = Self.table
    var csv = t.columns.map { Self.csvField($0.name) }.joined(separator: ",") + "\n"
    var json = "[\n"
    for row in 0..<t.rowCount {
      csv += t.columns.map { Self.csvField($0[row].exactText) }.joined(separator: ",") + "\n"
      let members = t.columns.map { StringLiteral.quoted($0.name) + ": " + TableRenderer.jsonValue($0[row]) }
      json += "  {" + members.joined(separator: ", ") + "}" + (row + 1 < t.rowCount ? ",\n" : "\n")
    }
    json += "]\n"
    #expect(TableRenderer(mode: .csv).render(t) == csv)
    #expect(TableRenderer(mode: .json).render(t) == json)
  }

  @Test func replyOutputWritesTextAndTablesInOrder() {
    let small = Table(name: "s", columns: [Column(name: "n", storage: .int([1, 2]))])
    let output = ReplyOutput([.text("before\n"), .table(small, TableRenderer(mode: .csv)), .text("after\n")])
    var sink = Pieces()
    output.write(to: &sink, chunk: 1)
    #expect(sink.text == "before\nn\n1\n2\nafter\n")
    #expect(output.text == sink.text)
    #expect(!output.isEmpty && ReplyOutput(text: "").isEmpty)
  }

  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return text
    }
    return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
  }
}
