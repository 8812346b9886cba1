import Foundation
import TestSupport
import Testing

/// The shell fitted to its terminal: tables at the terminal's width, expanded blocks when too
/// wide, every row when stdout is a pipe, and a progress line during a long simulation.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct ScreenTests {
  let folder: TemporaryFolder
  let data: String

  init() throws {
    folder = try TemporaryFolder()
    data = try TinyDataSet.write(to: folder.path + "/tiny")
  }

  @Test func aNarrowTerminalGetsExpandedBlocksAndAWideOneColumns() throws {
    let query = "units | extend note = \"a rather long note that will not fit beside the rest\"\r"
    let narrow = try PseudoTerminal().run(
      ["--data", data], [.expect("anvis> "), .send(query), .expect("-[ row 1 ]"), .expect("anvis> "), .endOfInput, .exit(0)],
      columns: 60)
    #expect(narrow.contains("note"))
    let wide = try PseudoTerminal().run(
      ["--data", data],
      [.expect("anvis> "), .send(".expanded off\r"), .expect("anvis> "), .send("areas\r"), .expect("Østparken"),
       .expect("anvis> "), .send(".expanded on\r"), .expect("anvis> "), .send("areas\r"), .expect("-[ row 2 ]"),
       .expect("anvis> "), .endOfInput, .exit(0)],
      columns: 200)
    #expect(wide.contains("id    name"))
  }

  @Test func aPipeGetsEveryRowAndNoCuts() throws {
    let r = try AnvisBinary.run(["--data", data, "-c", ".maxrows", "-c", "units | extend n = 1"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!r.stdout.contains("more row"))
    #expect(!r.stdout.contains("-[ row"))
    #expect(r.stdout.contains("0 (all rows)"))
  }

  @Test func versionAndPerCommandHelp() throws {
    let version = try AnvisBinary.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout == "0.1.0\n")
    // Each subcommand's help lists exactly the options it honours.
    let options = { (arguments: [String]) throws -> Set<String> in
      let help = try AnvisBinary.run(arguments).stdout
      let words = help.split(whereSeparator: { " ,\n<>[]".contains($0) })
      return Set(words.filter { $0.hasPrefix("--") }.map(String.init))
    }
    // --version and --help come with every subcommand (they print and exit).
    #expect(
      try options(["replay", "--help"]) == ["--data", "--sessions", "--step", "--check", "--update", "--version", "--help"])
    #expect(
      try options(["run", "--help"]) == ["--data", "--sessions", "--save-scenarios", "--format", "--version", "--help"])
    #expect(try options(["--help"]).isSuperset(of: ["--data", "--sessions", "--save-scenarios", "--format", "--version"]))
    #expect(try options(["validate", "--help"]) == ["--version", "--help"])
  }

  @Test func aLongSimulationShowsProgressOnTheTerminalAndClearsIt() throws {
    let aalborg = folder.path + "/aalborg"
    try FileManager.default.copyItem(atPath: AnvisBinary.packageRoot + "/examples/aalborg", toPath: aalborg)
    let terminal = try PseudoTerminal()
    let shown = try terminal.run(
      ["--data", aalborg],
      [
        .expect("anvis> "), .send("simulate months 12 runs 10000\r"), .expect("simulate baseline: "),
        .expect(" of 10000 runs"), .expect("left (Ctrl-C stops)"), .interrupt,
        // Erased (a real escape sequence, not its visible form) before the answer.
        .expect("\u{1B}[Kcancelled"), .expect("anvis> "), .endOfInput, .exit(0),
      ])
    #expect(!shown.contains("\\u{1B}"), "\(shown)")
  }

  @Test func noProgressInBatchMode() throws {
    let r = try AnvisBinary.run(["--data", data, "-c", "simulate months 2 runs 20"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!r.stderr.contains("runs,"))
    #expect(!r.stderr.contains("Ctrl-C"))
  }
}
