import Testing

@testable import AnvisKit

/// Issue 8, item 15: `let` and result tables share a memory budget; a join that would pass it
/// is refused before it is built, with the estimate; `.drop` frees a table.
@Suite struct MemoryBudgetTests {
  static func shell() throws -> Shell {
    Shell(dataset: try ShellTestData.dataset(units: 200))
  }

  @Test func withoutABudgetLimitsSaysSo() throws {
    let shell = try Self.shell()
    #expect(shell.respond(to: ".limits").stdout == "memory budget: off; used: 0 bytes by 0 tables\n")
  }

  @Test func aJoinThatWouldPassTheBudgetFailsBeforeItIsBuilt() throws {
    let shell = try Self.shell()
    #expect(!shell.respond(to: "let a = units | join units on department").failed)
    let kept = shell.catalog.keptBytes
    #expect(kept == shell.catalog.table(named: "a")?.estimatedBytes)
    #expect(shell.catalog.table(named: "a")?.rowCount == 20_000)
    shell.settings.memoryBudget = kept * 3 / 2
    let refused = shell.respond(to: "let b = units | join units on department")
    #expect(refused.failed)
    #expect(refused.stderr.contains("error: this join would give 20000 rows, about "))
    #expect(refused.stderr.contains("left of the memory budget"))
    #expect(refused.stderr.contains("1 | let b = units | join units on department\n  |                 ^^^^"))
    #expect(shell.catalog.table(named: "b") == nil)
    // Queries that build nothing large still run.
    #expect(shell.respond(to: "units | count").stdout.contains("200"))
    #expect(shell.respond(to: ".drop a").stdout.hasPrefix("dropped a (about "))
    #expect(shell.catalog.keptBytes == 0)
    #expect(!shell.respond(to: "let b = units | join units on department").failed)
  }

  @Test func aLetResultOverTheBudgetIsNotKept() throws {
    let shell = try Self.shell()
    shell.settings.memoryBudget = 1_000
    let r = shell.respond(to: "let all = units")
    #expect(r.failed)
    #expect(r.stderr.contains("error: all would keep about "))
    #expect(r.stderr.contains("(200 rows), more than the 1000 bytes left of the memory budget (1000 bytes)"))
    #expect(shell.catalog.table(named: "all") == nil)
  }

  @Test func limitsListsTablesAndSetsTheBudget() throws {
    let shell = try Self.shell()
    #expect(shell.respond(to: ".limits memory 4G").stdout == "memory budget: 4 GiB\n")
    #expect(shell.settings.memoryBudget == 4 << 30)
    _ = shell.respond(to: "let few = units | take 10 | select id, rooms")
    let bytes = 10 * 16 + 10 * 8
    #expect(
      shell.respond(to: ".limits").stdout == """
        memory budget: 4 GiB; used: 240 bytes by 1 table
        table  origin  rows  bytes  size
        -----  ------  ----  -----  ---------
        few    let       10    \(bytes)  240 bytes

        """)
    #expect(shell.respond(to: ".limits memory off").stdout == "memory budget: off\n")
    #expect(shell.respond(to: ".limits memory lots").stderr.contains("expected a size such as 512M, 4G or 4GiB"))
  }

  @Test func dataTablesCannotBeDropped() throws {
    let shell = try Self.shell()
    #expect(shell.respond(to: ".drop units").stderr.contains("'units' is a table of the data set and cannot be dropped"))
    #expect(shell.respond(to: ".drop nothing").stderr.contains("no let, result or imported table named 'nothing'"))
    #expect(shell.catalog.table(named: "units") != nil)
  }

  @Test func dropAndLimitsAreCompletedAndHelped() throws {
    let shell = try Self.shell()
    _ = shell.respond(to: "let few = units | take 1")
    #expect(shell.commands.command(named: ".drop")?.completer?(shell, [], 0) == ["few"])
    #expect(shell.respond(to: ".help .limits").stdout.contains("memory budget"))
  }

  @Test(arguments: [
    ("4G", 4 << 30), ("4 GiB", 4 << 30), ("512m", 512 << 20), ("1.5G", 3 << 29), ("64K", 64 << 10), ("1000", 1000),
  ])
  func sizesAreRead(text: String, bytes: Int) {
    #expect(ByteSize.parse(text) == bytes)
  }

  @Test func nonsenseSizesAreNot() {
    #expect(ByteSize.parse("lots") == nil)
    #expect(ByteSize.parse("4X") == nil)
    #expect(ByteSize.parse("99999999999T") == nil)
    #expect(ByteSize.text(3 << 29) == "1.5 GiB")
  }
}
