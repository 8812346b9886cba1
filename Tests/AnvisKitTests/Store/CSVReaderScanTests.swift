@testable import AnvisKit
import Testing

/// The tokenizer reads plain fields eight bytes at a time; whatever the position of a byte that
/// ends a field or needs a look (separator, line break, space, NUL, non-ASCII), the fields and
/// issues are those of reading one byte at a time.
@Suite("CSV reader, word-at-a-time scan")
struct CSVReaderScanTests {
  /// Fields (as strings) and issue offsets, by the reader.
  static func read(_ bytes: [UInt8]) -> (fields: [[String]], issues: [Int]) {
    var reader = CSVReader(bytes: bytes)
    var fields: [CSVField] = []
    var out: [[String]] = []
    while reader.nextRecord(into: &fields) { out.append(fields.map { reader.string($0) }) }
    return (out, reader.issues.map(\.offset))
  }

  /// The same, by a plain byte-at-a-time splitter of unquoted text (spaces and tabs around a
  /// field trimmed, blank lines skipped, NUL and bad UTF-8 reported where they are).
  static func reference(_ bytes: [UInt8], separator: UInt8) -> (fields: [[String]], issues: [Int]) {
    var records: [[String]] = []
    var issues: [Int] = []
    var record: [String] = []
    var field: [UInt8] = []
    func endField() {
      var f = field[...]
      while let b = f.first, b == 0x20 || b == 0x09 { f = f.dropFirst() }
      while let b = f.last, b == 0x20 || b == 0x09 { f = f.dropLast() }
      record.append(String(decoding: f, as: UTF8.self))
      field = []
    }
    var i = 0
    var lineEmpty = true
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x0A || b == 0x0D {
        if !lineEmpty {
          endField()
          records.append(record)
          record = []
        }
        lineEmpty = true
        i += b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
        continue
      }
      lineEmpty = false
      if b == separator {
        endField()
      } else if b >= 0x80 {
        let n = bytes.withUnsafeBufferPointer { UTF8Check.sequenceLength($0, at: i) }
        if n == 0 { issues.append(i) }
        let length = max(n, 1)
        field += bytes[i..<min(bytes.count, i + length)]
        i += length
        continue
      } else {
        if b == 0 { issues.append(i) }
        field.append(b)
      }
      i += 1
    }
    if !lineEmpty {
      endField()
      records.append(record)
    }
    return (records, issues)
  }

  /// Every special byte at every position of a long field, in both separators.
  @Test(arguments: [UInt8(ascii: ","), UInt8(ascii: ";")])
  func specialBytesAnywhere(separator: UInt8) {
    let specials: [[UInt8]] = [
      [separator], [0x0A], [0x0D, 0x0A], [0x20], [0x09], [0x00], [0xC3, 0xB8], [0xFF], [0x2C], [0x3B], [0x2B],
      [0x2D], [0x7F],
    ]
    let header: [UInt8] = Array("id".utf8) + [separator] + Array("name".utf8) + [0x0A]
    for special in specials {
      for position in 0..<20 {
        var line = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        line.insert(contentsOf: special, at: position)
        let bytes = header + Array("x1".utf8) + [separator] + line + [separator] + Array("z".utf8)
        #expect(Self.read(bytes) == Self.reference(bytes, separator: separator), "\(special) at \(position)")
      }
    }
  }

  /// Records whose last field ends the file, near and past the end of a word.
  @Test func fieldsEndingAtTheEndOfTheFile() {
    for length in 0..<20 {
      let bytes = Array("a,b\n".utf8) + Array(repeating: UInt8(ascii: "q"), count: length) + Array(",x".utf8)
      #expect(Self.read(bytes) == Self.reference(bytes, separator: UInt8(ascii: ",")))
    }
  }

  /// The lowest byte marked in a word is the first special one; plain words are not marked.
  @Test func specialBytesMarksTheFirst() {
    func word(_ s: [UInt8]) -> UInt64 {
      s.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }
    #expect(CSVReader.specialBytes(word(Array("abcdefgh".utf8)), UInt8(ascii: ",")) == 0)
    #expect(CSVReader.specialBytes(word(Array("2026-01-".utf8)), UInt8(ascii: ",")) == 0)
    for i in 0..<8 {
      for b: UInt8 in [0x00, 0x0A, 0x22, 0x2C, 0x20, 0x80, 0xFF] {
        var s = Array("-.09AZaz".utf8)
        s[i] = b
        let marks = CSVReader.specialBytes(word(s), UInt8(ascii: ","))
        #expect(marks.trailingZeroBitCount >> 3 == i)
      }
      var s = Array("abcdefgh".utf8)
      s[i] = UInt8(ascii: ";")
      #expect(CSVReader.specialBytes(word(s), UInt8(ascii: ";")).trailingZeroBitCount >> 3 == i)
      #expect(CSVReader.specialBytes(word(s), UInt8(ascii: ",")) == 0)
    }
  }

  /// Enumeration values of any length (one is 17 bytes), in any case; nothing else matches.
  @Test func enumValuesOfAnyLength() {
    let reader = CSVReader(bytes: Array("Uddannelseshjaelp,SU,su ,kontanthjaelp,uddannelseshjaelpx,x\n".utf8))
    var r = reader
    var fields: [CSVField] = []
    _ = r.nextRecord(into: &fields)
    let table = EnumTable<IncomeType>()
    #expect(reader.enumValue(fields[0], in: table) == .uddannelseshjaelp)
    #expect(reader.enumValue(fields[1], in: table) == .su)
    #expect(reader.enumValue(fields[2], in: table) == .su)  // trailing space trimmed
    #expect(reader.enumValue(fields[3], in: table) == .kontanthjaelp)
    #expect(reader.enumValue(fields[4], in: table) == nil)
    #expect(reader.enumValue(fields[5], in: table) == nil)
  }

  /// A copy of a buffer, emptied, writes into memory of its own; the original keeps its bytes.
  @Test func outputBytesCopiesGetMemoryOfTheirOwn() {
    var a = OutputBytes(capacity: 4)
    a.append("abc")
    var b = a
    b.removeAll()
    b.append(int: Int.min)
    a.append(day: Day(year: 2026, month: 2, day: 3)?.ordinal ?? 0)
    #expect(String(decoding: a.bytes, as: UTF8.self) == "abc2026-02-03")
    #expect(String(decoding: b.bytes, as: UTF8.self) == "-9223372036854775808")
    var c = OutputBytes()
    for i in -50...5000 { c.append(int: i) }
    #expect(String(decoding: c.bytes, as: UTF8.self) == (-50...5000).map(String.init).joined())
  }
}
