/// Whether a citizen can pay a unit's rent, by the `rent.rule` lever.
///
/// `cap`: rent ≤ `rent.cap` (VIVE: a typical homeless citizen can pay about 3,500 kr a month).
///
/// `income`: rent − estimated boligsikring ≤ `rent.share` × income. Boligsikring is a small,
/// documented approximation of the 2025 rules (DOMAIN.md), not the law's exact formula:
/// - yearly rent counted up to 94,200 kr, and only the part for 65 m² plus 20 m² per extra
///   household member (rent × allowed / size when the unit is larger);
/// - own payment: 28,300 kr a year plus [est] 22.5 % of yearly income above 150,000 kr;
/// - support: [est] 60 % of counted rent above the own payment, at most 49,716 kr a year;
/// - none when the yearly rent exceeds half the yearly income.
public enum Affordability {
  public static let maxEligibleRentYear = 94_200.0
  public static let maxSupportYear = 49_716.0
  public static let minOwnPaymentYear = 28_300.0
  public static let ownPaymentIncomeThresholdYear = 150_000.0
  public static let ownPaymentIncomeRate = 0.225
  public static let supportRate = 0.60
  public static let baseArea = 65.0
  public static let areaPerExtraPerson = 20.0

  /// Estimated boligsikring in kr per month for a monthly rent and income.
  public static func boligsikring(rent: Double, sizeM2: Double, householdSize: Int, income: Double) -> Double
  {
    let rentYear = rent * 12
    let incomeYear = income * 12
    guard rentYear > 0, rentYear <= incomeYear / 2 else { return 0 }
    let allowedArea = baseArea + areaPerExtraPerson * Double(max(0, householdSize - 1))
    var counted = min(rentYear, maxEligibleRentYear)
    if sizeM2 > allowedArea { counted *= allowedArea / sizeM2 }
    let own = minOwnPaymentYear + ownPaymentIncomeRate * max(0, incomeYear - ownPaymentIncomeThresholdYear)
    let support = min(maxSupportYear, supportRate * max(0, counted - own))
    return support / 12
  }

  /// The rent a case can pay for a unit under `levers`, compared with the unit's rent.
  /// Returns nil when affordable, else the monthly amount the citizen would have to pay and the
  /// most they can pay (for the reason text).
  public static func shortfall(
    rent: Double, sizeM2: Double, householdSize: Int, income: Double, levers: Levers
  ) -> (pays: Double, limit: Double)? {
    switch levers.rentRule {
    case .cap:
      return rent <= levers.rentCap ? nil : (rent, levers.rentCap)
    case .income:
      let net = rent - boligsikring(rent: rent, sizeM2: sizeM2, householdSize: householdSize, income: income)
      let limit = levers.rentShare * income
      return net <= limit + 1e-9 ? nil : (net, limit)
    }
  }

  /// The rent a case could pay at most, for the nearest-unit hints of `why` (kr per month).
  public static func maxRent(sizeM2: Double, householdSize: Int, income: Double, levers: Levers) -> Double {
    switch levers.rentRule {
    case .cap: return levers.rentCap
    case .income:
      var lo = 0.0
      var hi = 20_000.0
      for _ in 0..<40 {
        let mid = (lo + hi) / 2
        if shortfall(rent: mid, sizeM2: sizeM2, householdSize: householdSize, income: income, levers: levers)
          == nil
        {
          lo = mid
        } else {
          hi = mid
        }
      }
      return lo
    }
  }
}
