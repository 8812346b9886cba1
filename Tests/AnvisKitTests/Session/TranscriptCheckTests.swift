import Testing

@testable import AnvisKit

@Suite struct TranscriptCheckTests {
  static let recorded = TranscriptStep(
    command: "simulate months 12 runs 10",
    output: [
      TranscriptLine("housed 120"), TranscriptLine("Run Time: *", kind: .glob),
      TranscriptLine("took [0-9]+ ms", kind: .regex), TranscriptLine("waiting 30"),
    ])

  @Test func volatileLinesMatchPatterns() {
    let check = TranscriptCheck(
      recorded: Self.recorded, stdout: "housed 120\nRun Time: real 0.312 s\ntook 77 ms\nwaiting 30\n",
      stderr: "",
      failed: false)
    #expect(!check.differs)
    #expect(check.diff == "")
    #expect(check.updated() == Self.recorded)
  }

  @Test func changedLineGivesDiffAndUpdateKeepsPatterns() {
    let check = TranscriptCheck(
      recorded: Self.recorded, stdout: "housed 121\nRun Time: real 9 s\ntook 5 ms\nwaiting 30\n", stderr: "",
      failed: false)
    #expect(check.differs)
    #expect(
      check.diff == """
        --- recorded
        +++ actual
        @@ -1,4 +1,4 @@
        -housed 120
        +housed 121
         Run Time: * (glob)
         took [0-9]+ ms (re)
         waiting 30

        """)
    var expected = Self.recorded
    expected.output[0] = TranscriptLine("housed 121")
    #expect(check.updated() == expected)
  }

  @Test func failingNowIsADifference() {
    let step = TranscriptStep(command: "units", output: [TranscriptLine("ok")])
    let check = TranscriptCheck(recorded: step, stdout: "", stderr: "error: gone\n", failed: true)
    #expect(check.differs)
    #expect(check.diff.contains("-ok\n+! error: gone\n+[failed]\n"))
    #expect(check.updated().failed)
    #expect(check.updated().output == [TranscriptLine("error: gone", stream: .err)])
  }

  @Test func streamsAreCompared() {
    let step = TranscriptStep(command: "x", output: [TranscriptLine("same")])
    #expect(TranscriptCheck(recorded: step, stdout: "", stderr: "same", failed: false).differs)
    #expect(!TranscriptCheck(recorded: step, stdout: "same", stderr: "", failed: false).differs)
  }

  @Test func literalDoesNotMatchAsPattern() {
    let step = TranscriptStep(command: "x", output: [TranscriptLine("a*")])
    #expect(TranscriptCheck(recorded: step, stdout: "abc", stderr: "", failed: false).differs)
  }

  @Test(arguments: [
    ("Run Time: *", "Run Time: real 0.1", true), ("a?c", "abc", true), ("a?c", "ac", false),
    ("a\\*c", "a*c", true), ("a\\*c", "abc", false), ("*", "", true), ("a*b*c", "axxbyyc", true),
    ("a*b", "a", false),
  ])
  func globs(pattern: String, text: String, matches: Bool) {
    #expect(Glob.matches(pattern: pattern, text) == matches)
  }

  @Test func recordingMasksVolatileLines() {
    let lines = TranscriptLine.lines(stdout: "a\nRun Time: real 1.0\n", stderr: "b\n")
    #expect(
      lines == [
        TranscriptLine("a"), TranscriptLine("Run Time: *", kind: .glob), TranscriptLine("b", stream: .err),
      ])
    #expect(TranscriptLine.lines(stdout: "", stderr: "").isEmpty)
    #expect(TranscriptLine.lines(stdout: "\n", stderr: "") == [TranscriptLine("")])
  }
}
