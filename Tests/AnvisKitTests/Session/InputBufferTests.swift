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
