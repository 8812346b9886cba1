/// The six CSV files, each read row by row into its entities.
extension DatasetLoader {
  private static let areaStatuses = EnumTable<AreaStatus>()
  static let unitTypes = EnumTable<UnitType>()
  static let unitStatuses = EnumTable<UnitStatus>()
  private static let situations = EnumTable<Situation>()
  private static let incomeTypes = EnumTable<IncomeType>()
  private static let needs = EnumTable<SupportNeed>()
  private static let methods = EnumTable<SupportMethod>()

  /// Adds the file's problems to the load's; returns whether its ids are known (it has an
  /// `id` column), so that references into it can be checked.
  @discardableResult
  private mutating func finish(_ file: TableFileReader) -> Bool {
    problems += file.problems.problems
    return file.columnIsPresent(0) && file.idsAreSound
  }

  mutating func readAreas() {
    guard var file = open("areas.csv", columns: DatasetReader.Columns.areas) else {
      areaIDs.isKnown = false
      return
    }
    while file.nextRow() {
      let id = file.text(0)
      Self.register(id, in: &areaIDs, file: &file)
      let name = file.text(1)
      let status = file.enumValue(2, Self.areaStatuses, label: "area status")
      if file.rowIsValid, let id, let name, let status {
        areas.append(Area(id: id, name: name, status: status))
      }
    }
    areaIDs.isKnown = finish(file)
  }

  mutating func readOrganisations() {
    guard var file = open("organisations.csv", columns: DatasetReader.Columns.organisations) else {
      organisationIDs.isKnown = false
      return
    }
    while file.nextRow() {
      let id = file.text(0)
      Self.register(id, in: &organisationIDs, file: &file)
      let name = file.text(1)
      let share = file.double(2, .between(0, 1))
      if file.rowIsValid, let id, let name, let share {
        organisations.append(Organisation(id: id, name: name, anvisningShare: share))
      }
    }
    organisationIDs.isKnown = finish(file)
  }

  mutating func readDepartments() {
    guard var file = open("departments.csv", columns: DatasetReader.Columns.departments) else {
      departmentIDs.isKnown = false
      return
    }
    while file.nextRow() {
      let id = file.text(0)
      Self.register(id, in: &departmentIDs, file: &file)
      let organisation = file.text(1)
      if let organisation, organisationIDs.isKnown, !organisationIDs.contains(organisation) {
        file.report(column: 1, "unknown organisation '\(organisation)' (not in organisations.csv)")
      }
      let area = file.text(2)
      if let area, areaIDs.isKnown, !areaIDs.contains(area) {
        file.report(column: 2, "unknown area '\(area)' (not in areas.csv)")
      }
      let name = file.text(3)
      let exempt = file.bool(4)
      if file.rowIsValid, let id, let organisation, let area, let name, let exempt {
        departments.append(
          Department(id: id, organisation: organisation, area: area, name: name, exempt: exempt))
      }
    }
    departmentIDs.isKnown = finish(file)
  }

  mutating func readUnits() {
    guard var file = open("units.csv", columns: DatasetReader.Columns.units) else { return }
    _ = departmentIDs.contains("")  // builds its look-up once, before the chunks share it
    let departments = departmentIDs
    let asOf = manifest?.asOf
    // The reader of the first rows reserves room for the whole file (about 48 bytes a row;
    // memory not yet written costs nothing), so the other chunks' rows are appended to its.
    let first = file.csv.position.offset
    let whole = file.csv.bytesLeft
    let plain = plainRows && file.hasPlainHeader && !file.decimalComma
    var parts = Self.readRows(&file, chunkSize: chunkSize) { file, ids in
      let room = (file.csv.position.offset == first ? whole : file.csv.bytesLeft) / 40
      return Self.readUnitRows(
        &file, ids: &ids, departments: departments, asOf: asOf, room: room, plain: plain)
    }
    units = Self.joined(&parts)
    finish(file)
  }

