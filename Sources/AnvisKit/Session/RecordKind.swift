/// The kinds of record `show` can display, by the word the user types.
public enum RecordKind: String, CaseIterable, Sendable {
  case unit, `case`, organisation, department, area, team

  public static var names: [String] { allCases.map(\.rawValue) }

  /// The table that holds records of this kind.
  public var tableName: String {
    switch self {
    case .unit: "units"
    case .case: "cases"
    case .organisation: "organisations"
    case .department: "departments"
    case .area: "areas"
    case .team: "teams"
    }
  }
}
