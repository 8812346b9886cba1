import Testing

@testable import AnvisKit

@Suite struct CoreCommandsTests {
  @Test func describeListsFieldsTypesAndExamples() throws {
    let shell = try ShellTestData.shell()
    let r = shell.respond(to: "describe areas")
    #expect(!r.failed)
    #expect(
      r.stdout == """
        areas: 2 rows, 3 fields
        field   type                                                          examples
        ------  ------------------------------------------------------------  --------------------
        id      text                                                          a-01, a-02
        name    text                                                          Midtby, Østparken
        status  enum(ordinary|prevention|vulnerable|parallel|transformation)  ordinary, vulnerable

        """)
  }

  @Test func describeNeedsAKnownTable() throws {
    let shell = try ShellTestData.shell()
    let missing = shell.respond(to: "describe")
    #expect(missing.failed)
    #expect(missing.stderr.contains("error: expected a table name"))
    #expect(missing.stderr.contains("1 | describe\n  |          ^"))
    let typo = shell.respond(to: "describe unit")
    #expect(typo.stderr.contains("no table named 'unit'"))
    #expect(typo.stderr.contains("did you mean 'units'?"))
  }

  @Test func showUnitGivesEveryFieldAndWhatItBelongsTo() throws {
    let shell = try ShellTestData.shell()
    let r = shell.respond(to: "show unit u-000002")
    #expect(!r.failed)
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "field              value")
    #expect(lines.contains("rent               3300.46"))
    #expect(lines.contains("vacant_since"))
    #expect(lines.contains("organisation       org-2"))
    #expect(lines.contains("organisation_name  Alabu"))
    #expect(lines.contains("area_name          Østparken"))
    #expect(lines.contains("area_status        vulnerable"))
  }

  @Test func showOtherKinds() throws {
    let shell = try ShellTestData.shell()
    #expect(shell.respond(to: "show case c-0002").stdout.contains("waiting_days        400"))
    let org = shell.respond(to: "show organisation org-1").stdout
    #expect(org.contains("departments      1"))
    #expect(org.contains("units            2"))
    #expect(org.contains("vacant_units     1"))
    #expect(shell.respond(to: "show team t-01").stdout.contains("free_places  5"))
    #expect(shell.respond(to: "show areas a-02").stdout.contains("units         1"))
    #expect(shell.respond(to: "show department d-002").stdout.contains("organisation_name  Alabu"))
  }

  @Test func showExplainsWhatIsWrong() throws {
    let shell = try ShellTestData.shell()
    let unknown = shell.respond(to: "show unit u-000009")
    #expect(unknown.failed)
    #expect(unknown.stderr.contains("no unit with id 'u-000009'"))
    #expect(
      unknown.stderr.contains("did you mean 'u-000003'?")
        || unknown.stderr.contains("did you mean 'u-000001'?"))
    #expect(unknown.stderr.contains("1 | show unit u-000009\n  |           ^^^^^^^^"))
    let otherKind = shell.respond(to: "show unit c-0001")
    #expect(otherKind.stderr.contains("'c-0001' is a case: show case c-0001"))
    let kind = shell.respond(to: "show flat u-000001")
    #expect(kind.stderr.contains("cannot show 'flat'"))
    let noID = shell.respond(to: "show team")
    #expect(noID.stderr.contains("expected the id of a team, e.g. team t-01"))
  }

  @Test func helpListsGroupsAndExplainsOneCommand() throws {
    let shell = try ShellTestData.shell()
    let all = shell.respond(to: ".help").stdout
    #expect(all.hasPrefix("Shell\n  .help [COMMAND]"))
    #expect(all.contains("\nData\n  tables"))
    #expect(all.contains("describe TABLE"))
    #expect(all.contains("Ctrl-D leaves"))
    let one = shell.respond(to: ".help mode").stdout
    #expect(one.hasPrefix(".mode [table|csv|json|markdown|line]\n  how results are written\n"))
    #expect(shell.respond(to: ".help .quit").stdout.contains("also: .exit"))
    let bad = shell.respond(to: ".help descrbe")
    #expect(bad.failed)
    #expect(bad.stderr.contains("did you mean 'describe'?"))
  }

  @Test func reloadReplacesTheDataSetAndKeepsOtherTables() throws {
    let shell = Shell(
      dataset: try ShellTestData.dataset(),
      loader: { () throws(StoreError) -> Dataset in
        do { return try ShellTestData.dataset(name: "Testby 2", units: 5) } catch {
          throw .load([FileProblem(file: "anvis.toml", line: 1, column: 1, message: "\(error)")])
        }
      })
    shell.catalog.bind(Table(name: "young", columns: []), origin: .let)
    let r = shell.respond(to: ".reload")
    #expect(!r.failed)
    #expect(r.stdout == "reloaded Testby 2: 5 units, 2 cases\n")
    #expect(shell.dataset.units.count == 5)
    #expect(shell.catalog.table(named: "units")?.rowCount == 5)
    #expect(shell.catalog.origin(of: "young") == .let)
  }

  @Test func failedReloadKeepsTheOldDataSetAndListsProblems() throws {
    let shell = Shell(
      dataset: try ShellTestData.dataset(),
      loader: { () throws(StoreError) -> Dataset in
        throw .load([
          FileProblem(file: "units.csv", line: 3, column: 5, message: "rent must not be negative"),
          FileProblem(file: "cases.csv", line: 2, column: 1, message: "duplicate id"),
        ])
      })
    let r = shell.respond(to: ".reload")
    #expect(r.failed)
    #expect(
      r.stderr == """
        error: reload failed with 2 problems; the data set loaded before is kept:
        units.csv:3:5: rent must not be negative
        cases.csv:2:1: duplicate id

        """)
    #expect(shell.dataset.units.count == 3)
  }

  @Test func reloadWithoutAFolderSaysSo() throws {
    let shell = try ShellTestData.shell()
    #expect(shell.respond(to: ".reload").stderr.contains("nothing to reload"))
  }
}

