/// Where a unit stands under § 59 stk. 6–7.
enum RestrictionZone: UInt8, Sendable {
  case none = 0, stk6 = 6, stk7 = 7

  init(_ status: AreaStatus) {
    self = status.isRestrictedStk6 ? .stk6 : (status.isPreventionStk7 ? .stk7 : .none)
  }
}

/// The housing stock as compact arrays, with the scenario's rent reductions and new skæve boliger
/// applied. Units past `dataset.units.count` are the new skæve boliger (`skaev.new`), let by the
/// kommune (organisation index `organisations.count`, department index `departments.count`).
public struct Stock: Sendable {
  public let count: Int
  public let existing: Int
  let type: [UnitType]
  let rent: [Double]
  let rooms: [Int]
  let size: [Double]
  let accessible: [Bool]
  let zone: [RestrictionZone]
  let areaStatus: [AreaStatus]
  let department: [Int]
  let organisation: [Int]
  let area: [Int]
  let exempt: [Bool]

  /// Rent of a new skæv bolig, kr per month [est].
  public static let newSkaevRent = 3_000.0
  public static let reducedRent = 3_500.0

  /// The stock under `levers`; `years` of new skæve boliger (`skaev.new` a year) are added.
  public init(dataset: Dataset, levers: Levers, years: Int = 1) {
    let units = dataset.units
    existing = units.count
    let extra = levers.skaevNew * max(1, years)
    count = existing + extra
    var type = units.map(\.type)
    var rent = units.map(\.rent)
    var rooms = units.map(\.rooms)
    var size = units.map(\.sizeM2)
    var accessible = units.map(\.accessible)
    var department = dataset.unitDepartment
    let deptExempt = levers.exemptFlags(in: dataset)
    var exempt = department.map { deptExempt[$0] }
    var organisation = department.map { dataset.departmentOrganisation[$0] }
    var area = department.map { dataset.departmentArea[$0] }

    // rent.reduction.units: the cheapest family units above 3,500 kr outside restricted areas.
    if levers.rentReductionUnits > 0 {
      let candidates = units.indices.filter { u in
        units[u].type == .family && units[u].rent > Stock.reducedRent && !exempt[u]
          && RestrictionZone(dataset.areas[area[u]].status) == .none
      }.sorted { (rent[$0], $0) < (rent[$1], $1) }
      for u in candidates.prefix(levers.rentReductionUnits) { rent[u] = Stock.reducedRent }
    }
    // skaev.new: one room, 30 m², in the first ordinary area, let by the kommune.
    let ordinaryArea = dataset.areas.firstIndex { $0.status == .ordinary } ?? 0
    for _ in 0..<extra {
      type.append(.skaev)
      rent.append(Stock.newSkaevRent)
      rooms.append(1)
      size.append(30)
      accessible.append(true)
      department.append(dataset.departments.count)
      organisation.append(dataset.organisations.count)
      area.append(ordinaryArea)
      exempt.append(false)
    }
    self.type = type
    self.rent = rent
    self.rooms = rooms
    self.size = size
    self.accessible = accessible
    self.department = department
    self.organisation = organisation
    self.area = area
    self.exempt = exempt
    areaStatus = area.map { dataset.areas.isEmpty ? .ordinary : dataset.areas[$0].status }
    zone = areaStatus.map(RestrictionZone.init)
  }

  /// Rent after the scenario's reductions.
  public func rent(ofUnit u: Int) -> Double { rent[u] }

  /// Organisation id of a unit ("kommune" for new skæve boliger).
  func organisationID(_ u: Int, _ dataset: Dataset) -> String {
    let o = organisation[u]
    return o < dataset.organisations.count ? dataset.organisations[o].id : "kommune"
  }

  /// Department id of a unit ("skaev-new" for new skæve boliger).
  func departmentID(_ u: Int, _ dataset: Dataset) -> String {
    let d = department[u]
    return d < dataset.departments.count ? dataset.departments[d].id : "skaev-new"
  }

  func unitID(_ u: Int, _ dataset: Dataset) -> String {
    u < existing ? dataset.units[u].id : "new-skaev-\(u - existing + 1)"
  }
}
