import Foundation
import TestSupport
import Testing

/// `calibrate fit` on a terminal: a progress line per simulation, and Ctrl-C stops the search,
/// keeps the best so far and saves it as the scenario `calibrated`.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct CalibrationInterruptTests {
  @Test func ctrlCKeepsTheBestSoFar() throws {
    let folder = try TemporaryFolder()
    let data = folder.path + "/aalborg"
    try FileManager.default.copyItem(atPath: AnvisBinary.packageRoot + "/examples/aalborg", toPath: data)
    let terminal = try PseudoTerminal()
    try terminal.run(
      ["--data", data],
      [
        .expect("anvis> "), .send("calibrate fit acceptance,exit.per_year runs 10\r"),
        .expect("calibrate fit 2/40: "), .interrupt,
        .expect("stopped by Ctrl-C after "), .expect("saved as scenario calibrated"), .expect("anvis> "),
        .send("scenarios\r"), .expect("calibrated"), .expect("anvis> "), .endOfInput, .exit(0),
      ])
    let saved = try String(contentsOfFile: data + "/scenarios/calibrated.scenario", encoding: .utf8)
    #expect(saved.contains("set acceptance = ") && saved.contains("set exit.per_year = "))
  }
}
