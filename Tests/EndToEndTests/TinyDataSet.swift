import Foundation

/// A very small data set in the store's plain-file format, written to a folder.
enum TinyDataSet {
  static let files: [String: String] = [
    "anvis.toml": """
    name = "Tiny"
    as_of = 2026-11-01
    [flow]
    inflow_per_month = 5.0
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

    """,
    "areas.csv": "id,name,status\na-01,Midtby,ordinary\na-02,Østparken,vulnerable\n",
    "organisations.csv": "id,name,anvisning_share\norg-1,Himmerland,0.27\norg-2,Alabu,0.25\n",
    "departments.csv": """
    id,organisation,area,name,exempt
    d-001,org-1,a-01,Afd. 1,false
    d-002,org-2,a-02,Afd. 2,true

    """,
    "units.csv": """
    id,department,type,rooms,size_m2,rent,floor,accessible,status,vacant_since
    u-000001,d-001,family,3,72.5,4200.5,1,false,occupied,
    u-000002,d-001,youth,1,32,2900,2,false,vacant,2026-10-15
    u-000003,d-002,family,2,55,3400,0,true,occupied,

    """,
    "cases.csv": """
    id,age,household_size,situation,registered,income_type,income,need,in_education,needs_accessible,released_6m,evicted_6m,non_eu,benefit_6m,disability_pension,sick_benefit_6m
    c-0001,23,1,shelter,2026-07-01,kontanthjaelp,8000,ICM,false,false,false,false,false,false,false,false
    c-0002,45,2,street,2025-09-27,foertidspension,14500.5,none,false,false,false,false,false,false,true,false

    """,
    "teams.csv": "id,method,capacity,caseload\nt-01,ICM,30,25\n",
  ]

  /// Writes the data set into `folder` (created if needed); returns the folder.
  @discardableResult
  static func write(to folder: String) throws -> String {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
    return folder
  }

  /// `folder/tiny` (this data set) and an empty `folder/sessions`: where a session test
  /// records, saves and replays with the binary started in `folder`.
  static func writeWithSessions(in folder: String) throws {
    _ = try write(to: folder + "/tiny")
    try FileManager.default.createDirectory(atPath: folder + "/sessions", withIntermediateDirectories: true)
  }
}
