/// A loaded data set: the manifest, the entities, look-ups by id, and the same data as
/// typed columnar tables for the query language.
///
/// A `Dataset` is only ever built whole: the store validates every reference before it
/// creates one, so `departmentIndex` and friends always resolve.
public struct Dataset: Sendable {
  public let manifest: Manifest
  public let areas: [Area]
  public let organisations: [Organisation]
  public let departments: [Department]
  public let units: [Unit]
  public let cases: [Case]
  public let teams: [Team]

  public let areaIndex: IDIndex
  public let organisationIndex: IDIndex
  public let departmentIndex: IDIndex
  public let unitIndex: IDIndex
  public let caseIndex: IDIndex
  public let teamIndex: IDIndex

  /// For each department, the index of its organisation and of its area.
  public let departmentOrganisation: [Int]
  public let departmentArea: [Int]
  /// For each unit, the index of its department.
  public let unitDepartment: [Int]

  /// The data as tables, in the order `tables` lists them.
  public let tables: [Table]
  /// Published figures from `references.csv` (optional), for `calibrate`; empty without one.
  public var references: [Reference] = []
  /// What the load noticed but did not refuse (a hidden sheet read all the same), one line each.
  public var notes: [String] = []

  /// The canonical table names, in display order.
  public static let tableNames = ["areas", "organisations", "departments", "units", "cases", "teams"]

  public var name: String { manifest.name }
  public var asOf: Day { manifest.asOf }

  public enum ReferenceError: Error, Equatable, Sendable {
    case duplicateID(table: String, id: String)
    case dangling(table: String, id: String, field: String, value: String)
  }

  /// Builds a data set, checking ids and references. The store reports these problems with
  /// file positions before it gets here; this check keeps hand-built data sets honest too.
  public init(
    manifest: Manifest, areas: [Area], organisations: [Organisation], departments: [Department],
    units: [Unit], cases: [Case], teams: [Team]
  ) throws(ReferenceError) {
    func index(_ ids: [String], _ table: String) throws(ReferenceError) -> IDIndex {
      do {
        return try IDIndex(ids)
      } catch {
        throw .duplicateID(table: table, id: error.id)
      }
    }
    let unitIDs = units.map(\.id)
    areaIndex = try index(areas.map(\.id), "areas")
    organisationIndex = try index(organisations.map(\.id), "organisations")
    departmentIndex = try index(departments.map(\.id), "departments")
    unitIndex = try index(unitIDs, "units")
    caseIndex = try index(cases.map(\.id), "cases")
    teamIndex = try index(teams.map(\.id), "teams")

    var deptOrg = [Int]()
    var deptArea = [Int]()
    deptOrg.reserveCapacity(departments.count)
    deptArea.reserveCapacity(departments.count)
    for d in departments {
      guard let o = organisationIndex[d.organisation] else {
        throw .dangling(table: "departments", id: d.id, field: "organisation", value: d.organisation)
      }
      guard let a = areaIndex[d.area] else {
        throw .dangling(table: "departments", id: d.id, field: "area", value: d.area)
      }
      deptOrg.append(o)
      deptArea.append(a)
    }
    var unitDept = [Int]()
    unitDept.reserveCapacity(units.count)
    var last: (id: String, index: Int)?  // units come grouped by department: skip most look-ups
    for u in units {
      if let last, last.id == u.department {
        unitDept.append(last.index)
        continue
      }
      guard let d = departmentIndex[u.department] else {
        throw .dangling(table: "units", id: u.id, field: "department", value: u.department)
      }
      unitDept.append(d)
      last = (u.department, d)
    }
    departmentOrganisation = deptOrg
    departmentArea = deptArea
    unitDepartment = unitDept

    self.manifest = manifest
    self.areas = areas
    self.organisations = organisations
    self.departments = departments
    self.units = units
    self.cases = cases
    self.teams = teams
    tables = Dataset.makeTables(
      asOf: manifest.asOf, areas: areas, organisations: organisations, departments: departments,
      units: units, unitIDs: unitIDs, cases: cases, teams: teams, deptOrg: deptOrg, deptArea: deptArea,
      unitDept: unitDept)
  }

  public func table(named name: String) -> Table? { tables.first { $0.name == name } }

