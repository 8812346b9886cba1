import AnvisKit
import Testing

/// The corpus of broken data sets: each test breaks one thing in a copy of `Fixtures/tiny`
/// and asserts the exact `file:line:column: message` lines (paths shown relative to the copy).
@Suite("Broken data sets")
struct BrokenDatasetTests {
  /// The problems loading `scratch` reports, with the folder prefix removed.
  static func problems(_ scratch: borrowing ScratchDataset) -> [String] {
    do {
      let dataset = try DatasetReader.load(from: scratch.directory)
      return ["loaded \(dataset.units.count) units"]
    } catch {
      return error.problems.map { problem in
        var text = problem.description
        if text.hasPrefix(scratch.directory + "/") { text.removeFirst(scratch.directory.count + 1) }
        return text
      }
    }
  }

  @Test func missingFile() throws {
    let s = try ScratchDataset()
    try s.remove("teams.csv")
    #expect(Self.problems(s) == ["teams.csv:1:1: file not found"])
  }

  @Test func missingColumn() throws {
    let s = try ScratchDataset()
    try s.write("teams.csv", "id,method,capacity\nt-01,CTI,60\nt-02,ICM,60\n")
    #expect(Self.problems(s) == ["teams.csv:1:1: missing column: caseload"])
  }

  @Test func missingColumns() throws {
    let s = try ScratchDataset()
    try s.write("areas.csv", "id\na-01\na-02\na-03\n")
    #expect(Self.problems(s) == ["areas.csv:1:1: missing columns: name, status"])
  }

