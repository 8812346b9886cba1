@testable import AnvisKit

/// A small hand-made data set for query tests: every enum value, missing dates, clashing
/// names for joins.
enum QueryFixture {
  static let asOf = Day(year: 2026, month: 11, day: 1) ?? Day(ordinal: 0)

  static func day(_ text: String) -> Day { Day(iso: text) ?? Day(ordinal: 0) }

  static let dataset: Dataset? = {
    let areas = [
      Area(id: "a-01", name: "Centrum", status: .ordinary),
      Area(id: "a-02", name: "Vestbyen", status: .vulnerable),
      Area(id: "a-03", name: "Øst", status: .prevention),
    ]
    let organisations = [
      Organisation(id: "org-1", name: "Himmerland", anvisningShare: 0.25),
      Organisation(id: "org-2", name: "Alabu", anvisningShare: 0.33),
      Organisation(id: "org-3", name: "Vivabolig", anvisningShare: 0.27),
    ]
    let departments = [
      Department(id: "d-001", organisation: "org-1", area: "a-01", name: "Ved Søen", exempt: false),
      Department(id: "d-002", organisation: "org-1", area: "a-02", name: "Parken", exempt: true),
      Department(id: "d-003", organisation: "org-2", area: "a-02", name: "Vestergade", exempt: false),
      Department(id: "d-004", organisation: "org-3", area: "a-03", name: "Østerled", exempt: false),
    ]
    let types: [UnitType] = [.family, .youth, .senior, .skaev, .shared_room, .transition]
    var units: [Unit] = []
    for i in 0..<30 {
      let vacant = i % 4 == 0
      units.append(
        Unit(
          id: "u-" + String(100000 + i).dropFirst(0), department: departments[i % 4].id,
          type: types[(i * 7) % 6],
          rooms: 1 + i % 4, sizeM2: 30 + Double(i % 9) * 7.5, rent: 2500 + Double((i * 137) % 3000) + 0.5,
          floor: i % 5, accessible: i % 3 == 0, status: vacant ? .vacant : .occupied,
          vacantSince: vacant ? Day(ordinal: asOf.ordinal - 10 * i) : nil))
    }
    let situations: [Situation] = [.shelter, .friends_family, .street, .institution, .other]
    let incomes: [IncomeType] = [.kontanthjaelp, .uddannelseshjaelp, .su, .foertidspension, .employment]
    let needs: [SupportNeed] = [.CTI, .ICM, .ACT, .none]
    var cases: [Case] = []
    for i in 0..<12 {
      cases.append(
        Case(
          id: "c-" + String(1000 + i), age: 18 + (i * 5) % 40, householdSize: 1 + i % 3,
          situation: situations[i % 5], registered: Day(ordinal: asOf.ordinal - 30 * i - 5),
          incomeType: incomes[i % 5], income: 6000 + Double(i) * 850.25, need: needs[i % 4],
          inEducation: i % 4 == 1, released6m: i == 3, evicted6m: i == 5))
    }
    let teams = [
      Team(id: "t-01", method: .CTI, capacity: 20, caseload: 15),
      Team(id: "t-02", method: .ICM, capacity: 30, caseload: 30),
      Team(id: "t-03", method: .ACT, capacity: 10, caseload: 4),
    ]
    return try? Dataset(
      manifest: Manifest(name: "fixture", asOf: asOf), areas: areas, organisations: organisations,
      departments: departments, units: units, cases: cases, teams: teams)
  }()

  /// A table with missing values in every column type.
  static let gaps = Table(
    name: "gaps",
    columns: [
      Column(name: "k", storage: .int([1, 2, 3, 4, 5])),
      Column(name: "n", storage: .int([10, 0, 30, 0, 50]), missing: [false, true, false, false, false]),
      Column(
        name: "x", storage: .double([1.5, 2.5, 0, 4.0, 0]), missing: [false, false, true, false, false]),
      Column(
        name: "s", storage: .string(["a", "", "c", "b", "a"]), missing: [false, true, false, false, false]),
      Column(
        name: "d", storage: .date([20000, 0, 20010, 20005, 0]), missing: [false, true, false, false, true]),
      Column(name: "big", storage: .int([Int.max, 1, 2, 3, 4])),
    ])

  static var catalog: TableCatalog {
    var catalog = dataset.map(TableCatalog.init(dataset:)) ?? TableCatalog()
    catalog.bind(gaps, origin: .result)
    return catalog
  }

  /// Runs a query and returns its table; fails the test on a diagnostic.
  static func table(_ text: String) throws -> Table {
    do {
      return try QueryEngine.run(text, catalog: catalog).table
    } catch {
      throw QueryTestFailure(message: ErrorRenderer.caret(error, source: text))
    }
  }

  /// The diagnostic a query gives, or nil if it runs.
  static func diagnostic(_ text: String) -> Diagnostic? {
    do {
      _ = try QueryEngine.run(text, catalog: catalog)
      return nil
    } catch {
      return error
    }
  }

  /// A column as display strings ("" for missing).
  static func strings(_ table: Table, _ name: String) -> [String] {
    guard let c = table.column(named: name) else { return [] }
    return (0..<table.rowCount).map { c[$0].description }
  }
}

struct QueryTestFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
