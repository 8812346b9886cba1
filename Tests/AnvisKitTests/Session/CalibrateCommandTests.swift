import Foundation
import Testing

@testable import AnvisKit

/// `calibrate` and `calibrate fit` in the shell: the rows, the count, `--check`, carets.
@Suite struct CalibrateCommandTests {
  static func shell(
    _ references: [Reference], folder: String? = nil, progress: ((String) -> Void)? = nil
  ) throws -> Shell {
    var dataset = try SimulationFixtures.town(units: 1_500, cases: 50, seed: 5)
    dataset.references = references
    return Shell(dataset: dataset, dataDirectory: folder, progress: progress)
  }

  static let loose = [
    Reference(metric: "list_size_end", value: 50, low: 0, high: 1e6, source: "a count, 2022"),
    Reference(metric: "turnover_family", value: 0.104, low: 0.05, high: 0.2, source: "LBF 2020:7"),
  ]
  static let impossible = Reference(
    metric: "housed_per_year", value: 1e5, low: 9e4, high: 2e5, source: "nowhere", note: "cannot be met")

  @Test func withoutReferencesItSaysWhereTheyGo() throws {
    let r = try Self.shell([]).respond(to: "calibrate")
    #expect(r.failed)
    #expect(r.stderr.hasPrefix("error: the data set has no references.csv"))
  }

  @Test func oneRowPerReferenceAndTheCountLast() throws {
    let s = try Self.shell(Self.loose + [Self.impossible])
    let r = s.respond(to: "calibrate runs 5 months 6")
    #expect(!r.failed, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("baseline (not the current scenario): 6 months × 5 runs, seed 1\n"))
    #expect(r.stdout.contains("\n2 of 3 inside their bands\n"))
    let table = try #require(s.catalog.table(named: "calibration"))
    #expect(table.rowCount == 3)
    #expect(
      table.column(named: "inside").map { c in (0..<3).map { c[$0] } } == [
        .bool(true), .bool(true), .bool(false),
      ])
    // Queryable like any result.
    #expect(
      s.respond(to: "calibration | where not inside | select metric").stdout.contains("housed_per_year"))
  }

  @Test func itSimulatesTheBaselineNotTheCurrentScenario() throws {
    let s = try Self.shell(Self.loose)
    let before = s.respond(to: "calibrate runs 4").stdout
    _ = s.respond(to: "scenario other")
    _ = s.respond(to: "set exit.per_year = 0")
    #expect(s.respond(to: "calibrate runs 4").stdout == before)
  }

  @Test func checkFailsWhenAReferenceIsOutside() throws {
    let s = try Self.shell(Self.loose + [Self.impossible])
    let r = s.respond(to: "calibrate --check runs 4")
    #expect(r.failed)
    #expect(
      r.stderr.hasPrefix("error: calibrate --check: 2 of 3 inside their bands\n  housed_per_year: model "))
    #expect(r.stderr.contains(", outside 90000–200000 (reference 100000)"))
    #expect(s.catalog.table(named: "calibration") != nil, "the table is bound even so")
    #expect(try !Self.shell(Self.loose).respond(to: "calibrate runs 4 --check").failed)
  }

  @Test func fitRefusesLeversThatAreNotEstimatesWithACaret() throws {
    let s = try Self.shell(Self.loose)
    let policy = s.respond(to: "calibrate fit acceptance,policy")
    #expect(policy.failed)
    #expect(
      policy.stderr.contains("error: 'policy' is not a number; calibrate fit searches only [est] levers"))
    #expect(
      policy.stderr.contains("1 | calibrate fit acceptance,policy\n  |                          ^^^^^^"))
    let cap = s.respond(to: "calibrate fit rent.cap")
    #expect(cap.stderr.contains("error: 'rent.cap' is not an estimate [est]"))
    #expect(
      cap.stderr.contains(
        "help: levers it can search: claim.days, acceptance, inflow.per_month, exit.per_year"))
    #expect(s.respond(to: "calibrate fit acceptanse").stderr.contains("help: did you mean 'acceptance'?"))
    #expect(s.respond(to: "calibrate fit").stderr.contains("error: expected one or more [est] levers"))
  }

  @Test func fitSavesTheScenarioCalibratedAndLeavesTheBaseline() throws {
    let folder = try ScratchFolder()
    var lines = [String]()
    let s = try Self.shell(Self.loose + [Self.impossible], folder: folder.path, progress: { lines.append($0) })
    let r = s.respond(to: "calibrate fit exit.per_year runs 3 months 6")
    #expect(!r.failed, "\(r.stderr)")
    #expect(r.stdout.contains("  exit.per_year: 1.5 → "))
    #expect(r.stdout.contains("saved as scenario calibrated (the baseline is unchanged)"))
    #expect(lines.first?.hasPrefix("calibrate fit 1/40: exit.per_year = 1.5 → ") == true)
    #expect(s.scenarios.current == Scenario.baselineName)
    #expect(s.scenarios.scenarioNames(in: s) == ["baseline", "calibrated"])
    let file = try String(contentsOfFile: folder.file("scenarios/calibrated.scenario"), encoding: .utf8)
    #expect(file.hasPrefix("# anvis scenario\nname = calibrated\nfrom = baseline\nset exit.per_year = "))
    #expect(s.catalog.table(named: "calibration_fit")?.rowCount == 3)
  }

  @Test func tabCompletesFitAndItsLevers() throws {
    let s = try Self.shell(Self.loose)
    func complete(_ line: String) -> [String] { s.completions(for: line, cursor: line.count) }
    #expect(complete("calibrate f") == ["fit"])
    #expect(complete("calibrate fit acc") == ["acceptance"])
    #expect(complete("calibrate fit acceptance,ex") == ["exit.per_year"])
    #expect(complete("calibrate fit acceptance r") == ["runs"])
    #expect(complete("calibrate --") == ["--check"])
  }
}
