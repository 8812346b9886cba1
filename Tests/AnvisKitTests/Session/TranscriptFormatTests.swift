import Testing

@testable import AnvisKit

@Suite struct TranscriptFormatTests {
  static let header = TranscriptHeader(
    name: "youth-first", dataFolder: "examples/aalborg",
    dataHash: "sha256:" + String(repeating: "ab", count: 32),
    seed: 7, version: "0.1.0", date: "2026-11-01")

  static let sample = Transcript(
    header: header,
    steps: [
      TranscriptStep(
        narration: ["How many youth units are there?", "# not a header: narration"],
        command: "units | where type == \"youth\" |\n  count",
        output: [TranscriptLine("count"), TranscriptLine("412")]),
      TranscriptStep(
        command: "units | where rnt < 3500",
        output: [
          TranscriptLine("error: unknown field 'rnt'", stream: .err), TranscriptLine("", stream: .err),
          TranscriptLine("  = help: did you mean 'rent'?", stream: .err),
        ], failed: true),
      TranscriptStep(
        command: "tables",
        output: [
          TranscriptLine("a  "), TranscriptLine(""), TranscriptLine("> quoted"), TranscriptLine(". dot"),
          TranscriptLine("! bang"), TranscriptLine("[failed]"), TranscriptLine("tab\there"),
          TranscriptLine("x (glob)"),
          TranscriptLine("back\\slash (esc)"), TranscriptLine(">"), TranscriptLine("æøå │ box"),
          TranscriptLine(""),
          TranscriptLine("Run Time: *", kind: .glob), TranscriptLine("[0-9]+ rows", kind: .regex),
          TranscriptLine(""),
        ]),
    ],
    epilogue: ["That is all."])

  @Test func writesTheDocumentedLayout() {
    let text = TranscriptWriter.text(Self.sample)
    let expected = """
      # anvis session: youth-first
      # data: examples/aalborg sha256:\(String(repeating: "ab", count: 32))   seed: 7
      # anvis: 0.1.0   date: 2026-11-01

      How many youth units are there?
      # not a header: narration
        > units | where type == "youth" |
        .   count
        count
        412

        > units | where rnt < 3500
        ! error: unknown field 'rnt'
        !
        !   = help: did you mean 'rent'?
        [failed]

        > tables
        a\\x20\\x20 (esc)
      \u{20}\u{20}
        \\x3e quoted (esc)
        \\x2e dot (esc)
        \\x21 bang (esc)
        \\x5bfailed] (esc)
        tab\\there (esc)
        x (glob) (esc)
        back\\\\slash (esc) (esc)
        \\x3e (esc)
        æøå │ box
      \u{20}\u{20}
        Run Time: * (glob)
        [0-9]+ rows (re)
      \u{20}\u{20}

      That is all.

      """
    #expect(text == expected)
  }

  @Test func roundTripsExactly() throws {
    let text = TranscriptWriter.text(Self.sample)
    let parsed = try TranscriptParser.parse(text)
    #expect(parsed == Self.sample)
    #expect(TranscriptWriter.text(parsed) == text)
    #expect(parsed.steps.map(\.line) == [7, 12, 18])
  }

  @Test func toleratesCRLFAndTrimmedEmptyOutputLines() throws {
    let text = TranscriptWriter.text(Self.sample)
    let trimmed = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0 == "  " ? "" : String($0) }.joined(separator: "\r\n")
    let parsed = try TranscriptParser.parse(trimmed)
    // Empty lines inside the output survive; the trailing one of the last step does not.
    var expected = Self.sample
    expected.steps[2].output.removeLast()
    #expect(parsed == expected)
  }

  @Test func headerWithoutHashParses() throws {
    var header = Self.header
    header.dataHash = nil
    header.dataFolder = "my data/with spaces"
    let parsed = try TranscriptParser.parse(TranscriptWriter.text(Transcript(header: header)))
    #expect(parsed.header == header)
  }

  @Test(arguments: [
    ("", 1, 1, SessionError.TranscriptProblem.noHeader),
    ("# anvis session: x\n# data: d   seed: x7\n", 2, 19, SessionError.TranscriptProblem.badSeed),
    ("# anvis session: x\n# data: d sha256:12   seed: 7\n", 2, 11, SessionError.TranscriptProblem.badHash),
    (
      "# anvis session: x\n# data: d   seed: 7\n# anvis: 0.1   date: 2026-13-01\n", 3, 22,
      SessionError.TranscriptProblem.badDate
    ),
    ("# anvis session: x\n# data: d   seed: 7\n", 3, 1, SessionError.TranscriptProblem.noVersion),
    (head + "  count\n", 5, 3, SessionError.TranscriptProblem.orphanOutput),
    (head + "  > tables\n  x\n  . more\n", 7, 3, SessionError.TranscriptProblem.lateContinuation),
    (head + "  > tables\n  [failed]\n  x\n", 7, 3, SessionError.TranscriptProblem.afterFailed),
    (head + " one space\n", 5, 1, SessionError.TranscriptProblem.badIndent),
    (head + "  >   \n", 5, 3, SessionError.TranscriptProblem.emptyCommand),
    (head + "  > t\n  ab\\q (esc)\n", 6, 5, SessionError.TranscriptProblem.badEscape),
    (head + "  > t\n  ! a\\xff (esc)\n", 6, 6, SessionError.TranscriptProblem.badEscape),
  ])
  func parseErrorsSayWhere(text: String, line: Int, column: Int, message: String) {
    #expect(throws: SessionError.TranscriptProblem(line: line, column: column, message)) {
      try TranscriptParser.parse(text)
    }
  }

  static let head = "# anvis session: x\n# data: d   seed: 7\n# anvis: 0.1   date: 2026-11-01\n\n"

  @Test func badRegexIsAParseError() {
    #expect(throws: SessionError.TranscriptProblem.self) {
      try TranscriptParser.parse(Self.head + "  > t\n  ([a- (re)\n")
    }
  }

  @Test func renderedErrorNamesFileLineColumn() {
    #expect(
      ErrorRenderer.message(SessionError.parse(path: "s/x.anvis", SessionError.TranscriptProblem(line: 3, column: 5, "oops"))) == "s/x.anvis:3:5: oops")
  }
}
