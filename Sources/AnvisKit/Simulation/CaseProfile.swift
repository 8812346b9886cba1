/// A case reduced to what the rules and the match score read, in a few machine words.
public struct CaseProfile: Hashable, Sendable {
  public var age: Int
  public var household: Int
  /// Monthly income, kr.
  public var income: Double
  /// Support method index (`SupportMethod.index`: CTI 0, ICM 1, ACT 2) or `noMethod`; an
  /// index into the compact per-method arrays of the simulation's hot loops (`supportMethod`
  /// is the same as an enum).
  public var method: Int
  public var needsAccessible: Bool
  /// Bit r set when § 59 rule r (1…7) applies to the household (see `BlockingRule`).
  public var restrictionRules: UInt8
  /// Need priority 0…20 (support need plus situation), used by `priority` and `best-fit`.
  public var priority: Int
  /// In education (passes the youth study check).
  public var inEducation: Bool
  /// Staying in a § 110 shelter (a home saves shelter nights).
  public var fromShelter: Bool
  /// The rent-independent half of the boligstøtte calculation (`Boligstotte.Terms`).
  public var boligstotte: Boligstotte.Terms
  /// A disability flag for ældreboliger under `senior.for_homeless` (§ 57): `disability_pension`
  /// (førtidspension) or `needs_accessible` (needs an accessible home).
  public var disabilityFlag: Bool

  public init(_ c: Case) {
    inEducation = c.inEducation
    fromShelter = c.situation == .shelter
    age = c.age
    household = max(1, c.householdSize)
    income = c.income
    method = CaseProfile.methodIndex(c.need)
    needsAccessible = c.needsAccessible
    var rules: UInt8 = 0
    if c.released6m { rules |= 1 << 1 }
    if c.evicted6m { rules |= 1 << 3 }
    if c.nonEU && !c.inEducation { rules |= 1 << 4 }
    if c.benefit6m { rules |= 1 << 5 }
    if c.disabilityPension { rules |= 1 << 6 }
    if c.sickBenefit6m { rules |= 1 << 7 }
    restrictionRules = rules
    priority = CaseProfile.needPriority(c.need) + CaseProfile.situationPriority(c.situation)
    disabilityFlag = c.disabilityPension || c.needsAccessible
    // [est] Children under 18: the data holds no count, so every member past the first is
    // taken to be a child (a homeless household of two or more is most often a parent with
    // children). Førtidspension (`disability_pension` or income type `foertidspension`) lifts
    // boligsikring's 15 % cap (§ 22 stk. 3 nr. 1).
    boligstotte = Boligstotte.Terms(
      Boligstotte.Household(
        rent: 0, income: income, persons: household, children: household - 1, age: age,
        earlyPension: c.disabilityPension || c.incomeType == .foertidspension))
  }

  /// Children under 18 as the boligstøtte rules count them (every member past the first [est]).
  public var children: Int { Int(boligstotte.children) }
  /// Førtidspension as far as the rules use it (a childless boligsikring without the 15 % cap).
  public var earlyPension: Bool { boligstotte.scheme == .boligsikring && !boligstotte.capApplies && children == 0 }

  /// The household as the boligstøtte rules see it, in unit `size` m² at `rent` kr a month.
  func boligstotteHousehold(rent: Double, sizeM2: Double) -> Boligstotte.Household {
    Boligstotte.Household(
      rent: rent, income: income, persons: household, children: children, age: age,
      sizeM2: sizeM2 > 0 ? sizeM2 : nil, earlyPension: earlyPension)
  }

  /// § 59 stk. 6 applies rules 1–7 (bits 1…7).
  static let stk6Mask: UInt8 = 0b1111_1110
  /// § 59 stk. 7 applies rules 1–5 (bits 1…5).
  static let stk7Mask: UInt8 = 0b0011_1110

  /// ACT 10, ICM 7, CTI 4, none 0.
  public static func needPriority(_ need: SupportNeed) -> Int {
    switch need {
    case .ACT: 10
    case .ICM: 7
    case .CTI: 4
    case .none: 0
    }
  }

  /// Street 10, shelter 6, institution 4, friends/family 2, other 2.
  public static func situationPriority(_ s: Situation) -> Int {
    switch s {
    case .street: 10
    case .shelter: 6
    case .institution: 4
    case .friends_family: 2
    case .other: 2
    }
  }
}

extension CaseProfile {
  /// `method` of a case that needs no support.
  public static let noMethod = -1

  /// The `method` index of a support need.
  public static func methodIndex(_ need: SupportNeed) -> Int { need.method?.index ?? noMethod }

  /// The support method, if the case needs one.
  public var supportMethod: SupportMethod? { method == Self.noMethod ? nil : SupportMethod.allCases[method] }
}
