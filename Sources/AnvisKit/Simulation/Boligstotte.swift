/// Individual boligstøtte for one household in one home: boligsikring for those under the
/// folkepension age, boligydelse for folkepensionists, by `BoligstotteRates` (docs/model.md).
///
/// Boligsikring (§ 22): 60 % of the counted yearly rent minus 18 % of household income above a
/// threshold (raised per child beyond the first); the tenant pays at least the minimum own
/// payment; at most the maximum support; without children at most 15 % of the rent unless a
/// household member receives førtidspension. Boligydelse (§ 21): 75 % of the rent plus a
/// supplement minus 22.5 % of income above its threshold; own payment at least 11 % of income
/// and a minimum; no 15 % cap; no rent or support maximum in an almen bolig the kommune anvist.
///
/// Both: rent counted only for 65 m² plus 20 m² per further person (rent × allowed / size), and
/// — a proxy for § 15, where the authority decides case by case whether to pay when the rent is
/// more than half the income — nothing when the yearly rent exceeds half the yearly income.
public struct Boligstotte: Hashable, Sendable {
  /// Who lives in the home and what they live on.
  public struct Household: Hashable, Sendable {
    /// Monthly rent, kr.
    public var rent: Double
    /// Monthly household income, kr (before tax, as the boligstøtte rules count it).
    public var income: Double
    /// People in the household, children included (at least 1).
    public var persons: Int
    /// Children under 18 among them.
    public var children: Int
    /// Age of the applicant; folkepension age and over gets boligydelse.
    public var age: Int
    /// The home's size in m², if known (nil: the area rule is not applied).
    public var sizeM2: Double?
    /// Someone in the household receives førtidspension (lifts the 15 % cap, § 22 stk. 3 nr. 1).
    public var earlyPension: Bool
    /// An almen bolig the kommune anvist (no boligydelse rent or support maximum, § 14 stk. 4).
    public var anvist: Bool

    public init(
      rent: Double, income: Double, persons: Int = 1, children: Int = 0, age: Int = 35,
      sizeM2: Double? = nil, earlyPension: Bool = false, anvist: Bool = true
    ) {
      self.rent = rent
      self.income = income
      self.persons = max(1, persons, children + 1)
      self.children = max(0, children)
      self.age = age
      self.sizeM2 = sizeM2
      self.earlyPension = earlyPension
      self.anvist = anvist
    }
  }

  /// Which scheme applies.
  public enum Scheme: String, Hashable, Sendable {
    case boligsikring, boligydelse
  }

  /// What limited the support in the end.
  public enum Binding: String, Hashable, Sendable {
    /// The formula itself (rent share minus income share).
    case formula = "the formula"
    /// The tenant's minimum own payment.
    case minOwnPayment = "min own payment"
    /// The maximum support.
    case maxSupport = "max support"
    /// 15 % of the rent (no children).
    case childlessCap = "15 % cap"
    /// Rent above half the income (§ 15 proxy).
    case halfIncome = "rent over half the income"
    /// Boligydelse below the smallest amount paid.
    case belowMinimum = "below the smallest amount paid"
    /// No support at all from the formula (income too high).
    case none = "income too high"
  }

  public let household: Household
  public let rates: BoligstotteRates
  public let scheme: Scheme
  /// Yearly rent as paid.
  public let rentYear: Double
  /// Yearly household income.
  public let incomeYear: Double
  /// Area counted in full, m².
  public let allowedArea: Double
  /// Yearly rent after the area rule.
  public let areaRent: Double
  /// The highest yearly rent counted (infinity when none applies).
  public let maxRent: Double
  /// Yearly rent counted: the area rent, at most `maxRent`.
  public let countedRent: Double
  /// The income threshold after the raise for children.
  public let threshold: Double
  /// Rent part of the formula (60 % of rent, or 75 % of rent plus supplement).
  public let rentPart: Double
  /// Income part deducted (18 % or 22.5 % of income above the threshold).
  public let incomePart: Double
  /// The tenant's minimum own payment, kr a year.
  public let minOwnPayment: Double
  /// The highest support (infinity when none applies).
  public let maxSupport: Double
  /// 15 % of the counted rent for a household without children (infinity when it does not apply).
  public let childlessCap: Double
  /// The support, kr a year (never negative, never above its caps).
  public let supportYear: Double
  /// What bound the support.
  public let binding: Binding

  /// The support and every step of its calculation, by the current rates.
  public init(_ h: Household) {
    household = h
    rates = .current
    let t = Terms(h)
    scheme = t.scheme
    rentYear = max(0, h.rent) * 12
    incomeYear = t.incomeYear
    allowedArea = t.allowedArea
    maxRent = t.maxRent
    threshold = t.threshold
    incomePart = t.incomePart
    minOwnPayment = t.minOwnPayment
    maxSupport = t.maxSupport
    let o = t.evaluate(rentYear: rentYear, sizeM2: h.sizeM2)
    areaRent = o.areaRent
    countedRent = o.countedRent
    rentPart = o.rentPart
    childlessCap = o.childlessCap
    supportYear = o.supportYear
    binding = o.binding
  }

  /// The support in kr per month.
  public var supportMonth: Double { supportYear / 12 }
  /// The rent left to pay each month after the support.
  public var netRent: Double { max(0, household.rent) - supportMonth }
}
