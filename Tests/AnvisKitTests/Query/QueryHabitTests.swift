import Testing

@testable import AnvisKit

/// Hints for SQL and KQL habits, and a continued line that starts with `|`.
@Suite struct QueryHabitTests {
  func shell() throws -> Shell { Shell(dataset: try ShellTestData.dataset()) }

  @Test func limitGroupByAndSelectFromAreAnsweredWithTheAnvisWay() throws {
    let s = try shell()
    let limit = s.respond(to: "units | limit 5")
    #expect(limit.failed)
    #expect(limit.stderr.contains("error: unknown stage 'limit'"))
    #expect(limit.stderr.contains("help: use take 5"), "\(limit.stderr)")
    #expect(s.respond(to: "units | group by area").stderr.contains("help: use summarize … by"))
    #expect(s.respond(to: "units | order by rent").stderr.contains("help: use sort"))
    let select = s.respond(to: "select * from units")
    #expect(select.stderr.contains("error: unknown command or table 'select'"))
    #expect(select.stderr.contains("help: write: units"), "\(select.stderr)")
    #expect(s.respond(to: "SELECT id, age FROM cases;").stderr.contains("help: write: cases | select id, age"))
  }

  @Test func aContinuedLineMayStartWithAPipe() throws {
    var buffer = InputBuffer()
    #expect(buffer.append("units |") == nil)
    let appended = buffer.append("  | count")
    let input = try #require(appended)
    #expect(input == "units |\n    count")
    let s = try shell()
    let r = s.respond(to: input)
    #expect(r.stdout.contains("3"), "\(r.stderr)")
    // A line that starts with `|` after a complete line is still a line of its own.
    var fresh = InputBuffer()
    #expect(fresh.append("| count") == "| count")
  }
}
