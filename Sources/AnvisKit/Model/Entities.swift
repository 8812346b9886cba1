/// A neighbourhood with its legal status under § 59 stk. 6–7.
public struct Area: Hashable, Sendable {
  public var id: String
  public var name: String
  public var status: AreaStatus

  public init(id: String, name: String, status: AreaStatus) {
    self.id = id
    self.name = name
    self.status = status
  }
}

/// A housing organisation (boligorganisation) and its agreed anvisning share (0...1).
public struct Organisation: Hashable, Sendable {
  public var id: String
  public var name: String
  public var anvisningShare: Double

  public init(id: String, name: String, anvisningShare: Double) {
    self.id = id
    self.name = name
    self.anvisningShare = anvisningShare
  }
}

/// A department (afdeling) of an organisation, in one area; `exempt` departments are friholdt.
public struct Department: Hashable, Sendable {
  public var id: String
  public var organisation: String
  public var area: String
  public var name: String
  public var exempt: Bool

  public init(id: String, organisation: String, area: String, name: String, exempt: Bool) {
    self.id = id
    self.organisation = organisation
    self.area = area
    self.name = name
    self.exempt = exempt
  }
}

/// A dwelling. `rent` is kr per month; `vacantSince` is set for vacant units.
///
/// The one-byte fields come last so that they share the optional day's padding: 80 bytes a
/// unit instead of 96 (≈ 9 MB less on the national preset).
public struct Unit: Hashable, Sendable {
  public var id: String
  public var department: String
  public var rooms: Int
  public var sizeM2: Double
  public var rent: Double
  public var floor: Int
  public var vacantSince: Day?
  public var type: UnitType
  public var accessible: Bool
  public var status: UnitStatus

  public init(
    id: String, department: String, type: UnitType, rooms: Int, sizeM2: Double, rent: Double,
    floor: Int, accessible: Bool, status: UnitStatus, vacantSince: Day?
  ) {
    self.id = id
    self.department = department
    self.type = type
    self.rooms = rooms
    self.sizeM2 = sizeM2
    self.rent = rent
    self.floor = floor
    self.accessible = accessible
    self.status = status
    self.vacantSince = vacantSince
  }
}

/// A citizen's case (one household) on the kommune's list. `income` is kr per month.
///
/// The six § 59 stk. 6 flags describe anyone in the household.
public struct Case: Hashable, Sendable {
  public var id: String
  public var age: Int
  public var householdSize: Int
  public var situation: Situation
  public var registered: Day
  public var incomeType: IncomeType
  public var income: Double
  public var need: SupportNeed
  public var inEducation: Bool
  public var needsAccessible: Bool
  public var released6m: Bool
  public var evicted6m: Bool
  public var nonEU: Bool
  public var benefit6m: Bool
  public var disabilityPension: Bool
  public var sickBenefit6m: Bool

  public init(
    id: String, age: Int, householdSize: Int, situation: Situation, registered: Day,
    incomeType: IncomeType, income: Double, need: SupportNeed, inEducation: Bool,
    needsAccessible: Bool = false, released6m: Bool = false, evicted6m: Bool = false,
    nonEU: Bool = false, benefit6m: Bool = false, disabilityPension: Bool = false,
    sickBenefit6m: Bool = false
  ) {
    self.id = id
    self.age = age
    self.householdSize = householdSize
    self.situation = situation
    self.registered = registered
    self.incomeType = incomeType
    self.income = income
    self.need = need
    self.inEducation = inEducation
    self.needsAccessible = needsAccessible
    self.released6m = released6m
    self.evicted6m = evicted6m
    self.nonEU = nonEU
    self.benefit6m = benefit6m
    self.disabilityPension = disabilityPension
    self.sickBenefit6m = sickBenefit6m
  }
}

/// A Housing First support team: `capacity` places, `caseload` of them taken today.
public struct Team: Hashable, Sendable {
  public var id: String
  public var method: SupportMethod
  public var capacity: Int
  public var caseload: Int

  public init(id: String, method: SupportMethod, capacity: Int, caseload: Int) {
    self.id = id
    self.method = method
    self.capacity = capacity
    self.caseload = caseload
  }
}
