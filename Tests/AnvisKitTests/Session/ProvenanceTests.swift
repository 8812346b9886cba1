import Foundation
import Testing

@testable import AnvisKit

/// Results that say where they came from.
@Suite struct ProvenanceTests {
  func shell() throws -> Shell {
    Shell(dataset: try SimulationFixtures.town(units: 300, cases: 20, seed: 5))
  }

  @Test func resultTablesCarryTheScenarioAndTablesShowsTheRunSettings() throws {
    let s = try shell()
    _ = s.respond(to: "scenario youth-first")
    _ = s.respond(to: "simulate months 2 runs 3 seed 7")
    _ = s.respond(to: "allocate")
    s.settings.mode = .csv
    for name in TableCatalog.promisedResults.keys.sorted() {
      let r = s.respond(to: "\(name) | distinct scenario")
      #expect(r.stdout == "scenario\nyouth-first\n", "\(name): \(r.stderr)")
    }
    let tables = s.respond(to: "tables").stdout.split(separator: "\n")
    #expect(tables.contains { $0.hasPrefix("placements,") && $0.hasSuffix(",simulate youth-first months 2 runs 3 seed 7") })
    #expect(tables.contains { $0.hasPrefix("allocation,") && $0.hasSuffix(",allocate youth-first") })
    #expect(tables.contains { $0.hasPrefix("units,") && $0.hasSuffix(",data") })
  }

  @Test func aQueryOverAnotherScenariosResultsGetsANoteOnStderr() throws {
    let s = try shell()
    _ = s.respond(to: "scenario youth-first")
    _ = s.respond(to: "simulate months 1 runs 2 seed 7")
    #expect(s.respond(to: "outcomes | count").stderr == "")
    _ = s.respond(to: "scenario baseline")
    let r = s.respond(to: "outcomes | count")
    #expect(r.stderr == "note: outcomes is from scenario youth-first; the current scenario is baseline\n")
    #expect(r.stdout.contains("count"))
    let joined = s.respond(to: "units | join placements on id == unit | count")
    #expect(joined.stderr.contains("note: placements is from scenario youth-first"))
    // A field that happens to share a table's name is not a source.
    #expect(s.respond(to: "units | where type == \"youth\" | count").stderr == "")
  }

  @Test func aResultTableBeforeItsCommandSaysWhatToRun() throws {
    let s = try shell()
    let r = s.respond(to: "placements | count")
    #expect(r.failed)
    #expect(r.stderr.contains("error: no table 'placements' yet: run simulate first (or allocate)"), "\(r.stderr)")
    #expect(s.respond(to: "allocation").stderr.contains("run allocate first"))
    #expect(s.respond(to: "units | join outcomes on run").stderr.contains("no table 'outcomes' yet"))
  }

  @Test func reloadKeepsTheProvenance() throws {
    let s = try shell()
    _ = s.respond(to: "simulate months 1 runs 2 seed 7")
    s.replaceDataset(s.dataset)
    #expect(s.catalog.provenance(of: "outcomes")?.description == "simulate baseline months 1 runs 2 seed 7")
  }
}
