import Foundation
import TestSupport
import Testing

/// scenario → set → simulate → compare → why through the binary in batch mode, on a copy of
/// examples/aalborg, against a golden transcript. `RECORD_GOLDENS=1` rewrites the golden and
/// fails, so a recording is never mistaken for a pass.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct SimulationGoldenTests {
  static let golden = AnvisBinary.packageRoot + "/Tests/EndToEndTests/Golden/what-if.out"

  @Test func whatIfScriptMatchesTheGolden() throws {
    let folder = try TemporaryFolder()
    let data = folder.path + "/aalborg"
    try FileManager.default.copyItem(atPath: AnvisBinary.packageRoot + "/examples/aalborg", toPath: data)
    let script = try String(
      contentsOfFile: AnvisBinary.packageRoot + "/examples/what-if.anvis", encoding: .utf8)
    let r = try AnvisBinary.run(["--data", data, "--save-scenarios"], stdin: script)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr == "")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil {
      try r.stdout.write(toFile: Self.golden, atomically: true, encoding: .utf8)
      Issue.record("recorded \(Self.golden); run again without RECORD_GOLDENS")
      return
    }
    let expected = try String(contentsOfFile: Self.golden, encoding: .utf8)
    #expect(r.stdout == expected)
    // The scenario was saved next to the data, owner-only.
    let saved = data + "/scenarios/youth-first.scenario"
    #expect(
      try String(contentsOfFile: saved, encoding: .utf8)
        == "# anvis scenario\nname = youth-first\nfrom = baseline\nset youth.claim = true\nset policy = best-fit\n"
    )
    let mode = try FileManager.default.attributesOfItem(atPath: saved)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test func aScriptNeitherReadsNorWritesSavedScenariosUnlessAsked() throws {
    let folder = try TemporaryFolder()
    let data = folder.path + "/aalborg"
    try FileManager.default.copyItem(atPath: AnvisBinary.packageRoot + "/examples/aalborg", toPath: data)
    let script = "scenario youth-first\nset rent.cap = 4000\nscenarios\n"
    let first = try AnvisBinary.run(["--data", data], stdin: script)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(!FileManager.default.fileExists(atPath: data + "/scenarios"))
    // A leftover from an earlier experiment does not change what the same script says.
    let saved = try AnvisBinary.run(["--data", data, "--save-scenarios", "-c", "scenario youth-first", "-c", "set youth.claim = true"])
    #expect(saved.status == 0, "\(saved.stderr)")
    #expect(FileManager.default.fileExists(atPath: data + "/scenarios/youth-first.scenario"))
    let again = try AnvisBinary.run(["--data", data], stdin: script)
    #expect(again.stdout == first.stdout)
    #expect(!again.stdout.contains("youth.claim"))
    // With --save-scenarios the script picks the saved scenario up and says what it moves.
    let picked = try AnvisBinary.run(["--data", data, "--save-scenarios", "-c", "scenario youth-first"])
    #expect(picked.stdout == "scenario youth-first (saved): youth.claim = true (baseline false)\n")
  }

  @Test func badLeverStopsWithACaret() throws {
    let folder = try TemporaryFolder()
    let data = folder.path + "/aalborg"
    try FileManager.default.copyItem(atPath: AnvisBinary.packageRoot + "/examples/aalborg", toPath: data)
    let r = try AnvisBinary.run(["--data", data], stdin: "scenario x\nset youth.clam = true\nsimulate\n")
    #expect(r.status == 1)
    #expect(
      r.stderr == """
        error: unknown lever 'youth.clam'
         --> input:2:5
        2 | set youth.clam = true
          |     ^^^^^^^^^^
          = help: did you mean 'youth.claim'?

        """)
  }
}
