/// The data sets `anvis generate` can make.
public enum Preset: String, CaseIterable, Sendable {
  /// An Aalborg-like kommune: ≈ 34,000 units, ≈ 290 cases.
  case aalborg
  /// All of Denmark's social housing: ≈ 590,000 units, ≈ 6,000 cases.
  case national

  var parameters: PresetParameters {
    switch self {
    case .aalborg: .aalborg
    case .national: .national
    }
  }
}

/// The sizes and mixes a preset generates. Every number cites DOMAIN.md; **[est]** marks
/// an estimate (a plausible default, not a source).
struct PresetParameters: Sendable {
  var name: String
  /// "Today" for the data set: 2026-11-01 for both presets.
  var asOf: Day
  /// Ordinary units (family, youth, senior) to spread over the ordinary departments.
  var ordinaryUnits: Int
  var organisations: Int
  /// Departments holding ordinary units; the special ones below come on top.
  var ordinaryDepartments: Int
  var areas: Int
  var cases: Int
  /// New cases per month (manifest `inflow_per_month`).
  var inflowPerMonth: Double
  /// [est] Yearly rate of leaving the list by other routes (manifest `exit_per_year`), fitted
  /// with `calibrate fit exit.per_year` against the preset's references.
  var exitPerYear: Double
  /// The manifest's default anvisning share.
  var anvisningShare: Double
  /// Departments of skæve boliger, kollektive bofællesskaber and udslusningsboliger.
  var specialDepartments: [(type: UnitType, count: Int, units: ClosedRange<Int>)]
  /// Support teams: how many of each method and their capacity.
  var teams: [(method: SupportMethod, count: Int, capacity: Int)]

  /// DOMAIN.md "Aalborg-like": ~34,000 units in ~150 departments of 20 organisations over
  /// ~12 areas; ~290 open cases (Aalborg 291 in 2022), ~50 new a month; anvisning 27 %;
  /// CTI 6 × 10, ICM 5 × 12, ACT one team for ~60; "a few dozen skæve boliger and shared rooms".
  static let aalborg = PresetParameters(
    name: "Aalborg (example)", asOf: Day(year: 2026, month: 11, day: 1) ?? Day(ordinal: 0),
    ordinaryUnits: 33_900, organisations: 20, ordinaryDepartments: 143, areas: 12, cases: 290,
    inflowPerMonth: 50, exitPerYear: 1.875, anvisningShare: 0.27,
    specialDepartments: [(.skaev, 3, 10...14), (.shared_room, 2, 12...18), (.transition, 2, 8...14)],
    teams: [(.CTI, 6, 10), (.ICM, 5, 12), (.ACT, 1, 60)])

  /// DOMAIN.md "Scale": ~590,000 almene boliger; 5,989 homeless (VIVE 2024) → 6,000 cases.
  /// Organisations, departments and areas [est]; inflow and teams scale with the cases
  /// (6,000 / 290 ≈ 20.7 × Aalborg's); the legal default share is 25 % (§ 59 stk. 1).
  static let national = PresetParameters(
    name: "Denmark (national example)", asOf: Day(year: 2026, month: 11, day: 1) ?? Day(ordinal: 0),
    ordinaryUnits: 588_000, organisations: 500, ordinaryDepartments: 2_880, areas: 400, cases: 6_000,
    inflowPerMonth: 1_035, exitPerYear: 1.938, anvisningShare: 0.25,
    specialDepartments: [(.skaev, 50, 10...14), (.shared_room, 35, 12...18), (.transition, 35, 8...14)],
    teams: [(.CTI, 124, 10), (.ICM, 103, 12), (.ACT, 21, 60)])

  /// The preset with `factor` times the units, departments, cases, teams and inflow, under the
  /// same areas and organisations (`anvis generate --scale N`); 1 (or less) leaves it as it is.
  func scaled(by factor: Int) -> PresetParameters {
    guard factor > 1 else { return self }
    var p = self
    p.name += " (\(factor)×)"
    p.ordinaryUnits *= factor
    p.ordinaryDepartments *= factor
    p.cases *= factor
    p.inflowPerMonth *= Double(factor)
    p.specialDepartments = specialDepartments.map { ($0.type, $0.count * factor, $0.units) }
    p.teams = teams.map { ($0.method, $0.count * factor, $0.capacity) }
    return p
  }

  var departments: Int { ordinaryDepartments + specialDepartments.reduce(0) { $0 + $1.count } }
}
