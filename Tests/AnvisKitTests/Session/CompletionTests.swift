import Testing

@testable import AnvisKit

@Suite struct CompletionTests {
  func complete(_ line: String) throws -> [String] {
    try ShellTestData.shell().completions(for: line, cursor: line.count)
  }

  @Test func firstWordOffersCommandsTablesAndLet() throws {
    #expect(try complete("").contains(".help"))
    #expect(try complete("").contains("units"))
    #expect(try complete("t") == ["tables", "teams"])
    #expect(try complete(".m") == [".maxrows", ".mode"])
    #expect(try complete("le") == ["let", "levers"])
  }

  @Test func commandArguments() throws {
    #expect(try complete("describe u") == ["units"])
    #expect(try complete(".mode ") == ["csv", "json", "line", "markdown", "table"])
    #expect(try complete(".timer o") == ["off", "on"])
    #expect(try complete("show c") == ["case"])
    #expect(try complete("show unit u-00000") == ["u-000001", "u-000002", "u-000003"])
    #expect(try complete(".help .q") == [".quit"])
    #expect(try complete("tables x") == [])
  }

  @Test func setOffersLeverValuesAndOrganisations() throws {
    #expect(try complete("set poli") == ["policy"])
    #expect(try complete("set policy = ") == ["best-fit", "fcfs", "priority"])
    #expect(try complete("set policy=b") == ["best-fit"])
    #expect(try complete("set youth.claim = ") == ["false", "true"])
    #expect(try complete("set anvisning.share[") == ["org-1", "org-2"])
    #expect(try complete("set rent.cap = ") == [])
  }

  @Test func queriesOfferFieldsAndStages() throws {
    #expect(try complete("units | where re") == ["rent"])
    #expect(try complete("units | where rent < 3500 and ty") == ["type"])
    #expect(try complete("units | wh") == ["where"])
    #expect(try complete("cases | join t") == ["teams"])
    #expect(try complete("units |\n  where are") == ["area", "area_status"])
  }

  @Test func completesTheWordAtTheCursor() throws {
    let shell = try ShellTestData.shell()
    #expect(shell.completions(for: "describe ca and more", cursor: 11) == ["cases"])
  }

  @Test func fileArgumentsAreMarkedForTheFileSystem() throws {
    let shell = try ShellTestData.shell()
    func path(_ line: String) -> Bool { shell.completesFilePath(for: line, cursor: line.count) }
    #expect(path(".output "))
    #expect(path(".output results/ou"))
    #expect(!path(".output out.csv "), "the second word is the mode")
    #expect(try complete(".output out.csv ") == ["csv", "json", "line", "markdown", "table"])
    #expect(path(".once "))
    #expect(path(".import me"))
    #expect(!path(".import meeting.csv "))
    #expect(try complete(".import meeting.csv ") == ["as"])
    #expect(path(".export "))
    #expect(path(".export walk "))
    #expect(path(".export walk --md "))
    #expect(path(".export --html out/"))
    #expect(!path(".mode "))
    #expect(!path(".save "))
    #expect(!path("units | where "))
    #expect(!path(""))
    #expect(!path(".output"), "the command's own name is not a path")
  }

  @Test func functionNamesInsideQueryExpressions() throws {
    #expect(try complete("units | where starts_w") == ["starts_with("])
    #expect(try complete("units | where rent > 1 and len") == ["length("])
    #expect(try complete("units | extend x = coun") == ["count()", "countif("])
    #expect(try complete("units | summarize n = dco") == ["dcount("])
    #expect(try complete("units | where upper(ty") == ["type"])
    // Every function the checker knows is offered once a letter of it is typed.
    let known = Checker.functionNames + Checker.aggregateNames + Checker.windowOnlyNames
    for name in known {
      #expect(try complete("units | extend x = " + name.prefix(2)).contains { $0.hasPrefix(name + "(") }, "\(name)")
    }
  }
}