  @Test func unknownColumnWithSuggestion() throws {
    let s = try ScratchDataset()
    try s.replaceLine("teams.csv", 1, with: "id,method,capacity,casload")
    #expect(
      Self.problems(s) == [
        "teams.csv:1:1: missing column: caseload",
        "teams.csv:1:20: unknown column 'casload'; did you mean 'caseload'?",
      ])
  }

  @Test func unknownColumn() throws {
    let s = try ScratchDataset()
    try s.write("teams.csv", "id,colour,method,capacity,caseload\nt-01,red,CTI,60,52\n")
    #expect(
      Self.problems(s) == [
        "teams.csv:1:4: unknown column 'colour'; expected columns: id, method, capacity, caseload"
      ])
  }

  @Test func repeatedColumn() throws {
    let s = try ScratchDataset()
    try s.write("teams.csv", "id,method,capacity,caseload,method\nt-01,CTI,60,52,ICM\n")
    #expect(Self.problems(s) == ["teams.csv:1:29: column 'method' appears twice (first in column 2)"])
  }

  @Test func missingFolder() throws {
    let s = try ScratchDataset()
    let folder = s.directory + "/nope"
    #expect(throws: StoreError.self) { try DatasetReader.load(from: folder) }
    do {
      _ = try DatasetReader.load(from: folder)
    } catch {
      #expect(error.description == "\(folder):1:1: data set folder not found")
    }
    #expect(throws: StoreError.self) { try DatasetReader.load(from: s.path("units.csv")) }
  }

  @Test func emptyHeader() throws {
    let s = try ScratchDataset()
    try s.write("teams.csv", "\n\n")
    #expect(
      Self.problems(s) == ["teams.csv:1:1: empty file; expected a header line: id,method,capacity,caseload"])
  }

  @Test func tooFewFields() throws {
    let s = try ScratchDataset()
    try s.replaceLine("units.csv", 3, with: "u-000002,d-001,family,2,65.0,4280.5,1,false,occupied")
    #expect(Self.problems(s) == ["units.csv:3:1: expected 10 fields, found 9"])
  }

  @Test func tooManyFields() throws {
    let s = try ScratchDataset()
    try s.replaceLine("teams.csv", 2, with: "t-01,CTI,60,52,9")
    #expect(Self.problems(s) == ["teams.csv:2:16: expected 4 fields, found 5"])
  }

  @Test func trailingEmptyFieldsAndRowsAreAccepted() throws {
    let s = try ScratchDataset()
    try s.write("teams.csv", "id,method,capacity,caseload\nt-01,CTI,60,52,\n,,,\nt-02,ICM,60,57\n,,,,\n")
    #expect(Self.problems(s) == ["loaded 20 units"])
  }

  /// Issue 8: a separator at the end of the header (an unnamed column, usually one at the end
  /// of every line) validated as ok; it is refused once, at the header.
  @Test func anUnnamedColumnInTheHeaderIsRefused() throws {
    let s = try ScratchDataset()
    try s.write("teams.csv", "id,method,capacity,caseload,\nt-01,CTI,60,52,\n,,,\nt-02,ICM,60,57\n,,,,\n")
    #expect(
      Self.problems(s) == [
        "teams.csv:1:28: an unnamed column: the header ends with ','; remove the separator at the end of each line"
      ])
  }

  @Test func wrongTypes() throws {
    let s = try ScratchDataset()
    try s.replaceLine("teams.csv", 2, with: "t-01,CTI,sixty,52")
    try s.replaceLine("units.csv", 2, with: "u-000001,d-001,family,1,48.0,3120 kr,0,maybe,vacant,2026-10-14")
    #expect(
      Self.problems(s) == [
        "units.csv:2:30: expected a number, found '3120 kr'",
        "units.csv:2:40: expected true or false, found 'maybe'",
        "teams.csv:2:10: expected an integer, found 'sixty'",
      ])
  }

  @Test func emptyValues() throws {
    let s = try ScratchDataset()
    try s.replaceLine("units.csv", 2, with: ",d-001,family,,48.0,3120.0,0,true,vacant,2026-10-14")
    #expect(
      Self.problems(s) == [
        "units.csv:2:1: id is empty",
        "units.csv:2:15: rooms is empty; expected an integer",
      ])
  }

  @Test func unknownEnumValue() throws {
    let s = try ScratchDataset()
    try s.replaceLine("units.csv", 2, with: "u-000001,d-001,flat,1,48.0,3120.0,0,true,vacant,2026-10-14")
    #expect(
      Self.problems(s) == [
        "units.csv:2:16: unknown unit type 'flat'; allowed: family, youth, senior, skaev, shared_room, transition"
      ])
  }

  @Test func enumValuesIgnoreCase() throws {
    let s = try ScratchDataset()
    try s.replaceLine("teams.csv", 2, with: "t-01,cti,60,52")
    let dataset = try DatasetReader.load(from: s.directory)
    #expect(dataset.teams[0].method == .CTI)
  }

  @Test func badDates() throws {
    let s = try ScratchDataset()
    let line2 = try s.line("cases.csv", 2)
    let line3 = try s.line("cases.csv", 3)
    try s.replaceLine("cases.csv", 2, with: line2.replacing("2026-06-02", with: "2025-02-30"))
    try s.replaceLine("cases.csv", 3, with: line3.replacing("2026-08-17", with: "17/08/2026"))
    #expect(
      Self.problems(s) == [
        "cases.csv:2:21: 2025-02-30 is not a date",
        "cases.csv:3:28: expected a date YYYY-MM-DD, found '17/08/2026'",
      ])
  }

  @Test func registeredAfterAsOf() throws {
    let s = try ScratchDataset()
    let line2 = try s.line("cases.csv", 2)
    try s.replaceLine("cases.csv", 2, with: line2.replacing("2026-06-02", with: "2026-12-24"))
    #expect(Self.problems(s) == ["cases.csv:2:21: registered 2026-12-24 is after as_of 2026-11-01"])
  }

  @Test func valuesOutOfRange() throws {
    let s = try ScratchDataset()
    try s.replaceLine("organisations.csv", 2, with: "org-1,Himmerland Boligforening,1.5")
    try s.replaceLine("units.csv", 3, with: "u-000002,d-001,family,0,0,-4280.5,1,false,occupied,")
    let cases = try s.read("cases.csv").split(separator: "\n").map(String.init)
    try s.replaceLine("cases.csv", 2, with: cases[1].replacing("c-0001,19,1,", with: "c-0001,130,0,"))
    try s.replaceLine("cases.csv", 3, with: cases[2].replacing("6820.0", with: "-1"))
    try s.replaceLine("teams.csv", 2, with: "t-01,CTI,-5,-1")
    #expect(
      Self.problems(s) == [
        "organisations.csv:2:32: anvisning_share must be between 0 and 1, found '1.5'",
        "units.csv:3:23: rooms must be at least 1, found '0'",
        "units.csv:3:25: size_m2 must be greater than 0, found '0'",
        "units.csv:3:27: rent must not be negative, found '-4280.5'",
        "cases.csv:2:8: age must be between 0 and 120, found '130'",
        "cases.csv:2:12: household_size must be at least 1, found '0'",
        "cases.csv:3:42: income must not be negative, found '-1'",
        "teams.csv:2:10: capacity must not be negative, found '-5'",
        "teams.csv:2:13: caseload must not be negative, found '-1'",
      ])
  }

  @Test func vacantSinceRules() throws {
    let s = try ScratchDataset()
    try s.replaceLine("units.csv", 2, with: "u-000001,d-001,family,1,48.0,3120.0,0,true,vacant,")
    try s.replaceLine("units.csv", 3, with: "u-000002,d-001,family,2,65.0,4280.5,1,false,occupied,2026-01-01")
    try s.replaceLine("units.csv", 5, with: "u-000004,d-001,family,1,44.0,2980.0,3,false,vacant,2027-01-01")
    #expect(
      Self.problems(s) == [
        "units.csv:2:51: a vacant unit needs vacant_since (the day it fell vacant)",
        "units.csv:3:54: an occupied unit must have an empty vacant_since, found 2026-01-01",
        "units.csv:5:52: vacant_since 2027-01-01 is after as_of 2026-11-01",
      ])
  }

  @Test func duplicateIDs() throws {
    let s = try ScratchDataset()
    try s.replaceLine("units.csv", 4, with: "u-000002,d-001,family,3,82.0,5410.0,2,false,occupied,")
    try s.append("areas.csv", "a-01,Vejgård igen,ordinary")
    #expect(
      Self.problems(s) == [
        "areas.csv:5:1: duplicate id 'a-01' (first on line 2)",
        "units.csv:4:1: duplicate id 'u-000002' (first on line 3)",
      ])
  }

  @Test func danglingReferences() throws {
    let s = try ScratchDataset()
    try s.replaceLine("departments.csv", 2, with: "d-001,org-7,a-01,Vejgårdparken,false")
    try s.replaceLine("departments.csv", 3, with: "d-002,org-1,a-09,Kildeparken,true")
    try s.replaceLine("units.csv", 2, with: "u-000001,d-009,family,1,48.0,3120.0,0,true,vacant,2026-10-14")
    #expect(
      Self.problems(s) == [
        "departments.csv:2:7: unknown organisation 'org-7' (not in organisations.csv)",
        "departments.csv:3:13: unknown area 'a-09' (not in areas.csv)",
        "units.csv:2:10: unknown department 'd-009' (not in departments.csv)",
      ])
  }

  @Test func referencesIntoAMissingFileAreNotReported() throws {
    let s = try ScratchDataset()
    try s.remove("departments.csv")
    #expect(Self.problems(s) == ["departments.csv:1:1: file not found"])
  }

  @Test func cprNumbersAreRefusedAndNeverEchoed() throws {
    let s = try ScratchDataset()
    try s.replaceLine("areas.csv", 2, with: "a-01,Vejgård 010190-1234,ordinary")
    try s.replaceLine("units.csv", 3, with: "u-000002,d-001,family,2,65.0,3112991234,1,false,occupied,")
    let problems = Self.problems(s)
    #expect(
      problems == [
        "areas.csv:2:14: looks like a CPR number (01 01 90-****); personal identity numbers are refused",
        "units.csv:3:30: looks like a CPR number (31 12 99-****); personal identity numbers are refused",
      ])
    #expect(!problems.joined().contains("1234"))
  }

  @Test func cprNumberInAHeaderIsNotEchoed() throws {
    let s = try ScratchDataset()
    try s.write("teams.csv", "id,method,capacity,caseload,2402851234\nt-01,CTI,60,52,\n")
    #expect(
      Self.problems(s) == [
        "teams.csv:1:29: looks like a CPR number (24 02 85-****); personal identity numbers are refused"
      ])
  }

  @Test func invalidUTF8() throws {
    let s = try ScratchDataset()
    var bytes = Array("id,name,status\na-01,Vejgård,ordinary\na-02,Aalborg ".utf8)
    bytes += [0xD8]  // Latin-1 'Ø'
    bytes += Array("st,vulnerable\na-03,Nørresundby Nord,prevention\n".utf8)
    try s.write("areas.csv", bytes: bytes)
    #expect(Self.problems(s) == ["areas.csv:3:14: invalid UTF-8 (byte 0xD8); save the file as UTF-8"])
  }

  @Test func brokenQuotes() throws {
    let s = try ScratchDataset()
    try s.write("teams.csv", "id,method,capacity,caseload\nt-01,\"CTI\"x,60,52\nt-02,\"ICM,60,57\n")
    #expect(
      Self.problems(s) == [
        "teams.csv:2:11: unexpected text after a closing quote; a quote inside a quoted field is written \"\"",
        "teams.csv:3:6: unterminated quoted field; a quote opened here is never closed",
      ])
  }

  @Test func severalProblemsInSeveralFilesAreAllReportedAndNothingIsLoaded() throws {
    let s = try ScratchDataset()
    try s.replaceLine("anvis.toml", 8, with: "acceptance = 1.5")
    try s.replaceLine("units.csv", 2, with: "u-000001,d-001,flat,1,48.0,3120.0,0,true,vacant,2026-10-14")
    try s.replaceLine("units.csv", 21, with: "u-000020,d-004,senior,1,52.0,4835.0,0,true,occupied,x")
    try s.remove("teams.csv")
    let loaded: Dataset?
    let problems: [FileProblem]
    do {
      loaded = try DatasetReader.load(from: s.directory)
      problems = []
    } catch {
      loaded = nil
      problems = error.problems
    }
    #expect(loaded == nil)
    #expect(
      problems.map(\.description) == [
        "\(s.directory)/anvis.toml:8:14: acceptance must be between 0 and 1, found 1.5",
        "\(s.directory)/units.csv:2:16: unknown unit type 'flat'; allowed: family, youth, senior, skaev, shared_room, transition",
        "\(s.directory)/units.csv:21:53: expected a date YYYY-MM-DD, found 'x'",
        "\(s.directory)/teams.csv:1:1: file not found",
      ])
  }

  @Test func problemsAreCappedPerFile() throws {
    let s = try ScratchDataset()
    var text = "id,method,capacity,caseload\n"
    for i in 1...130 { text += "t-\(1000 + i),XYZ,1,1\n" }
    try s.write("teams.csv", text)
    let problems = Self.problems(s)
    #expect(problems.count == 101)
    #expect(problems.first == "teams.csv:2:8: unknown support method 'XYZ'; allowed: CTI, ICM, ACT")
    #expect(problems.last == "teams.csv:102:8: … 30 more problems in teams.csv")
  }
}
