import AnvisKit

/// Small data sets built in code for the simulation tests.
enum SimulationFixtures {
  static let asOf = Day(year: 2026, month: 11, day: 1) ?? Day(ordinal: 0)

  /// A plain case that every unit of `ruleDataset` except the blocking ones takes.
  static func plainCase(
    id: String = "c-0001", age: Int = 40, household: Int = 1, income: Double = 12_326,
    need: SupportNeed = .none
  ) -> Case {
    Case(
      id: id, age: age, householdSize: household, situation: .shelter, registered: asOf + (-100),
      incomeType: .kontanthjaelp, income: income, need: need, inEducation: false)
  }

  /// One unit per situation a rule test needs; units are looked up by id.
  static func ruleDataset(cases: [Case] = [plainCase()]) throws -> Dataset {
    let areas = [
      Area(id: "a-01", name: "Centrum", status: .ordinary),
      Area(id: "a-02", name: "Udsat", status: .vulnerable),
      Area(id: "a-03", name: "Forebyg", status: .prevention),
    ]
    let orgs = [Organisation(id: "org-1", name: "Bolig 1", anvisningShare: 0.25)]
    let depts = [
      Department(id: "d-001", organisation: "org-1", area: "a-01", name: "Ordinary", exempt: false),
      Department(id: "d-002", organisation: "org-1", area: "a-02", name: "Vulnerable", exempt: false),
      Department(id: "d-003", organisation: "org-1", area: "a-03", name: "Prevention", exempt: false),
      Department(id: "d-004", organisation: "org-1", area: "a-01", name: "Exempt", exempt: true),
    ]
    func unit(
      _ id: String, _ dept: String = "d-001", type: UnitType = .family, rooms: Int = 1,
      rent: Double = 3_000, accessible: Bool = false
    ) -> Unit {
      Unit(
        id: id, department: dept, type: type, rooms: rooms, sizeM2: 20 + 20 * Double(rooms), rent: rent,
        floor: 1, accessible: accessible, status: .vacant, vacantSince: asOf + (-10))
    }
    let units = [
      unit("u-plain"), unit("u-exempt", "d-004"), unit("u-youth", type: .youth),
      unit("u-senior", type: .senior), unit("u-vulnerable", "d-002"), unit("u-prevention", "d-003"),
      unit("u-dear", rent: 4_200), unit("u-big", rooms: 4), unit("u-access", accessible: true),
      unit("u-2rooms", rooms: 2),
    ]
    let teams = [
      Team(id: "t-01", method: .CTI, capacity: 10, caseload: 5),
      Team(id: "t-02", method: .ICM, capacity: 10, caseload: 5),
      Team(id: "t-03", method: .ACT, capacity: 10, caseload: 5),
    ]
    return try Dataset(
      manifest: Manifest(name: "rules", asOf: asOf), areas: areas, organisations: orgs, departments: depts,
      units: units, cases: cases, teams: teams)
  }

  /// A small random town: `units` dwellings in 12 departments of 3 organisations over 4 areas
  /// (one vulnerable, one prevention), `cases` open cases, support teams.
  /// A small town; `allExempt` makes every department friholdt (for the agreement terms).
  static func town(
    units unitCount: Int = 3_000, cases caseCount: Int = 80, seed: UInt64 = 1, allExempt: Bool = false
  ) throws -> Dataset {
    var rng = SeededRandom(seed: seed)
    let areas = [
      Area(id: "a-01", name: "Nord", status: .ordinary), Area(id: "a-02", name: "Syd", status: .ordinary),
      Area(id: "a-03", name: "Øst", status: .vulnerable), Area(id: "a-04", name: "Vest", status: .prevention),
    ]
    let orgs = (1...3).map { Organisation(id: "org-\($0)", name: "Bolig \($0)", anvisningShare: 0.27) }
    var depts = [Department]()
    for o in 1...3 {
      for a in 1...4 {
        let n = depts.count + 1
        depts.append(
          Department(
            id: "d-" + String(n + 1000).dropFirst(), organisation: "org-\(o)", area: "a-0\(a)",
            name: "Afdeling \(n)", exempt: allExempt || n == 12))
      }
    }
    var units = [Unit]()
    for i in 0..<unitCount {
      let r = rng.unit()
      let type: UnitType =
        r < 0.80
        ? .family
        : r < 0.92 ? .youth : r < 0.96 ? .senior : r < 0.98 ? .skaev : r < 0.99 ? .shared_room : .transition
      let rooms = type == .family ? rng.int(in: 1...4) : 1
      let size = 25 + 20 * Double(rooms) + Double(rng.int(in: 0...10))
      let rent = (size * (650 + 200 * rng.unit()) / 12).rounded()
      let vacant = rng.chance(0.02)
      units.append(
        Unit(
          id: "u-" + String(i + 1_000_000).dropFirst(),
          department: depts[rng.int(in: 0...(depts.count - 1))].id,
          type: type, rooms: rooms, sizeM2: size, rent: rent, floor: rng.int(in: 0...4),
          accessible: rng.chance(0.1), status: vacant ? .vacant : .occupied,
          vacantSince: vacant ? asOf + (-rng.int(in: 0...60)) : nil))
    }
    var cases = [Case]()
    for i in 0..<caseCount {
      let a = rng.unit()
      let age = a < 0.13 ? rng.int(in: 18...24) : a < 0.28 ? rng.int(in: 25...29) : rng.int(in: 30...70)
      let n = rng.unit()
      let need: SupportNeed = n < 0.45 ? .CTI : n < 0.75 ? .ICM : n < 0.9 ? .ACT : .none
      let young = age < 30
      cases.append(
        Case(
          id: "c-" + String(i + 10_000).dropFirst(), age: age,
          householdSize: rng.chance(0.85) ? 1 : rng.int(in: 2...3),
          situation: Situation.allCases[rng.int(in: 0...4)], registered: asOf + (-rng.int(in: 0...400)),
          incomeType: young ? .uddannelseshjaelp : .kontanthjaelp, income: young ? 7_945 : 12_326, need: need,
          inEducation: rng.chance(0.05), needsAccessible: rng.chance(0.05), released6m: rng.chance(0.15),
          evicted6m: rng.chance(0.1), nonEU: rng.chance(0.1), benefit6m: rng.chance(0.3),
          disabilityPension: rng.chance(0.1), sickBenefit6m: rng.chance(0.05)))
    }
    let teams = [
      Team(id: "t-01", method: .CTI, capacity: 60, caseload: 40),
      Team(id: "t-02", method: .ICM, capacity: 60, caseload: 45),
      Team(id: "t-03", method: .ACT, capacity: 60, caseload: 50),
    ]
    let manifest = Manifest(
      name: "town", asOf: asOf, flow: Manifest.Flow(inflowPerMonth: Double(caseCount) / 6))
    return try Dataset(
      manifest: manifest, areas: areas, organisations: orgs, departments: depts, units: units, cases: cases,
      teams: teams)
  }
}
