import AnvisKit
import Testing

/// Loading valid data sets: the tiny fixture, and the dialects Danish spreadsheets write.
@Suite("Dataset reader")
struct DatasetReaderTests {
  @Test func loadsTheTinyFixture() throws {
    let d = try DatasetReader.load(from: TestFixtures.path("tiny"))
    #expect(d.areas.count == 3)
    #expect(d.organisations.count == 2)
    #expect(d.departments.count == 4)
    #expect(d.units.count == 20)
    #expect(d.cases.count == 10)
    #expect(d.teams.count == 3)
    #expect(d.areas[1] == Area(id: "a-02", name: "Aalborg Øst", status: .vulnerable))
    #expect(d.departments[3].name == "Sohngårdsholmsvej, blok 2")
    #expect(d.departments[1].exempt)
    #expect(
      d.units[1]
        == Unit(
          id: "u-000002", department: "d-001", type: .family, rooms: 2, sizeM2: 65, rent: 4280.5, floor: 1,
          accessible: false, status: .occupied, vacantSince: nil))
    #expect(d.units[0].vacantSince == Day(year: 2026, month: 10, day: 14))
    #expect(d.units.filter { $0.status == .vacant }.count == 8)
    let c = d.cases[2]
    #expect(c.id == "c-0003" && c.age == 27 && c.situation == .street && c.need == .ICM)
    #expect(c.released6m && c.benefit6m && !c.evicted6m)
    #expect(d.waitingDays(c) == 237)
    #expect(d.teams[2] == Team(id: "t-03", method: .ACT, capacity: 60, caseload: 58))
  }

  @Test func danishSpreadsheetDialect() throws {
    let s = try ScratchDataset()
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    // Semicolons, BOM, CRLF, decimal comma, a quoted field with a separator, doubled quotes
    // and a line break, æøå, Danish booleans and dates, no final newline.
    let organisations =
      "id;name;anvisning_share\r\n"
      + "org-1;\"Boligselskabet \"\"Østerport\"\"; afd. 1\";0,27\r\n"
      + "org-2;\"Alabu\nBolig\";0,25"
    try s.write("organisations.csv", bytes: bom + Array(organisations.utf8))
    let units =
      "id;department;type;rooms;size_m2;rent;floor;accessible;status;vacant_since\r\n"
      + "u-000001;d-001;family;1;48,5;3120,75;0;Ja;vacant;14-10-2026\r\n"
      + "u-000002;d-002;youth;1;30;2395;1;nej;occupied;\r\n"
    try s.write("units.csv", bytes: bom + Array(units.utf8))
    let d = try DatasetReader.load(from: s.directory)
    #expect(d.organisations[0].name == "Boligselskabet \"Østerport\"; afd. 1")
    #expect(d.organisations[0].anvisningShare == 0.27)
    #expect(d.organisations[1].name == "Alabu\nBolig")
    #expect(d.organisations[1].anvisningShare == 0.25)
    #expect(
      d.units == [
        Unit(
          id: "u-000001", department: "d-001", type: .family, rooms: 1, sizeM2: 48.5, rent: 3120.75, floor: 0,
          accessible: true, status: .vacant, vacantSince: Day(year: 2026, month: 10, day: 14)),
        Unit(
          id: "u-000002", department: "d-002", type: .youth, rooms: 1, sizeM2: 30, rent: 2395, floor: 1,
          accessible: false, status: .occupied, vacantSince: nil),
      ])
  }

  @Test func positionsInTheDialectCountLinesInQuotesAndCharactersNotBytes() throws {
    let s = try ScratchDataset()
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let areas =
      "id;name;status\r\n" + "a-01;\"Vejgård\r\nVest\";ordinary\r\n" + "a-02;Aalborg Øst;vulnerable\r\n"
      + "a-03;Nørresundby Nord;foo\r\n"
    try s.write("areas.csv", bytes: bom + Array(areas.utf8))
    try s.write(
      "organisations.csv", bytes: bom + Array("id;name;anvisning_share\r\norg-1;Himmerland;27\r\n".utf8))
    try s.remove("departments.csv")
    #expect(
      BrokenDatasetTests.problems(s) == [
        "areas.csv:5:23: unknown area status 'foo'; allowed: ordinary, prevention, vulnerable, parallel, transformation",
        "organisations.csv:2:18: anvisning_share must be between 0 and 1, found '27'",
        "departments.csv:1:1: file not found",
      ])
  }

  @Test func pathsKeepTheDirectoryAsGiven() throws {
    let s = try ScratchDataset()
    try s.remove("teams.csv")
    for directory in [s.directory, s.directory + "/"] {
      #expect(throws: StoreError.self) { try DatasetReader.load(from: directory) }
      do {
        _ = try DatasetReader.load(from: directory)
      } catch {
        #expect(error.problems.map(\.file) == [s.directory + "/teams.csv"])
      }
    }
  }
}
