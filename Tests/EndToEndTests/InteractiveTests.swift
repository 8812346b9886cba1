import Foundation
import TestSupport
import Testing

/// The shell on a (pseudo-)terminal: banner, prompt, Tab, history, Ctrl-C, Ctrl-D.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct InteractiveTests {
  let folder: TemporaryFolder
  let data: String

  init() throws {
    folder = try TemporaryFolder()
    data = try TinyDataSet.write(to: folder.path + "/tiny")
  }

  @Test func bannerPromptAndCtrlDLeaveWithStatusZero() throws {
    let terminal = try PseudoTerminal()
    try terminal.run(
      ["--data", data],
      [
        .expect("anvis — Tiny, as of 2026-11-01"), .expect("Type .help"), .expect("anvis> "), .endOfInput,
        .exit(0),
      ])
  }

  /// A parent that blocks SIGTERM passes that on; `kill` must still stop the shell (else it
  /// lives on unseen, holding its terminal).
  @Test func sigtermStopsTheShellThoughItsParentBlockedIt() throws {
    let terminal = try PseudoTerminal()
    try terminal.run(
      ["--data", data], [.expect("anvis> "), .send("tables\r"), .expect("teams"), .terminate])
  }

  @Test func leavingWithUnsavedStepsWarnsOnce() throws {
    let terminal = try PseudoTerminal()
    try terminal.run(
      ["--data", data],
      [
        .expect("anvis> "), .send("tables\r"), .expect("teams"), .expect("anvis> "), .endOfInput,
        .expect("1 step not saved: .save NAME, or Ctrl-D again to leave"), .expect("anvis> "),
        .send("units | count\r"), .expect("anvis> "), .send(".quit\r"),
        .expect("2 steps not saved: .save NAME, or .quit again to leave"), .expect("anvis> "),
        .send(".quit\r"), .exit(0),
      ])
  }

  @Test func tabCompletesCommandsTablesAndFields() throws {
    let terminal = try PseudoTerminal()
    try terminal.run(
      ["--data", data],
      [
        .expect("anvis> "), .send("desc\t"), .expect("describe "), .send("tea\t"), .expect("teams "),
        .send("\r"), .expect("caseload"), .expect("anvis> "),
        .send("show c\t"), .expect("show case "), .send("c-0002\r"), .expect("disability_pension  true"),
        .expect("anvis> "), .send(".quit\r"), .exit(0),
      ])
  }

  @Test func ctrlCDropsTheHalfTypedLineAndTheShellGoesOn() throws {
    let terminal = try PseudoTerminal()
    try terminal.run(
      ["--data", data],
      [
        .expect("anvis> "), .send("show unit u-00"), .expect("u-00"), .interrupt, .expect("^C"),
        .expect("anvis> "), .send("units |"), .send("\r"), .expect("  ...> "), .interrupt, .expect("anvis> "),
        .send("tables\r"), .expect("teams             1       4  data"), .expect("anvis> "),
        .endOfInput, .exit(0),
      ])
  }

  @Test func continuationPromptGathersOneInput() throws {
    let terminal = try PseudoTerminal()
    try terminal.run(
      ["--data", data],
      [
        .expect("anvis> "), .send("units |\r"), .expect("  ...> "), .send("  where (rent < 3500\r"),
        .expect("  ...> "), .send(") | count\r"), .expect("count"), .expect("anvis> "),
        .endOfInput, .exit(0),
      ])
  }

  @Test func historyIsKeptAcrossRunsAsPrivateFile() throws {
    let terminal = try PseudoTerminal()
    try terminal.run(
      ["--data", data],
      [
        .expect("anvis> "), .send("show area a-01\r"), .expect("anvis> "), .send("show area a-01\r"),
        .expect("anvis> "), .send("units |\r"), .expect("...> "), .send("count\r"), .expect("anvis> "),
        .endOfInput, .exit(0),
      ])
    let attributes = try FileManager.default.attributesOfItem(atPath: terminal.historyFile)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let saved = try String(contentsOfFile: terminal.historyFile, encoding: .utf8)
    #expect(saved == "show area a-01\nunits |\u{1}count\n", "duplicates dropped, newlines encoded")
    // Second run: Up recalls the multi-line entry whole, Up again the one before.
    try terminal.run(
      ["--data", data],
      [
        .expect("anvis> "), .send("\u{1B}[A"), .expect("count"), .send("\u{1B}[A"), .expect("show area a-01"),
        .send("\r"), .expect("Midtby"), .expect("anvis> "), .endOfInput, .exit(0),
      ])
    // Third run: Ctrl-R finds an entry by a piece of it.
    try terminal.run(
      ["--data", data],
      [
        .expect("anvis> "), .send("\u{12}"), .expect("reverse-i-search"), .send("area a"),
        .expect("show area a-01"), .send("\r"), .expect("Midtby"), .expect("anvis> "), .endOfInput, .exit(0),
      ])
  }

  @Test func coloursOnATerminalButNeverWithNoColor() throws {
    let terminal = try PseudoTerminal()
    let steps: [PseudoTerminal.Step] = [
      .expect("anvis> "), .send("tables\r"), .expect("origin"), .expect("anvis> "), .endOfInput, .exit(0),
    ]
    let coloured = try terminal.run(["--data", data], steps, colour: true)
    #expect(coloured.contains("\u{1B}[1;36manvis> "))
    #expect(coloured.contains("\u{1B}[1mname\u{1B}[0m"))
    let plain = try terminal.run(["--data", data], steps, colour: false)
    #expect(!plain.contains("\u{1B}[1"))
  }

  @Test func reloadReadsTheFolderAgainAndKeepsTheOldDataOnProblems() throws {
    let terminal = try PseudoTerminal()
    let units = data + "/units.csv"
    try terminal.run(
      ["--data", data],
      [
        .expect("anvis> "), .perform("sed -i 's/4200.5/4300/' '\(units)'"), .send(".reload\r"),
        .expect("reloaded Tiny: 3 units, 2 cases"), .send("show unit u-000001\r"),
        .expect("rent               4300"),
        .expect("anvis> "), .perform("sed -i 's/4300/-1/' '\(units)'"), .send(".reload\r"),
        .expect("the data set loaded before is kept:"), .expect("units.csv:2:"), .expect("anvis> "),
        .send("show unit u-000001\r"), .expect("rent               4300"), .expect("anvis> "),
        .endOfInput, .exit(0),
      ])
  }
}