@Suite struct CoreCommandsEdgeTests {
  @Test func describeSaysOneRowInTheSingular() throws {
    let shell = try ShellTestData.shell()
    #expect(shell.respond(to: "let one = areas | take 1").stdout == "one: 1 row, 3 fields\n")
    #expect(shell.respond(to: "describe one").stdout.hasPrefix("one: 1 row, 3 fields\n"))
  }

  @Test func aTrailingCommentIsNotAnArgument() throws {
    let shell = try ShellTestData.shell()
    let r = shell.respond(to: "describe areas   # the areas and their status")
    #expect(!r.failed, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("areas: 2 rows"))
  }

  @Test func letCannotTakeTheNameOfACommand() throws {
    let shell = try ShellTestData.shell()
    let r = shell.respond(to: "let tables = areas | take 1")
    #expect(r.failed)
    #expect(r.stderr.contains("'tables' is a command"))
    #expect(r.stderr.contains("1 | let tables = areas | take 1\n  |     ^^^^^^"))
    #expect(shell.catalog.table(named: "tables") == nil)
  }
}

@Suite struct HelpTopicTests {
  @Test(arguments: [
    ("queries", "SOURCE | stage | stage …\n"), ("where", "where CONDITION\n"), ("count", "count\ncount by f, …\n"),
    ("summarize", "summarize name = AGG, … [by f, …]\n"), ("join", "join [kind=inner|left|semi|anti] TABLE on f"),
    ("let", "let NAME = QUERY\n"), ("expressions", "Expressions\n"), ("keys", "Keys\n"),
  ])
  func helpExplainsTheLanguageToo(topic: String, opening: String) throws {
    let shell = try ShellTestData.shell()
    let r = shell.respond(to: ".help \(topic)")
    #expect(!r.failed, "\(r.stderr)")
    #expect(r.stdout.hasPrefix(opening), "\(r.stdout)")
  }

  @Test func helpOnAStageShowsItsForm() throws {
    let shell = try ShellTestData.shell()
    #expect(shell.respond(to: ".help join").stdout.hasPrefix("join [kind=inner|left|semi|anti] TABLE on f [== g]\n"))
  }

  @Test func anUnknownTopicSuggestsANearOne() throws {
    let shell = try ShellTestData.shell()
    let r = shell.respond(to: ".help summarise")
    #expect(r.failed)
    #expect(r.stderr.contains("did you mean 'summarize'?"))
  }

  @Test func helpCompletesTopics() throws {
    let shell = try ShellTestData.shell()
    #expect(shell.completions(for: ".help whe", cursor: 9) == ["where"])
  }
}
