/// Whether a citizen can pay a unit's rent, by the `rent.rule` lever.
///
/// `cap`: rent ≤ `rent.cap` (VIVE: a typical homeless citizen can pay about 3,500 kr a month).
///
/// `income`: rent − boligstøtte ≤ `rent.share` × income, with boligstøtte (boligsikring, or
/// boligydelse from the folkepension age) by the rules in `Boligstotte` (docs/model.md).
public enum Affordability {
  /// Boligstøtte in kr per month for a case in a unit.
  static func support(_ p: CaseProfile, rent: Double, sizeM2: Double) -> Double {
    p.boligstotte.supportYear(rentYear: max(0, rent) * 12, sizeM2: sizeM2 > 0 ? sizeM2 : nil) / 12
  }

  /// The rent a case can pay for a unit under `levers`, compared with the unit's rent.
  /// Returns nil when affordable, else the monthly amount the citizen would have to pay and the
  /// most they can pay (for the reason text).
  static func shortfall(
    _ p: CaseProfile, rent: Double, sizeM2: Double, levers: Levers
  ) -> (pays: Double, limit: Double)? {
    switch levers.rentRule {
    case .cap:
      return rent <= levers.rentCap ? nil : (rent, levers.rentCap)
    case .income:
      let limit = levers.rentShare * p.income
      // The support never exceeds the rent, so a rent within the limit needs no calculation.
      if rent <= limit + 1e-9 { return nil }
      let net = rent - support(p, rent: rent, sizeM2: sizeM2)
      return net <= limit + 1e-9 ? nil : (net, limit)
    }
  }

  /// The same answer as `shortfall(...) == nil`, for the hot loops: clear cases are decided
  /// from bounds on the support before the calculation is run.
  @inline(__always)
  static func affordable(_ p: CaseProfile, rent: Double, sizeM2: Double, levers: Levers) -> Bool {
    switch levers.rentRule {
    case .cap: return rent <= levers.rentCap
    case .income:
      let limit = levers.rentShare * p.income + 1e-9
      if rent <= limit { return true }
      let t = p.boligstotte
      // No support when the rent is over half the income; otherwise the support is at most its
      // maximum and at most the cap share of the rent, and it leaves at least the own payment.
      if rent * 12 > t.incomeYear / 2 || rent - t.maxSupport / 12 > limit || t.minOwnPayment / 12 > limit
        || (t.capShare.isFinite && rent * (1 - t.capShare) > limit)
      {
        return false
      }
      return rent - support(p, rent: rent, sizeM2: sizeM2) <= limit
    }
  }

  /// The rent a case could pay at most, for the nearest-unit hints of `why` (kr per month).
  static func maxRent(_ p: CaseProfile, sizeM2: Double, levers: Levers) -> Double {
    switch levers.rentRule {
    case .cap: return levers.rentCap
    case .income:
      var lo = 0.0
      var hi = 20_000.0
      for _ in 0..<40 {
        let mid = (lo + hi) / 2
        if shortfall(p, rent: mid, sizeM2: sizeM2, levers: levers) == nil {
          lo = mid
        } else {
          hi = mid
        }
      }
      return lo
    }
  }
}
