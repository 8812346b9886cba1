import AnvisKit
import Testing

/// The committed fixture data sets other tests (and `anvis validate`) can use:
/// `tiny` (valid), `danish` (the same data as a Danish spreadsheet exports it) and
/// `broken/several` (problems in several files).
@Suite("Fixture data sets")
struct FixtureDatasetTests {
  @Test func danishExportLoadsToTheSameValuesAsTiny() throws {
    let tiny = try DatasetReader.load(from: TestFixtures.path("tiny"))
    let danish = try DatasetReader.load(from: TestFixtures.path("danish"))
    #expect(danish.areas == tiny.areas)
    #expect(danish.departments == tiny.departments)
    #expect(danish.units == tiny.units)
    #expect(danish.cases == tiny.cases)
    #expect(danish.teams == tiny.teams)
    #expect(danish.organisations[0] == tiny.organisations[0])
    #expect(danish.organisations[1].name == "Alabu \"Bolig\"\nAalborg; afd. Øst")
    #expect(danish.organisations[1].anvisningShare == 0.25)
  }

  @Test func severalProblemsInSeveralFiles() throws {
    let path = try TestFixtures.path("broken/several")
    guard case .invalid(let failure) = DatasetValidator.validate(directory: path) else {
      Issue.record("broken/several validated")
      return
    }
    #expect(
      failure.problems.map { String($0.description.dropFirst(path.count + 1)) } == [
        "anvis.toml:8:14: acceptance must be between 0 and 1, found 1.5",
        "areas.csv:4:23: unknown area status 'forebyggelse'; allowed: ordinary, prevention, vulnerable, parallel, transformation",
        "units.csv:4:16: unknown unit type 'flat'; allowed: family, youth, senior, skaev, shared_room, transition",
        "units.csv:8:10: unknown department 'd-020' (not in departments.csv)",
        "units.csv:12:30: looks like a CPR number (01 01 90-****); personal identity numbers are refused",
        "cases.csv:6:8: age must be between 0 and 120, found '141'",
        "teams.csv:1:1: file not found",
      ])
  }

  /// Mangled files never crash the loader: each gives a data set or positioned problems.
  @Test func mangledFilesGiveProblemsNotCrashes() throws {
    let s = try ScratchDataset()
    var rng = SeededRandom(seed: 2026)
    let originals = try DatasetReader.tableFiles.map { Array(try s.read($0).utf8) }
    let noise: [UInt8] = Array("\",;\n\r\"\"-0123456789 æ".utf8) + [0xFF, 0xC3, 0xEF, 0xBB, 0xBF, 0x00]
    for round in 0..<60 {
      let f = rng.int(in: 0...(originals.count - 1))
      var bytes = originals[f]
      for _ in 0...rng.int(in: 0...6) {
        let at = rng.int(in: 0...bytes.count)
        switch rng.int(in: 0...2) {
        case 0: bytes.insert(noise[rng.int(in: 0...(noise.count - 1))], at: at)
        case 1: if at < bytes.count { bytes.remove(at: at) }
        default: bytes = Array(bytes[..<min(at, bytes.count)])
        }
      }
      try s.write(DatasetReader.tableFiles[f], bytes: bytes)
      do {
        _ = try DatasetReader.load(from: s.directory)
      } catch {
        #expect(!error.problems.isEmpty)
        for p in error.problems {
          #expect(p.line >= 1 && p.column >= 1, "round \(round): \(p)")
          // A mangled file may also leave references in later files dangling.
          #expect(p.file.hasPrefix(s.directory + "/") && p.file.hasSuffix(".csv"), "round \(round): \(p)")
        }
      }
      try s.write(DatasetReader.tableFiles[f], bytes: originals[f])
    }
  }
}
