import Testing

@testable import AnvisKit

@Suite struct InputBufferTests {
  @Test(arguments: [
    ("tables", true),
    ("units | where rent < 3500 |", false),
    ("units | where rent < 3500 |   ", false),
    ("units | where type in [\"youth\",", false),
    ("units | where (rent < 3500", false),
    ("units | where name == \"open", false),
    ("units | where name == \"a | b\"", true),
    ("units | where name == \"say \\\"hi\\\" (\"", true),
    ("units | where (rent < 3500) and type in [\"youth\"]", true),
    (".note the next query ends in |", true),
    ("# comment (", true),
    ("units | where rent < 3500)", true),
    ("units | where id == '(' | count", true),
    ("units | where id == 'say \"hi' | count", true),
    ("units | where id == 'open", false),
    ("units | count  # how many (all of them", true),
    ("units |  # only the youth units", false),
    ("units | where id == \"#(\"", true),
  ])
  func knowsWhenInputIsComplete(text: String, complete: Bool) {
    #expect(InputBuffer.isComplete(text) == complete)
  }

  @Test func gathersLinesUntilComplete() {
    var buffer = InputBuffer()
    #expect(buffer.append("units |") == nil)
    #expect(!buffer.isEmpty)
    #expect(buffer.append("  where rent < 3500 |") == nil)
    #expect(buffer.append("  count") == "units |\n  where rent < 3500 |\n  count")
    #expect(buffer.isEmpty)
    #expect(buffer.append("tables") == "tables")
  }

  @Test func resetDropsTheLines() {
    var buffer = InputBuffer()
    #expect(buffer.append("units | where (") == nil)
    buffer.reset()
    #expect(buffer.isEmpty)
    #expect(buffer.append("") == "")
  }
}

@Suite struct InputBufferLongInputTests {
  /// Issue 8: a 4,000-line continued query was scanned again for every line (12 s); each
  /// character is now looked at once.
  @Test func aLongContinuedInputIsScannedOnce() {
    var buffer = InputBuffer()
    var complete: String?
    #expect(buffer.append("units") == "units")
    #expect(buffer.append("units |") == nil)
    for _ in 1..<4_000 { #expect(buffer.append("  where rent >= 0 |") == nil) }
    let before = buffer.scanSteps
    complete = buffer.append("  count")
    #expect(buffer.isEmpty)
    let text = complete ?? ""
    #expect(text.split(separator: "\n").count == 4_001)
    #expect(before == text.count - "\n  count".count)
  }

  @Test func aLineStartingWithAPipeContinuesTheCompleteInputBeforeIt() {
    let lines = [
      "units", "| where rent < 3000", "  | count", "tables", "", "| count", ".mode csv", "| count", "# note",
      "| take 1", "cases |", "| count", "units | where (rent", "| 1)",
    ]
    let inputs = InputBuffer.inputs(lines).map { [$0.text, "\($0.firstLine)"] }
    #expect(
      inputs == [
        ["units\n| where rent < 3000\n  | count", "1"], ["tables", "4"], ["", "5"], ["| count", "6"],
        [".mode csv", "7"], ["| count", "8"], ["# note", "9"], ["| take 1", "10"], ["cases |\n  count", "11"],
        ["units | where (rent\n| 1)", "13"],
      ])
    #expect(InputBuffer.inputs(["units |"]).map(\.text) == ["units |"])
    #expect(InputBuffer.inputs([String]()).map(\.text) == [])
    var buffer = InputBuffer()
    buffer.reopen("units")
    #expect(buffer.append("| count") == "units\n| count")
  }

  @Test func aQueryMayBeWrittenOneStageALine() throws {
    let s = try ShellTestData.shell()
    let r = s.respond(to: "units\n| where rent > 0\n| count")
    #expect(!r.failed, "\(r.stderr)")
    #expect(r.stdout.contains("count"))
  }
}
