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
}
