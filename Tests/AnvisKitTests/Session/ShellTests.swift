import Testing

@testable import AnvisKit

@Suite struct ShellTests {
  @Test func blankInputAndCommentsSayNothing() throws {
    let shell = try ShellTestData.shell()
    #expect(shell.respond(to: "") == .empty)
    #expect(shell.respond(to: "   \n  ") == .empty)
    #expect(shell.respond(to: "# a note") == .empty)
  }

  @Test func quitAndExitLeave() throws {
    let shell = try ShellTestData.shell()
    #expect(shell.respond(to: ".quit").quit)
    #expect(shell.respond(to: ".exit").quit)
    #expect(!shell.respond(to: "tables").quit)
    let extra = shell.respond(to: ".quit now")
    #expect(extra.failed && !extra.quit)
  }

  @Test func tablesListsNamesRowCountsAndOrigin() throws {
    let shell = try ShellTestData.shell()
    let r = shell.respond(to: "tables")
    #expect(!r.failed)
    #expect(
      r.stdout == """
        name           rows  fields  origin
        -------------  ----  ------  ------
        areas             2       3  data
        organisations     2       3  data
        departments       2       6  data
        units             3      13  data
        cases             2      17  data
        teams             1       4  data

        """)
  }

  @Test func unknownCommandSuggestsTheNearOne() throws {
    let shell = try ShellTestData.shell()
    let r = shell.respond(to: "  tabels")
    #expect(r.failed)
    #expect(r.stdout.isEmpty)
    #expect(
      r.stderr == """
        error: unknown command or table 'tabels'
         --> input:1:3
        1 |   tabels
          |   ^^^^^^
          = help: did you mean 'tables'?

        """)
    let dot = shell.respond(to: ".hlep")
    #expect(dot.stderr.contains("did you mean '.help'?"))
    let far = shell.respond(to: "xyzzy")
    #expect(far.stderr.contains("type .help to list the commands"))
  }

  @Test func diagnosticsNameWhereTheInputCameFrom() throws {
    let shell = try ShellTestData.shell()
    let r = shell.respond(to: "tables\n  x", origin: "tour.anvis", firstLine: 12)
    #expect(r.stderr.contains("unexpected 'x'"))
    #expect(r.stderr.contains(" --> tour.anvis:13:3\n13 |   x\n   |   ^\n"))
  }

  @Test func queriesGoToTheQueryHook() throws {
    let shell = try ShellTestData.shell()
    for input in ["units | count", "let x = cases", "units|count", "x | count"] {
      let r = shell.respond(to: input)
      #expect(!r.failed, "\(input): \(r.stderr)")
    }
    #expect(shell.catalog.origin(of: "x") == .let)
    let bad = shell.respond(to: "units | count by tpye")
    #expect(bad.failed)
    #expect(bad.stderr.contains("unknown field 'tpye'"))
  }

  @Test func modeChangesRenderingAndRejectsUnknownModes() throws {
    let shell = try ShellTestData.shell()
    #expect(shell.respond(to: ".mode").stdout == "mode: table\n")
    #expect(shell.respond(to: ".mode csv") == .empty)
    #expect(shell.settings.mode == .csv)
    #expect(shell.respond(to: "tables").stdout.hasPrefix("name,rows,fields,origin\nareas,2,3,data\n"))
    let bad = shell.respond(to: ".mode jsno")
    #expect(bad.failed)
    #expect(bad.stderr.contains("did you mean 'json'?"))
    #expect(bad.stderr.contains("1 | .mode jsno\n  |       ^^^^"))
    #expect(shell.settings.mode == .csv)
  }

  @Test func timerIsASwitch() throws {
    let shell = try ShellTestData.shell()
    #expect(!shell.settings.timer)
    _ = shell.respond(to: ".timer on")
    #expect(shell.settings.timer)
    #expect(shell.respond(to: ".timer").stdout == "timer: on\n")
    _ = shell.respond(to: ".timer off")
    #expect(!shell.settings.timer)
    #expect(shell.respond(to: ".timer maybe").failed)
  }

  @Test func promptsAreAligned() throws {
    let shell = try ShellTestData.shell()
    #expect(shell.prompt == "anvis> ")
    #expect(shell.continuationPrompt == "  ...> ")
    _ = shell.respond(to: "scenario youth-first")
    #expect(shell.prompt == "anvis[youth-first]> ")
    #expect(shell.continuationPrompt.count == shell.prompt.count)
    #expect(shell.continuationPrompt.hasSuffix("...> "))
  }

  @Test func bannerNamesTheDataSetAndItsSize() throws {
    let shell = try ShellTestData.shell()
    #expect(shell.banner.hasPrefix("anvis — Testby, as of 2026-11-01\n3 units, 2 departments"))
    #expect(shell.banner.contains("Type .help"))
  }

  @Test func repliesCarryRolesNeverColourCodes() throws {
    let shell = try ShellTestData.shell()
    let tables = shell.respond(to: "tables")
    #expect(!tables.stdout.contains("\u{1B}"))
    var sink = StyledSink()
    tables.output.write(to: &sink)
    #expect(sink.text.text == tables.stdout)
    #expect(sink.text.runs.first { $0.role == .heading }?.text == "name")
    let error = shell.respond(to: "tabels")
    #expect(error.stderr.hasPrefix("error: unknown command"))
    #expect(error.errors.runs.first?.text == "error:")
    #expect(error.errors.runs.first?.role == .error)
    #expect(!error.stderr.contains("\u{1B}"))
  }
}

/// Collects pieces with their roles.
struct StyledSink: TextSink {
  var text = StyledText()
  mutating func write(_ bytes: [UInt8]) { text.append(String(decoding: bytes, as: UTF8.self)) }
  mutating func write(_ styled: StyledText) { text.append(styled) }
}
