/// A case's income: type, kr per month, and whether the person is in education.
struct IncomeDraw: Sendable {
  var type: IncomeType
  var amount: Double
  var inEducation: Bool

  // 2024 rates from DOMAIN.md, kr per month.
  /// Kontanthjælp, 30 or over, without children.
  static let kontanthjaelp30 = 12_326.0
  /// Kontanthjælp under 30, living away from home.
  static let kontanthjaelpUnder30 = 7_945.0
  /// Uddannelseshjælp under 30, away from home (2023).
  static let uddannelseshjaelp = 6_545.0
  /// SU, living away from home.
  static let su = 6_820.0
  /// Førtidspension, single.
  static let foertidspension = 20_370.0

  /// Draws by age [est]: DOMAIN.md says "income mostly kontanthjælp, some førtidspension and
  /// SU". The young are on uddannelseshjælp or the under-30 rate, a few in education on SU;
  /// førtidspension rises with age; from 67 folkepension (`other`). Amounts not in
  /// DOMAIN.md (sygedagpenge, dagpenge, wages, folkepension) are ranges [est].
  static func draw(age: Int, _ rng: inout SeededRandom) -> IncomeDraw {
    if age < 30, rng.chance(age < 25 ? 0.20 : 0.10) {
      return IncomeDraw(type: .su, amount: su, inEducation: true)
    }
    if age >= 67 {
      return IncomeDraw(type: .other, amount: rng.uniform(14_000, 19_000).rounded(), inEducation: false)
    }
    let options: [(IncomeType, Double)]
    switch age {
    case ..<25:
      options = [
        (.uddannelseshjaelp, 0.45), (.kontanthjaelp, 0.45), (.foertidspension, 0.04), (.other, 0.06),
      ]
    case ..<30:
      options = [
        (.kontanthjaelp, 0.70), (.uddannelseshjaelp, 0.12), (.foertidspension, 0.06), (.sygedagpenge, 0.03),
        (.employment, 0.04), (.other, 0.05),
      ]
    case ..<60:
      options = [
        (.kontanthjaelp, 0.68), (.foertidspension, 0.16), (.sygedagpenge, 0.04), (.dagpenge, 0.03),
        (.employment, 0.04), (.other, 0.05),
      ]
    default:
      options = [(.foertidspension, 0.50), (.kontanthjaelp, 0.40), (.sygedagpenge, 0.05), (.other, 0.05)]
    }
    let type = options[rng.pick(options.map(\.1))].0
    return IncomeDraw(type: type, amount: amount(type, age: age, &rng), inEducation: false)
  }

  static func amount(_ type: IncomeType, age: Int, _ rng: inout SeededRandom) -> Double {
    switch type {
    case .kontanthjaelp: age < 30 ? kontanthjaelpUnder30 : kontanthjaelp30
    case .uddannelseshjaelp: uddannelseshjaelp
    case .su: su
    case .foertidspension: foertidspension
    case .sygedagpenge: rng.uniform(14_000, 20_900).rounded()
    case .dagpenge: rng.uniform(16_000, 19_700).rounded()
    case .employment: rng.uniform(8_000, 22_000).rounded()
    case .other: rng.uniform(0, 6_000).rounded()
    }
  }
}
