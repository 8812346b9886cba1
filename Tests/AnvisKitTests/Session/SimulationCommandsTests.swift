import Foundation
import Testing

@testable import AnvisKit

@Suite struct SimulationCommandsTests {
  func shell(folder: String? = nil, session: SessionOptions = SessionOptions()) throws -> Shell {
    Shell(
      dataset: try SimulationFixtures.town(units: 1_500, cases: 50, seed: 5), dataDirectory: folder,
      session: session)
  }

  @Test func scenarioChangesThePromptAndBaselineRestoresIt() throws {
    let s = try shell()
    #expect(s.prompt == "anvis> ")
    let r = s.respond(to: "scenario youth-first")
    #expect(r.stdout == "new scenario youth-first from baseline\n")
    #expect(s.prompt == "anvis[youth-first]> ")
    #expect(s.respond(to: "scenario baseline").failed == false)
    #expect(s.prompt == "anvis> ")
    #expect(s.respond(to: "scenario youth-first").stdout == "scenario youth-first\n")
    #expect(s.prompt == "anvis[youth-first]> ")
  }

  @Test func theBaselineCannotChange() throws {
    let s = try shell()
    let r = s.respond(to: "set rent.cap = 4000")
    #expect(r.failed)
    #expect(r.stderr.contains("error: the baseline cannot change"))
    #expect(r.stderr.contains("help: make a scenario first: scenario NAME"))
  }

  @Test func setReportsTheNewAndTheBaselineValue() throws {
    let s = try shell()
    _ = s.respond(to: "scenario dear")
    #expect(s.respond(to: "set rent.cap = 4000").stdout == "dear: rent.cap = 4000 (baseline 3500)\n")
    #expect(
      s.respond(to: "set anvisning.share[org-2] = 50%").stdout
        == "dear: anvisning.share[org-2] = 0.5 (baseline 0.27)\n")
    #expect(s.respond(to: "reset rent.cap").stdout == "dear: rent.cap back to baseline\n")
    #expect(s.scenarios.currentScenario(in: s).levers.rentCap == 3500)
  }

  @Test func resetPutsOneOrganisationsShareBack() throws {
    let s = try shell()
    _ = s.respond(to: "scenario shares")
    _ = s.respond(to: "set anvisning.share[org-2] = 0.5")
    _ = s.respond(to: "set anvisning.share[org-3] = 0.4")
    let r = s.respond(to: "reset anvisning.share[org-2]")
    #expect(r.stdout == "shares: anvisning.share[org-2] back to baseline\n", "\(r.stderr)")
    #expect(s.scenarios.currentScenario(in: s).levers.organisationShares == ["org-3": 0.4])
    #expect(s.scenarios.currentScenario(in: s).fileText.hasSuffix("set anvisning.share[org-3] = 0.4\n"))
    let bad = s.respond(to: "reset anvisning.share[org-9]")
    #expect(bad.failed)
    #expect(bad.stderr.contains("error: no organisation 'org-9'"))
    #expect(
      s.respond(to: "reset rent.cap[org-2]").stderr.contains("'rent.cap' has no per-organisation value"))
  }

  @Test func badValueGetsACaretUnderTheValue() throws {
    let s = try shell()
    _ = s.respond(to: "scenario x")
    let r = s.respond(to: "set policy = bestfit")
    #expect(
      r.stderr == """
        error: expected one of fcfs, priority, best-fit, found 'bestfit'
         --> input:1:14
        1 | set policy = bestfit
          |              ^^^^^^^
          = help: did you mean 'best-fit'?

        """)
  }

  @Test func simulateBindsResultTablesAndCompareReusesThem() throws {
    let s = try shell()
    _ = s.respond(to: "scenario youth")
    _ = s.respond(to: "set youth.claim = true")
    let r = s.respond(to: "simulate months 3 runs 4 seed 2")
    #expect(!r.failed, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("scenario youth: 3 months × 4 runs, seed 2\n"))
    for name in ScenarioWorkspace.simulationTableNames { #expect(s.catalog.origin(of: name) == .result) }
    let c = s.respond(to: "compare baseline youth")
    #expect(!c.failed, "\(c.stderr)")
    // The baseline had not run with these parameters: compare runs it and says so.
    #expect(
      c.stdout.hasPrefix("simulated now: baseline\n3 months × 4 runs, seed 2; diff = scenario − baseline\n"))
    #expect(s.respond(to: "compare baseline youth").stdout.hasPrefix("3 months × 4 runs"))
    #expect(s.catalog.origin(of: "comparison") == .result)
    let again = s.respond(to: "simulate months 3 runs 4 seed 2")
    #expect(again.stdout == r.stdout)
  }

  @Test func simulateArgumentsAreChecked() throws {
    let s = try shell()
    let r = s.respond(to: "simulate month 3")
    #expect(r.stderr.contains("error: expected months, runs or seed, found 'month'"))
    #expect(r.stderr.contains("did you mean 'months'?"))
    #expect(s.respond(to: "simulate runs 0").stderr.contains("expected a number of runs from 1 to 10000"))
    #expect(s.respond(to: "compare baseline nope").stderr.contains("no scenario 'nope'"))
    #expect(
      s.respond(to: "simulate seed 18446744073709551616").stderr.contains(
        "expected a seed: a whole number from 0 to 18446744073709551615"))
  }

  @Test func whyNamesRulesAndUnknownCasesGetAHint() throws {
    let s = try shell()
    let r = s.respond(to: "why c-0001")
    #expect(!r.failed, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("c-0001: age "))
    #expect(r.stdout.contains("rule "))
    let bad = s.respond(to: "why c-001")
    #expect(bad.stderr.contains("no case 'c-001'"))
    #expect(bad.stderr.contains("did you mean 'c-0001'?"))
  }

  @Test func scenariosAreSavedAndReadBack() throws {
    let folder = FileManager.default.temporaryDirectory.path + "/anvis-sim-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = try shell(folder: folder)
    _ = first.respond(to: "scenario keep-place")
    _ = first.respond(to: "set refusal = keep")
    let file = folder + "/scenarios/keep-place.scenario"
    #expect(FileManager.default.fileExists(atPath: file))
    let second = try shell(folder: folder)
    let r = second.respond(to: "scenarios")
    #expect(r.stdout.contains("keep-place"))
    #expect(r.stdout.contains("refusal = keep"))
    _ = second.respond(to: "scenario keep-place")
    #expect(second.scenarios.currentScenario(in: second).levers.refusal == .keep)
    // A replay starts from the baseline whatever was saved.
    let replay = try shell(folder: folder, session: SessionOptions(sandboxed: true))
    #expect(replay.respond(to: "scenario keep-place").stdout == "new scenario keep-place from baseline\n")
    #expect(replay.scenarios.currentScenario(in: replay).levers.refusal == .drop)
    _ = replay.respond(to: "set refusal.limit = 3")
    let saved = try String(contentsOfFile: file, encoding: .utf8)
    #expect(!saved.contains("refusal.limit"))
  }

  @Test func leversListEveryLever() throws {
    let s = try shell()
    let r = s.respond(to: "levers")
    for lever in Lever.allCases { #expect(r.stdout.contains(lever.name)) }
  }
}