  /// The area a unit lies in.
  public func area(ofUnit u: Int) -> Area { areas[departmentArea[unitDepartment[u]]] }

  /// The organisation a unit belongs to.
  public func organisation(ofUnit u: Int) -> Organisation {
    organisations[departmentOrganisation[unitDepartment[u]]]
  }

  /// Days a case has waited on the data set's `as_of` day.
  public func waitingDays(_ c: Case) -> Int { asOf - c.registered }
}

extension Dataset {
  // swift-format-ignore
  fileprivate static func makeTables(
    asOf: Day, areas: [Area], organisations: [Organisation], departments: [Department],
    units: [Unit], unitIDs: [String], cases: [Case], teams: [Team], deptOrg: [Int], deptArea: [Int],
    unitDept: [Int]
  ) -> [Table] {
    typealias B = ColumnBuilder
    let areaTable = Table(name: "areas", columns: [
      B.strings("id", areas) { $0.id }, B.strings("name", areas) { $0.name },
      B.enums("status", areas) { $0.status },
    ])
    let orgTable = Table(name: "organisations", columns: [
      B.strings("id", organisations) { $0.id }, B.strings("name", organisations) { $0.name },
      B.doubles("anvisning_share", organisations) { $0.anvisningShare },
    ])
    let deptTable = Table(name: "departments", columns: [
      B.strings("id", departments) { $0.id },
      B.strings("organisation", departments) { $0.organisation },
      B.strings("area", departments) { $0.area },
      B.strings("name", departments) { $0.name },
      B.bools("exempt", departments) { $0.exempt },
      B.enums("area_status", Array(departments.indices)) { areas[deptArea[$0]].status },
    ])
    // On a large data set the units' columns are built at once, one per core (the id column is
    // `unitIDs` itself).
    let unitColumns: [@Sendable () -> Column] = [
      { Column(name: "id", storage: .string(unitIDs)) },
      { B.strings("department", units) { $0.department } },
      { B.enums("type", units) { $0.type } }, { B.ints("rooms", units) { $0.rooms } },
      { B.doubles("size_m2", units) { $0.sizeM2 } }, { B.doubles("rent", units) { $0.rent } },
      { B.ints("floor", units) { $0.floor } }, { B.bools("accessible", units) { $0.accessible } },
      { B.enums("status", units) { $0.status } }, { B.dates("vacant_since", units) { $0.vacantSince } },
      // By each unit's department (no list of row numbers: 4.7 MB on national, at the peak).
      { B.strings("organisation", unitDept) { departments[$0].organisation } },
      { B.strings("area", unitDept) { departments[$0].area } },
      { B.enums("area_status", unitDept) { areas[deptArea[$0]].status } },
    ]
    let unitTable = Table(
      name: "units", columns: Parallel.map(unitColumns.count, worthIt: units.count >= 100_000) { unitColumns[$0]() })
    let caseTable = Table(name: "cases", columns: [
      B.strings("id", cases) { $0.id }, B.ints("age", cases) { $0.age },
      B.ints("household_size", cases) { $0.householdSize },
      B.enums("situation", cases) { $0.situation }, B.dates("registered", cases) { $0.registered },
      B.enums("income_type", cases) { $0.incomeType }, B.doubles("income", cases) { $0.income },
      B.enums("need", cases) { $0.need }, B.bools("in_education", cases) { $0.inEducation },
      B.bools("needs_accessible", cases) { $0.needsAccessible },
      B.bools("released_6m", cases) { $0.released6m }, B.bools("evicted_6m", cases) { $0.evicted6m },
      B.bools("non_eu", cases) { $0.nonEU }, B.bools("benefit_6m", cases) { $0.benefit6m },
      B.bools("disability_pension", cases) { $0.disabilityPension },
      B.bools("sick_benefit_6m", cases) { $0.sickBenefit6m },
      B.ints("waiting_days", cases) { asOf - $0.registered },
    ])
    let teamTable = Table(name: "teams", columns: [
      B.strings("id", teams) { $0.id }, B.enums("method", teams) { $0.method },
      B.ints("capacity", teams) { $0.capacity }, B.ints("caseload", teams) { $0.caseload },
    ])
    return [areaTable, orgTable, deptTable, unitTable, caseTable, teamTable]
  }
}
