/// A closed set of text values a field may hold; the raw values are what files and queries use.
public protocol FieldEnum: CaseIterable, RawRepresentable, Hashable, Sendable where RawValue == String {}

extension FieldEnum {
  /// The allowed values, in declaration order, for error messages and completion.
  public static var allowedValues: [String] { allCases.map(\.rawValue) }
}

/// What an area is under almenboligloven § 59 stk. 6–7.
public enum AreaStatus: String, FieldEnum {
  case ordinary, prevention, vulnerable, parallel, transformation

  /// Vulnerable, parallel and transformation areas: § 59 stk. 6, rules 1–7.
  public var isRestrictedStk6: Bool { self == .vulnerable || self == .parallel || self == .transformation }
  /// Prevention areas: § 59 stk. 7, rules 1–5.
  public var isPreventionStk7: Bool { self == .prevention }
}

public enum UnitType: String, FieldEnum {
  case family, youth, senior, skaev, shared_room, transition
}

public enum UnitStatus: String, FieldEnum {
  case occupied, vacant
}

/// Where the citizen stays while homeless.
public enum Situation: String, FieldEnum {
  case shelter, friends_family, street, institution, other
}

public enum IncomeType: String, FieldEnum {
  case kontanthjaelp, uddannelseshjaelp, su, foertidspension, dagpenge, sygedagpenge, employment, other
}

/// Housing First support method (SEL § 85 a), or none.
public enum SupportNeed: String, FieldEnum {
  case CTI, ICM, ACT, none
}

/// The support methods a team can deliver.
public enum SupportMethod: String, FieldEnum {
  case CTI, ICM, ACT
}

extension SupportNeed {
  public var method: SupportMethod? {
    switch self {
    case .CTI: .CTI
    case .ICM: .ICM
    case .ACT: .ACT
    case .none: nil
    }
  }
}
