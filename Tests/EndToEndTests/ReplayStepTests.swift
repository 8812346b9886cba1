import Foundation
import TestSupport
import Testing

/// `--step` through a pseudo-terminal: Enter runs the step, anything else runs as a command of
/// its own without moving on, `q` stops.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct ReplayStepTests {
  let folder: TemporaryFolder

  init() throws {
    folder = try TemporaryFolder()
    try TinyDataSet.writeWithSessions(in: folder.path)
    let record = try AnvisBinary.run(
      ["--data", folder.path + "/tiny"],
      stdin:
        ".note First, the tables.\ntables\n.note Then a unit.\nshow unit u-000002\n.note That was all.\n.save steps\n",
      in: folder.path)
    #expect(record.status == 0, "\(record.stderr)")
  }

  var sessions: String { folder.path + "/sessions" }

  @Test func enterAdvancesInterleavedCommandStaysQStops() throws {
    let terminal = try PseudoTerminal()
    try terminal.run(
      ["replay", "steps", "--step", "--sessions", sessions],
      [
        .expect("── step 1/2 ──"), .expect("First, the tables."), .expect("anvis> tables"),
        .expect("[Enter runs it"), .send("\r"), .expect("teams             1       4  data"),
        .expect("── step 2/2 ──"), .expect("Then a unit."), .expect("anvis> show unit u-000002"),
        .expect("[Enter runs it"),
        // An interleaved command runs in the replay's shell; the position does not move.
        .send("describe teams\r"), .expect("caseload"), .expect("── step 2/2 ──"), .expect("[Enter runs it"),
        .send("q\r"), .expect("stopped before step 2 of 2"), .exit(0),
      ])
  }

  @Test func enterToTheEndShowsTheClosingNarration() throws {
    let terminal = try PseudoTerminal()
    try terminal.run(
      ["replay", "steps", "--step", "--sessions", sessions],
      [
        .expect("[Enter runs it"), .send("\r"), .expect("── step 2/2 ──"), .expect("[Enter runs it"),
        .send("\r"), .expect("2026-10-15"), .expect("That was all."), .exit(0),
      ])
  }

  @Test func stepFromInsideTheShellReturnsToItsPrompt() throws {
    let terminal = try PseudoTerminal()
    try terminal.run(
      ["--data", folder.path + "/tiny", "--sessions", sessions],
      [
        .expect("anvis> "), .send(".replay steps --step\r"), .expect("stepping through 'steps': 2 steps"),
        .expect("── step 1/2 ──"), .send("\r"), .expect("── step 2/2 ──"), .send("q\r"),
        .expect("stopped before step 2 of 2"), .expect("anvis> "), .send(".quit\r"), .exit(0),
      ])
  }

  @Test func stepNeedsATerminal() throws {
    let r = try AnvisBinary.run(["replay", "steps", "--step", "--sessions", sessions], in: folder.path)
    #expect(r.status == 1)
    #expect(r.stderr.contains("--step needs a terminal"))
  }
}
