import Testing

@testable import AnvisKit

@Suite struct DatasetWriterTests {
  static func tiny() throws -> Dataset {
    let asOf = try #require(Day(iso: "2026-11-01"))
    return try Dataset(
      manifest: Manifest(name: "Tiny \"test\" set", asOf: asOf),
      areas: [Area(id: "a-01", name: "Aalborg Øst", status: .prevention)],
      organisations: [Organisation(id: "org-1", name: "Bolig, \"nord\"", anvisningShare: 0.275)],
      departments: [
        Department(id: "d-001", organisation: "org-1", area: "a-01", name: "Kærgården", exempt: true)
      ],
      units: [
        Unit(
          id: "u-000001", department: "d-001", type: .family, rooms: 2, sizeM2: 61.5, rent: 3450.5, floor: 0,
          accessible: true, status: .vacant, vacantSince: asOf + -3),
        Unit(
          id: "u-000002", department: "d-001", type: .youth, rooms: 1, sizeM2: 30, rent: 2100, floor: 3,
          accessible: false, status: .occupied, vacantSince: nil),
      ],
      cases: [
        Case(
          id: "c-0001", age: 23, householdSize: 1, situation: .street, registered: asOf + -100,
          incomeType: .uddannelseshjaelp, income: 6545, need: .ACT, inEducation: false, benefit6m: true)
      ],
      teams: [Team(id: "t-01", method: .ACT, capacity: 60, caseload: 55)])
  }

  @Test func writesTheManifestInTheSchemasLayout() throws {
    let text = ManifestWriter.text(try Self.tiny().manifest, comment: "made by hand\nfor a test")
    #expect(
      text == """
        # made by hand
        # for a test
        name = "Tiny \\"test\\" set"
        as_of = 2026-11-01
        [flow]
        inflow_per_month = 50.0
        exit_per_year = 1.5
        acceptance = 0.8
        claim_days = 30
        [flow.turnover]
        family = 0.104
        youth = 0.399
        senior = 0.08
        skaev = 0.05
        shared_room = 0.25
        transition = 0.3
        [levers]
        anvisning_share = 0.27
        rent_cap = 3500.0
        youth_claim = false
        area_restrictions = true
        senior_for_homeless = false
        agreement_guarantee = "none"
        agreement_contact = false

        """)
  }

  @Test func escapesTOMLStrings() {
    #expect(ManifestWriter.quoted("a\\b\t\u{1}") == "\"a\\\\b\\t\\u0001\"")
    #expect(ManifestWriter.quoted("Nørresundby") == "\"Nørresundby\"")
    #expect(ManifestWriter.quoted("\u{7F}\u{1F}") == "\"\\u007f\\u001f\"")
  }

  @Test func writesEachCSVInTheSchemasHeaderOrder() throws {
    let files = DatasetWriter.files(try Self.tiny())
    #expect(files.map(\.name) == DatasetWriter.fileNames)
    func text(_ name: String) -> String {
      String(decoding: files.first { $0.name == name }?.bytes ?? [], as: UTF8.self)
    }
    #expect(text("areas.csv") == "id,name,status\na-01,Aalborg Øst,prevention\n")
    #expect(text("organisations.csv") == "id,name,anvisning_share\norg-1,\"Bolig, \"\"nord\"\"\",0.275\n")
    #expect(text("departments.csv") == "id,organisation,area,name,exempt\nd-001,org-1,a-01,Kærgården,true\n")
    #expect(
      text("units.csv") == """
        id,department,type,rooms,size_m2,rent,floor,accessible,status,vacant_since
        u-000001,d-001,family,2,61.5,3450.5,0,true,vacant,2026-10-29
        u-000002,d-001,youth,1,30,2100,3,false,occupied,

        """)
    #expect(
      text("cases.csv") == """
        id,age,household_size,situation,registered,income_type,income,need,in_education,needs_accessible,\
        released_6m,evicted_6m,non_eu,benefit_6m,disability_pension,sick_benefit_6m
        c-0001,23,1,street,2026-07-24,uddannelseshjaelp,6545,ACT,false,false,false,false,false,true,false,false

        """)
    #expect(text("teams.csv") == "id,method,capacity,caseload\nt-01,ACT,60,55\n")
  }

  @Test func writesTheFolderOwnerOnly() throws {
    let scratch = try ScratchFolder()
    try DatasetWriter.write(try Self.tiny(), to: scratch.file("set"))
    #expect(try scratch.listing(scratch.file("set")) == DatasetWriter.fileNames.sorted())
    for name in DatasetWriter.fileNames {
      #expect(try ScratchFolder.mode(scratch.file("set/" + name)) == 0o600)
    }
    #expect(try scratch.read("set/teams.csv") == "id,method,capacity,caseload\nt-01,ACT,60,55\n")
  }
}
