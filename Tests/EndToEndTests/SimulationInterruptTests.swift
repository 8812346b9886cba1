import Foundation
import TestSupport
import Testing

/// Ctrl-C during `simulate` on a terminal cancels the runs and returns to the prompt.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct SimulationInterruptTests {
  @Test func ctrlCCancelsASimulationAndTheShellGoesOn() throws {
    let folder = try TemporaryFolder()
    let data = folder.path + "/aalborg"
    try FileManager.default.copyItem(atPath: AnvisBinary.packageRoot + "/examples/aalborg", toPath: data)
    let terminal = try PseudoTerminal()
    try terminal.run(
      ["--data", data],
      [
        .expect("anvis> "), .send("scenario long\r"), .expect("anvis[long]> "),
        // Far longer than the test may take: only Ctrl-C brings the prompt back.
        .send("simulate months 120 runs 10000\r"), .expect("runs 10000"), .perform("sleep 1"), .interrupt,
        .expect("cancelled"), .expect("anvis[long]> "),
        .send("scenarios\r"), .expect("long"), .expect("anvis[long]> "), .endOfInput, .exit(0),
      ])
  }
}
