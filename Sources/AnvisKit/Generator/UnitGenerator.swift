/// The dwellings of every department: type, rooms, size, rent, floor, accessibility and
/// whether each is vacant today.
enum UnitGenerator {
  /// Room counts and their shares per type, and the size range (m²) for each room count
  /// [est]. DOMAIN.md: 1 room 3,000–4,000 kr, 2 rooms 4,500–5,500, 3 rooms 5,500–6,500 at
  /// 700–800 kr/m²/year; the share of one-room family flats is set so that ≈ 2,250 of
  /// Aalborg's family units cost under 3,500 kr (Aalborg had 2,248 in 2021).
  static func layouts(_ type: UnitType) -> [(rooms: Int, share: Double, size: ClosedRange<Double>)] {
    switch type {
    case .family:
      [
        (1, 0.11, 44...64), (2, 0.31, 62...86), (3, 0.38, 78...104), (4, 0.16, 95...125),
        (5, 0.04, 115...145),
      ]
    case .youth: [(1, 0.85, 20...40), (2, 0.15, 40...56)]
    case .senior: [(1, 0.10, 40...55), (2, 0.65, 55...75), (3, 0.25, 70...90)]
    case .skaev: [(1, 0.60, 28...45), (2, 0.40, 40...55)]
    case .shared_room: [(1, 1.00, 14...26)]
    case .transition: [(1, 0.70, 30...48), (2, 0.30, 45...60)]
    }
  }

  /// Share of units vacant today, per type [est]: ≈ 1–2 % overall, more where turnover is
  /// high (DOMAIN.md: youth 39.9 % a year against family 10.4 %).
  static func vacancy(_ type: UnitType) -> Double {
    switch type {
    case .family: 0.012
    case .youth: 0.025
    case .senior: 0.012
    case .skaev: 0.03
    case .shared_room: 0.05
    case .transition: 0.05
    }
  }

  /// A vacancy began at most this many days before `as_of` [est].
  static let longestVacancy = 59

  /// Each unit's own rent varies ±4 % around its department's level [est].
  static let rentSpread = 0.04

  static func make(_ structure: Structure, asOf: Day, _ rng: inout SeededRandom) -> [Unit] {
    let total = structure.plans.reduce(0) { $0 + $1.units }
    let width = GeneratorIDs.width(total, minimum: 6)
    let layoutsByType = UnitType.allCases.map { layouts($0) }
    let sharesByType = layoutsByType.map { $0.map(\.share) }
    var units = [Unit]()
    units.reserveCapacity(total)
    for (d, plan) in structure.plans.enumerated() {
      let department = structure.departments[d].id
      let typeIndex = UnitType.allCases.firstIndex(of: plan.kind) ?? 0
      let layout = layoutsByType[typeIndex]
      for _ in 0..<plan.units {
        let choice = layout[rng.pick(sharesByType[typeIndex])]
        let size = rng.triangular(choice.size.lowerBound, choice.size.upperBound).rounded()
        let perM2 = plan.rentPerM2 * rng.uniform(1 - rentSpread, 1 + rentSpread)
        let rent = (size * perM2 / 12).rounded()
        let floor = rng.int(in: 0...plan.maxFloor)
        let accessible = rng.chance(accessibleShare(plan.kind, floor: floor, maxFloor: plan.maxFloor))
        let vacant = rng.chance(vacancy(plan.kind))
        let since: Day? = vacant ? asOf + -rng.int(in: 0...longestVacancy) : nil
        units.append(
          Unit(
            id: GeneratorIDs.make("u-", units.count + 1, width: width), department: department,
            type: plan.kind, rooms: choice.rooms, sizeM2: size, rent: rent, floor: floor,
            accessible: accessible, status: vacant ? .vacant : .occupied, vacantSince: since))
      }
    }
    return units
  }

  /// Chance a unit is accessible (tilgængelig) [est]: most elderly homes, some ground-floor
  /// flats and flats in blocks with a lift (5 storeys or more), few others.
  static func accessibleShare(_ type: UnitType, floor: Int, maxFloor: Int) -> Double {
    if type == .senior { return 0.85 }
    if floor == 0 { return 0.25 }
    if maxFloor >= 4 { return 0.35 }
    return 0.03
  }
}
