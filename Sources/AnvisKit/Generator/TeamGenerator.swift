/// The Housing First support teams (SEL § 85 a) and how full they are today.
enum TeamGenerator {
  /// DOMAIN.md: CTI 6 workers × 10, ICM 5 × 12, ACT one team for ~60 (per preset). Today's
  /// caseload is a little below capacity [est]: CTI and ICM 0–2 places free, ACT 2–8.
  static func make(_ p: PresetParameters, _ rng: inout SeededRandom) -> [Team] {
    let total = p.teams.reduce(0) { $0 + $1.count }
    let width = GeneratorIDs.width(total, minimum: 2)
    var teams = [Team]()
    teams.reserveCapacity(total)
    for spec in p.teams {
      for _ in 0..<spec.count {
        let free = spec.method == .ACT ? rng.int(in: 2...8) : rng.int(in: 0...2)
        teams.append(
          Team(
            id: GeneratorIDs.make("t-", teams.count + 1, width: width), method: spec.method,
            capacity: spec.capacity, caseload: max(0, spec.capacity - free)))
      }
    }
    return teams
  }
}
