/// A figure `simulate` reports for every run, with its mean and p5–p95 band over the runs.
/// `key` is how users write it (the `outcomes` column, compare's `key`); `kind` says how it
/// is shown.
public enum Metric: Hashable, Sendable {
  case inflow, housed, waiting, exited, medianDays, p90Days
  case medianDaysAge(AgeBand), p90DaysAge(AgeBand)
  case medianDaysNeed(SupportNeed), p90DaysNeed(SupportNeed)
  case housed90dShare, fitShare, tomgangDays, tomgangKr, offers, refusals, claims, unfilledClaims
  case supportInUse(SupportMethod)
  case waitingForSupport, breaches
  // Tenancies, the kommune's turns, turnover, the youth check and costs.
  case medianDaysNew, housed120dShare, retained12m, tenanciesLost, tenanciesMovedOn, reentries
  case guaranteeKr, turnsOther, turnsUnused, cheapFamilyLettings
  case turnover(UnitType)
  case youthPlaced, youthRehousedAfterCheck, youthMovesKr
  case supportKr, shelterAvoidedKr, netCostKr, netCostPerHousedKr

  /// How a value is shown: a count or days, a share (in per cent) or kroner.
  public enum Kind: Sendable { case number, share, kroner }

  public var kind: Kind {
    switch self {
    case .housed90dShare, .fitShare, .housed120dShare, .retained12m, .turnover: .share
    case .tomgangKr, .guaranteeKr, .youthMovesKr, .supportKr, .shelterAvoidedKr, .netCostKr, .netCostPerHousedKr:
      .kroner
    default: .number
    }
  }

  /// The name users write, e.g. `housed`, `median_days_18_24`, `support_CTI`.
  public var key: String {
    switch self {
    case .inflow: "inflow"
    case .housed: "housed"
    case .waiting: "waiting"
    case .exited: "exited"
    case .medianDays: "median_days"
    case .p90Days: "p90_days"
    case .medianDaysAge(let band): "median_days_\(band.key)"
    case .p90DaysAge(let band): "p90_days_\(band.key)"
    case .medianDaysNeed(let need): "median_days_\(need.rawValue)"
    case .p90DaysNeed(let need): "p90_days_\(need.rawValue)"
    case .housed90dShare: "housed_90d_share"
    case .fitShare: "fit_share"
    case .tomgangDays: "tomgang_days"
    case .tomgangKr: "tomgang_kr"
    case .offers: "offers"
    case .refusals: "refusals"
    case .claims: "claims"
    case .unfilledClaims: "unfilled_claims"
    case .supportInUse(let method): "support_\(method.rawValue)"
    case .waitingForSupport: "waiting_for_support"
    case .breaches: "breaches"
    case .medianDaysNew: "median_days_new"
    case .housed120dShare: "housed_120d_share"
    case .retained12m: "retained_12m"
    case .tenanciesLost: "tenancies_lost"
    case .tenanciesMovedOn: "tenancies_moved_on"
    case .reentries: "reentries"
    case .guaranteeKr: "guarantee_kr"
    case .turnsOther: "turns_other"
    case .turnsUnused: "turns_unused"
    case .cheapFamilyLettings: "cheap_family_lettings"
    case .turnover(let type): "turnover_\(type.rawValue)"
    case .youthPlaced: "youth_placed"
    case .youthRehousedAfterCheck: "youth_rehoused_after_check"
    case .youthMovesKr: "youth_moves_kr"
    case .supportKr: "support_kr"
    case .shelterAvoidedKr: "shelter_avoided_kr"
    case .netCostKr: "net_cost_kr"
    case .netCostPerHousedKr: "net_cost_per_housed_kr"
    }
  }
}

/// The age bands `simulate` reports days to a home for: 18–24, 25–29, 30+.
public enum AgeBand: CaseIterable, Hashable, Sendable {
  case upTo24, from25To29, from30

  /// As in metric keys: `18_24`.
  public var key: String {
    switch self {
    case .upTo24: "18_24"
    case .from25To29: "25_29"
    case .from30: "30p"
    }
  }

  public var label: String {
    switch self {
    case .upTo24: "18–24"
    case .from25To29: "25–29"
    case .from30: "30+"
    }
  }

  public var ages: ClosedRange<Int> {
    switch self {
    case .upTo24: 0...24
    case .from25To29: 25...29
    case .from30: 30...200
    }
  }
}
