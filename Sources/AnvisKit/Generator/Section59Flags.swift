/// The § 59 stk. 6 flags of a case (DOMAIN.md, "Area restrictions"), drawn with plausible
/// frequencies [est] and consistent with the case's income.
enum Section59Flags {
  /// Rule 5: kontanthjælp or uddannelseshjælp for 6 consecutive months — most recipients.
  static let benefitAmongRecipients = 0.80
  /// Rule 7: dagpenge or sygedagpenge for 6 months — many recipients.
  static let sickAmongRecipients = 0.60
  /// Rule 1: released from prison less than 6 months ago — ~8 % overall, mostly among
  /// those staying in an institution (0.10 × 0.35 + 0.90 × 0.05 ≈ 8 %).
  static let releasedFromInstitution = 0.35
  static let releasedOtherwise = 0.05
  /// Rule 3: lost a tenancy for misconduct less than 6 months ago.
  static let evicted = 0.10
  /// Rule 4: citizen outside EU/EEA/Switzerland.
  static let nonEU = 0.07

  static func draw(_ c: inout Case, _ rng: inout SeededRandom) {
    switch c.incomeType {
    case .kontanthjaelp, .uddannelseshjaelp: c.benefit6m = rng.chance(benefitAmongRecipients)
    case .sygedagpenge, .dagpenge: c.sickBenefit6m = rng.chance(sickAmongRecipients)
    case .foertidspension: c.disabilityPension = true
    case .su, .employment, .other: break
    }
    c.released6m = rng.chance(c.situation == .institution ? releasedFromInstitution : releasedOtherwise)
    c.evicted6m = rng.chance(evicted)
    c.nonEU = rng.chance(nonEU)
  }
}