  /// The units of one file or chunk.
  private static func readUnitRows(
    _ file: inout TableFileReader, ids: inout IDRegistry, departments: IDRegistry, asOf: Day?, room: Int,
    plain: Bool
  ) -> [Unit] {
    var departmentIDs = departments
    var units = [Unit]()
    units.reserveCapacity(room)
    var lastDepartment = ""
    var bounds = [Int](repeating: 0, count: 20)
    while true {
      if plain,
        let unit = bounds.withUnsafeMutableBufferPointer({
          readPlainUnit(&file, $0, ids: &ids, departments: &departmentIDs, last: &lastDepartment, asOf: asOf)
        })
      {
        units.append(unit)
        continue
      }
      guard file.nextRow() else { break }
      let id = file.text(0)
      register(id, in: &ids, file: &file)
      let department = file.text(1, sameAs: lastDepartment)
      if let department, department != lastDepartment {
        if departmentIDs.isKnown, !departmentIDs.contains(department) {
          file.report(column: 1, "unknown department '\(department)' (not in departments.csv)")
        } else {
          lastDepartment = department
        }
      }
      let type = file.enumValue(2, unitTypes, label: "unit type")
      let rooms = file.int(3, .atLeast(1))
      let size = file.double(4, .positive)
      let rent = file.double(5, .nonNegative)
      let floor = file.int(6)
      let accessible = file.bool(7)
      let status = file.enumValue(8, unitStatuses, label: "unit status")
      let vacantSince = readVacantSince(&file, status: status, asOf: asOf)
      if file.rowIsValid, let id, let department, let type, let rooms, let size, let rent, let floor,
        let accessible, let status
      {
        units.append(
          Unit(
            id: id, department: department, type: type, rooms: rooms, sizeM2: size, rent: rent, floor: floor,
            accessible: accessible, status: status, vacantSince: vacantSince))
      }
    }
    return units
  }

  /// `vacant_since`: required for a vacant unit, empty for an occupied one, not after `as_of`.
  private static func readVacantSince(_ file: inout TableFileReader, status: UnitStatus?, asOf: Day?) -> Day? {
    let column = 9
    if file.isBlank(column) {
      if status == .vacant {
        file.report(column: column, "a vacant unit needs vacant_since (the day it fell vacant)")
      }
      return nil
    }
    guard let day = file.date(column) else { return nil }
    if status == .occupied {
      file.report(column: column, "an occupied unit must have an empty vacant_since, found \(day)")
    } else if let asOf, day > asOf {
      file.report(column: column, "vacant_since \(day) is after as_of \(asOf)")
    }
    return day
  }

  mutating func readCases() {
    guard var file = open("cases.csv", columns: DatasetReader.Columns.cases) else { return }
    let asOf = manifest?.asOf
    var parts = Self.readRows(&file, chunkSize: chunkSize) { file, ids in
      Self.readCaseRows(&file, ids: &ids, asOf: asOf)
    }
    cases = Self.joined(&parts)
    finish(file)
  }

  /// The cases of one file or chunk.
  private static func readCaseRows(_ file: inout TableFileReader, ids: inout IDRegistry, asOf: Day?) -> [Case] {
    var cases = [Case]()
    while file.nextRow() {
      let id = file.text(0)
      register(id, in: &ids, file: &file)
      let age = file.int(1, .between(0, 120))
      let household = file.int(2, .atLeast(1))
      let situation = file.enumValue(3, situations, label: "situation")
      let registered = file.date(4)
      if let registered, let asOf, registered > asOf {
        file.report(column: 4, "registered \(registered) is after as_of \(asOf)")
      }
      let incomeType = file.enumValue(5, incomeTypes, label: "income type")
      let income = file.double(6, .nonNegative)
      let need = file.enumValue(7, needs, label: "support need")
      var flags = [Bool]()
      for c in 8..<16 { if let flag = file.bool(c) { flags.append(flag) } }
      if file.rowIsValid, let id, let age, let household, let situation, let registered, let incomeType,
        let income, let need, flags.count == 8
      {
        cases.append(
          Case(
            id: id, age: age, householdSize: household, situation: situation, registered: registered,
            incomeType: incomeType, income: income, need: need, inEducation: flags[0],
            needsAccessible: flags[1],
            released6m: flags[2], evicted6m: flags[3], nonEU: flags[4], benefit6m: flags[5],
            disabilityPension: flags[6], sickBenefit6m: flags[7]))
      }
    }
    return cases
  }

  mutating func readTeams() {
    guard var file = open("teams.csv", columns: DatasetReader.Columns.teams) else { return }
    var ids = IDRegistry()
    while file.nextRow() {
      let id = file.text(0)
      Self.register(id, in: &ids, file: &file)
      let method = file.enumValue(1, Self.methods, label: "support method")
      let capacity = file.int(2, .nonNegative)
      let caseload = file.int(3, .nonNegative)
      if file.rowIsValid, let id, let method, let capacity, let caseload {
        teams.append(Team(id: id, method: method, capacity: capacity, caseload: caseload))
      }
    }
    finish(file)
  }
}
