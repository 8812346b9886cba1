import AnvisKit
import Testing

/// The byte-level CSV tokenizer and typed field reads.
@Suite("CSV reader")
struct CSVReaderTests {
  /// All records as strings.
  static func records(_ text: String) -> [[String]] {
    var reader = CSVReader(bytes: Array(text.utf8))
    var fields: [CSVField] = []
    var out: [[String]] = []
    while reader.nextRecord(into: &fields) { out.append(fields.map { reader.string($0) }) }
    return out
  }

  @Test func commaSeparated() {
    #expect(Self.records("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
  }

  @Test func detectsSemicolons() {
    #expect(CSVReader(bytes: Array("id;name,x;y\n".utf8)).separator == UInt8(ascii: ";"))
    #expect(CSVReader(bytes: Array("id,name;x,y\n".utf8)).separator == UInt8(ascii: ","))
    #expect(CSVReader(bytes: Array("\"a;b;c\",d\n".utf8)).separator == UInt8(ascii: ","))
  }

  @Test func lineEndsBlankLinesAndNoFinalNewline() {
    #expect(Self.records("a;b\r\n1;2\r\n\r\n3;4") == [["a", "b"], ["1", "2"], ["3", "4"]])
    #expect(Self.records("a,b\r1,2\r") == [["a", "b"], ["1", "2"]])
    #expect(Self.records("a,b,\n1,,\n") == [["a", "b", ""], ["1", "", ""]])
  }

  @Test func byteOrderMarkIsSkipped() {
    var reader = CSVReader(bytes: [0xEF, 0xBB, 0xBF] + Array("id,name\nx,y".utf8))
    var fields: [CSVField] = []
    let found = reader.nextRecord(into: &fields)
    #expect(found)
    #expect(reader.string(fields[0]) == "id")
    #expect(reader.column(of: fields[1]) == 4)
  }

  @Test func quotedFields() {
    #expect(
      Self.records("a,\"b, c\",\"say \"\"hej\"\"\"\n\"multi\nline\",x, \"sp\" \n") == [
        ["a", "b, c", "say \"hej\""], ["multi\nline", "x", "sp"],
      ])
  }

  @Test func unquotedFieldsAreTrimmed() {
    #expect(Self.records(" a ,\tb\n") == [["a", "b"]])
  }

  @Test func linesAndColumnsCountCharacters() {
    var reader = CSVReader(bytes: Array("æøå,x\n\"a\nb\",Århus,z\n".utf8))
    var fields: [CSVField] = []
    _ = reader.nextRecord(into: &fields)
    #expect(fields.map { [$0.line, reader.column(of: $0)] } == [[1, 1], [1, 5]])
    _ = reader.nextRecord(into: &fields)
    #expect(fields.map { [$0.line, reader.column(of: $0)] } == [[2, 1], [3, 4], [3, 10]])
  }

  @Test func issuesForBrokenQuotesAndBadUTF8() {
    var reader = CSVReader(bytes: Array("a,\"b\"c,d\n".utf8) + [0x41, 0xC3, 0x28] + Array(",\"open\n".utf8))
    var fields: [CSVField] = []
    while reader.nextRecord(into: &fields) {}
    let done = reader
    let issues = done.issues.map { "\($0.line):\(done.column(of: $0)): \($0.message)" }
    #expect(
      issues == [
        "1:6: unexpected text after a closing quote; a quote inside a quoted field is written \"\"",
        "2:2: invalid UTF-8 (byte 0xC3); save the file as UTF-8",
        "2:5: unterminated quoted field; a quote opened here is never closed",
      ])
  }

  /// The first field of a one-field file (after a `;`-separated header line when asked).
  static func field(_ text: String, semicolons: Bool = false) -> (CSVReader, CSVField) {
    var reader = CSVReader(bytes: Array(((semicolons ? "a;b\n" : "") + text + "\n").utf8))
    var fields: [CSVField] = []
    _ = reader.nextRecord(into: &fields)
    if semicolons { _ = reader.nextRecord(into: &fields) }
    return (
      reader,
      fields.first
        ?? CSVField(
          start: 0, end: 0, cellStart: 0, line: 1, lineStart: 0, quoted: false, hasDoubledQuotes: false)
    )
  }

  @Test(arguments: [("42", 42), ("-7", -7), ("+3", 3), ("007", 7)])
  func integers(text: String, value: Int) {
    let (r, f) = Self.field(text)
    #expect(r.int(f) == value)
  }

  @Test(arguments: ["", "4.0", "1e3", "12a", "-", "9999999999999999999"])
  func notIntegers(text: String) {
    let (r, f) = Self.field(text)
    #expect(r.int(f) == nil)
  }

  @Test func numbers() {
    func double(_ t: String, comma: Bool = false) -> Double? {
      let (r, f) = Self.field(t, semicolons: true)
      return r.double(f, decimalComma: comma)
    }
    #expect(double("3120.75") == 3120.75)
    #expect(double("0.1") == 0.1)
    #expect(double("-4.5") == -4.5)
    #expect(double("3500") == 3500)
    #expect(double("1.5e3") == 1500)
    #expect(double("0.12345678901234567") == 0.12345678901234567)
    #expect(double("3120,75", comma: true) == 3120.75)
    #expect(double("3120,75") == nil)
    #expect(double("3.500,50", comma: true) == nil)
    #expect(double("1.2.3") == nil)
    #expect(double("kr") == nil)
    #expect(double(".") == nil)
    #expect(double("inf") == nil)
  }

  @Test func booleans() {
    func bool(_ t: String) -> Bool? {
      let (r, f) = Self.field(t)
      return r.bool(f)
    }
    #expect(["true", "TRUE", "1", "yes", "Ja", "JA"].map(bool) == Array(repeating: true, count: 6))
    #expect(["false", "False", "0", "no", "nej", "NEJ"].map(bool) == Array(repeating: false, count: 6))
    #expect(["", "2", "y", "sand", "falsey"].map(bool) == Array(repeating: nil, count: 5))
  }

  @Test func dates() {
    func date(_ t: String) -> CSVReader.DateRead {
      let (r, f) = Self.field(t)
      return r.date(f)
    }
    let day = Day(year: 2026, month: 10, day: 14).map(CSVReader.DateRead.day)
    #expect(date("2026-10-14") == day)
    #expect(date("14-10-2026") == day)
    #expect(date("14.10.2026") == day)
    #expect(date("2025-02-30") == .noSuchDay)
    #expect(date("2024-02-29") != .noSuchDay)
    #expect(date("2026/10/14") == .notADate)
    #expect(date("2026-1-14") == .notADate)
  }
}
