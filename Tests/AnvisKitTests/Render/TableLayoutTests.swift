import Testing

@testable import AnvisKit

/// Table mode fitted to the screen: long text cut with …, expanded blocks when a table is too
/// wide, `·` for missing values, `.maxrows`, and every row when the query or the output asks.
@Suite struct TableLayoutTests {
  static let wide = Table(
    name: "t",
    columns: [
      Column(name: "id", storage: .string(["a-1", "a-2"])),
      Column(name: "note", storage: .string([String(repeating: "x", count: 90), "short"])),
      Column(name: "n", storage: .int([1, 22])),
    ])

  func render(_ table: Table, width: Int?, expanded: ExpandedSetting = .auto, mode: OutputMode = .table) -> String {
    TableRenderer(mode: mode, maxRows: 40, width: width, expanded: expanded).render(table)
  }

  @Test func withoutAWidthNothingIsCut() {
    #expect(render(Self.wide, width: nil).contains(String(repeating: "x", count: 90)))
  }

  @Test func longTextIsCutWithAnEllipsisToFitTheScreen() {
    let out = render(Self.wide, width: 60)
    #expect(out.contains("…"))
    #expect(out.split(separator: "\n").allSatisfy { $0.count <= 60 }, "\(out)")
    #expect(out.contains("22"))
  }

  @Test func aTableTooWideEvenWhenCutBecomesBlocks() {
    var columns = [Column]()
    for i in 0..<12 { columns.append(Column(name: "field_number_\(i)", storage: .int([i, i + 1]))) }
    let out = render(Table(name: "t", columns: columns), width: 80)
    #expect(out.hasPrefix("-[ row 1 ]"))
    #expect(out.contains("field_number_11 | 12"))
    #expect(out.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test func expandedOnAndLineModeAlwaysWriteBlocks() {
    #expect(render(Self.wide, width: nil, expanded: .on).contains("-[ row 2 ]"))
    #expect(render(Self.wide, width: nil, mode: .line).contains("note | short"))
    #expect(!render(Self.wide, width: 20, expanded: .off).contains("-[ row"))
  }

  @Test func missingValuesShowAsAMiddleDot() {
    let table = Table(
      name: "t",
      columns: [
        Column(name: "a", storage: .string(["x", ""]), missing: [false, true]),
        Column(name: "b", storage: .int([0, 5]), missing: [true, false]),
      ])
    let lines = render(table, width: nil).split(separator: "\n").map(String.init)
    #expect(lines[2] == "x  ·")
    #expect(lines[3] == "·  5")
  }

  @Test func theMoreRowsLineNamesTheSetting() throws {
    var settings = Settings()
    settings.maxRows = 2
    let shell = Shell(dataset: try ShellTestData.dataset(units: 5), settings: settings)
    #expect(shell.respond(to: "units | select id").stdout.hasSuffix("… 3 more rows (.maxrows 0 shows all)\n"))
    // `take N` asks for its rows: all of them.
    #expect(!shell.respond(to: "units | select id | take 4").stdout.contains("more"))
    _ = shell.respond(to: ".maxrows 0")
    #expect(!shell.respond(to: "units | select id").stdout.contains("more"))
  }

  @Test func notATerminalGetsEveryRowButTheTranscriptKeepsTheLimit() throws {
    var settings = Settings()
    settings.maxRows = 2
    settings.limitsRows = false
    settings.width = 40
    let folder = try ScratchFolder()
    let shell = Shell(
      dataset: try ShellTestData.dataset(units: 5), settings: settings,
      session: SessionOptions(folder: folder.path, autosave: false))
    let r = shell.respond(to: "units | select id")
    #expect(!r.stdout.contains("more"))
    let recorded = try #require(shell.session.recorder?.steps.last)
    #expect(recorded.output.map(\.text).joined(separator: "\n").contains("… 3 more rows"))
  }

  @Test func expandedAndMaxrowsCommands() throws {
    let shell = try ShellTestData.shell()
    #expect(shell.respond(to: ".expanded on").stdout.isEmpty)
    #expect(shell.respond(to: "areas").stdout.hasPrefix("-[ row 1 ]"))
    #expect(shell.respond(to: ".expanded sideways").failed)
    #expect(shell.respond(to: ".maxrows -1").failed)
    #expect(shell.respond(to: ".maxrows").stdout.contains("40"))
  }
}
