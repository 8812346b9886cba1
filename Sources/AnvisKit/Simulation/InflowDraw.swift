/// A new case on the list, drawn from the published distributions rather than copied from
/// today's cases (the generator's tables, each with its source in `CaseGenerator`):
///
/// - age: VIVE 2022, 18–24 13 %, 25–29 15 %, 30–59 63 %, 60+ 9 %;
/// - situation: VIVE 2022, shelter (§ 110) 52 %, friends/family 20 %, street 9 %, the rest
///   institution and other [est];
/// - support need: CTI 50 %, ICM 35 %, ACT 15 % overall [est, DOMAIN.md], leaning to the heavier
///   methods for people on the street or leaving an institution: P(ACT | s) = 0.15 × sev(s) /
///   E[sev], P(ICM | s) = 0.35 × √sev(s) / E[√sev], CTI the rest, with `CaseGenerator.severity`
///   [est], so the overall mix stays 50/35/15;
/// - income type and amount by age (`IncomeDraw`, 2024 rates), household size, the § 59 stk. 6
///   flags (`Section59Flags`) as the generator draws them [est].
enum InflowDraw {
  static let meanSeverity: Double = CaseGenerator.situations.reduce(0) {
    $0 + $1.1 * CaseGenerator.severity($1.0)
  }
  static let meanRootSeverity: Double = CaseGenerator.situations.reduce(0) {
    $0 + $1.1 * CaseGenerator.severity($1.0).squareRoot()
  }

  /// P(CTI), P(ICM), P(ACT) for someone in situation `s`.
  static func needShares(_ s: Situation) -> [Double] {
    let sev = CaseGenerator.severity(s)
    let act = min(1, 0.15 * sev / meanSeverity)
    let icm = min(1 - act, 0.35 * sev.squareRoot() / meanRootSeverity)
    return [1 - act - icm, icm, act]
  }

  /// One new case registered on `day`.
  static func draw(day: Day, _ rng: inout SeededRandom) -> Case {
    let band = CaseGenerator.ageBands[rng.pick(CaseGenerator.ageBands.map(\.share))]
    let age = CaseGenerator.drawAge(band.ages, &rng)
    let income = IncomeDraw.draw(age: age, &rng)
    let situation = CaseGenerator.situations[rng.pick(CaseGenerator.situations.map(\.1))].0
    let need: SupportNeed = [.CTI, .ICM, .ACT][rng.pick(needShares(situation))]
    var c = Case(
      id: "new", age: age, householdSize: CaseGenerator.householdSize(age: age, &rng), situation: situation,
      registered: day, incomeType: income.type, income: income.amount, need: need,
      inEducation: income.inEducation)
    c.needsAccessible = rng.chance(age >= 60 ? 0.15 : 0.03)
    Section59Flags.draw(&c, &rng)
    return c
  }
}
