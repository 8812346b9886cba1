/// How a tenancy that the kommune placed ends.
enum TenancyOutcome: Int32, Sendable, CaseIterable {
  /// Still standing at the horizon.
  case kept = 0
  /// Eviction or abandonment: the citizen returns to the list after `reentry.delay_days`, the
  /// kommune pays its guarantees.
  case lost = 1
  /// A planned move (to another home, family, another town).
  case movedOn = 2
  /// Re-housed by the kommune after a failed youth study check.
  case rehoused = 3

  static let names = ["kept", "lost", "moved_on", "rehoused"]
}

/// The daily hazards of a tenancy, piecewise constant: they change only when support ends.
///
/// Loss (eviction or abandonment), per day:
///
///     λ_loss = −ln(r) / 365 × (1 + b × max(0, burden − 0.25) / 0.10) × crowding × area
///
/// r = `retention.supported` while support is in place, `retention.unsupported` otherwise (r is
/// the 12-month survival with no other risk, so without the factors 1 − r of tenancies are lost
/// in a year); b = `retention.burden_effect`; burden = (rent − boligsikring) / income;
/// crowding = 1.25 [est] when the home has fewer rooms than the household has members; area =
/// 1.2 [est] in an area under § 59 stk. 6 (udsat, parallel, omdannelse).
///
/// Planned moves, per day: −ln(1 − 0.05) / 365 [est] (5 % a year), the same with or without
/// support. See docs/model.md (Tenancies after placement) for the calibration.
enum TenancyHazard {
  /// [est] Yearly share of tenancies that end in a planned move.
  static let movedOnPerYear = 0.05
  /// Net rent up to this share of income adds no risk [est] (the `rent.share` baseline is 0.30).
  static let burdenReference = 0.25
  /// [est] Hazard factor of a home with fewer rooms than household members.
  static let crowdingFactor = 1.25
  /// [est] Hazard factor in an area under § 59 stk. 6.
  static let restrictedAreaFactor = 1.2

  /// The daily rate of a yearly survival share `keep` (0 < keep ≤ 1).
  static func dailyRate(keepingForAYear keep: Double) -> Double {
    keep >= 1 ? 0 : -PortableMath.log(max(1e-9, keep)) / 365
  }

  /// The share of income the net rent takes, after boligstøtte by the rules (`Boligstotte`).
  static func burden(_ p: CaseProfile, rent: Double, sizeM2: Double) -> Double {
    let net = rent - Affordability.support(p, rent: rent, sizeM2: sizeM2)
    return p.income > 0 ? net / p.income : 1
  }

  /// The factor that the home and its rent put on the loss hazard (1 for a good fit).
  static func factor(burden: Double, rooms: Int, household: Int, restrictedArea: Bool, effect: Double)
    -> Double
  {
    var f = 1 + effect * max(0, burden - burdenReference) / 0.10
    if rooms < household { f *= crowdingFactor }
    if restrictedArea { f *= restrictedAreaFactor }
    return f
  }

  /// The daily loss hazard.
  static func lossPerDay(supported: Bool, factor: Double, levers: ModelLevers) -> Double {
    dailyRate(keepingForAYear: supported ? levers.retentionSupported : levers.retentionUnsupported) * factor
  }

  /// The daily hazard of a planned move.
  static let movePerDay = dailyRate(keepingForAYear: 1 - movedOnPerYear)
}
