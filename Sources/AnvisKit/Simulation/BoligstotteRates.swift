/// The rates of individual boligstøtte (lov om individuel boligstøtte), in kr per year.
///
/// Year 2026: the example data's `as_of` is 2026-11-01, and the one page that states every
/// part of the calculation for one year is Ældre Sagen, "Beregning af boligstøtte" (edited
/// 14.01.2026). Each rate names its source; [est] marks the two that are not stated for 2026.
/// The 2025 figures the issue quotes (94,200 / 49,716 / 28,300, Ældre Sagen "Satser 2025") are
/// listed beside them in docs/model.md.
public struct BoligstotteRates: Hashable, Sendable {
  /// The year the rates apply to.
  public var year: Int

  // MARK: Boligsikring (lov om individuel boligstøtte § 22, § 14, § 23)

  /// § 22 stk. 1: the share of the (counted) yearly rent. 60 %.
  public var sikringRentShare: Double
  /// § 22 stk. 1: the share of household income above the threshold that is deducted. 18 %.
  public var sikringIncomeShare: Double
  /// § 22 stk. 1: income threshold (2026: 171,500 kr).
  public var sikringIncomeThreshold: Double
  /// § 22 stk. 1, 2. pkt.: threshold raised per child beyond the first, up to four children
  /// (2026: 45,200 kr).
  public var sikringThresholdPerChild: Double
  /// § 22 stk. 2: the tenant always pays at least this much of the rent (2026: 28,900 kr).
  public var sikringMinOwnPayment: Double
  /// § 23 stk. 1: highest boligsikring (2026: 50,760 kr), raised 25 % with more than four
  /// children.
  public var sikringMaxSupport: Double
  /// § 14 stk. 1: highest yearly rent counted, raised 5 % per child up to 20 %. [est] for
  /// 2026: the 2025 figure 94,200 kr (Ældre Sagen, "Satser 2025") raised by the 2.1 % that
  /// the maximum support rose from 2025 to 2026 (49,716 → 50,760), rounded to 100: 96,200 kr.
  public var sikringMaxRent: Double
  /// § 22 stk. 3: without children the support is at most 15 % of the rent, unless someone in
  /// the household receives førtidspension or seniorpension (or is severely disabled).
  public var sikringChildlessCap: Double

  // MARK: Boligydelse for folkepensionists (§ 21, § 23)

  /// § 21: the share of the yearly rent plus a supplement. 75 %.
  public var ydelseRentShare: Double
  /// § 21: the supplement added to the rent before the share (2026: 8,500 kr).
  public var ydelseRentSupplement: Double
  /// § 21: the share of household income above the threshold that is deducted. 22.5 %.
  public var ydelseIncomeShare: Double
  /// § 21: income threshold (2026: 201,400 kr).
  public var ydelseIncomeThreshold: Double
  /// § 21: threshold raised per child beyond the first, up to four (2026: 53,100 kr).
  public var ydelseThresholdPerChild: Double
  /// § 21 stk. 2: own payment at least this share of household income (11 %) …
  public var ydelseMinOwnShare: Double
  /// … and at least this amount (2026: 21,300 kr).
  public var ydelseMinOwnPayment: Double
  /// § 23: highest boligydelse (2026: 59,628 kr). No maximum for an almen bolig the kommune
  /// anvist (Ældre Sagen; § 14 stk. 4 lifts the rent maximum for the same homes).
  public var ydelseMaxSupport: Double
  /// Boligydelse under this many kr a month is not paid when first calculated (2026: 365 kr).
  public var ydelseMinimumMonthly: Double

  // MARK: Both

  /// Area counted in full for the first person, m² (Bolius; Beboerbladet: 65 m²).
  public var baseArea: Double
  /// Area counted for each further household member, m² (20 m²).
  public var areaPerExtraPerson: Double
  /// Folkepension age: from this age the citizen gets boligydelse, not boligsikring. 67, the
  /// folkepension age in 2026 (the rule; the exact age by birth year is not modelled).
  public var folkepensionAge: Int

  /// The 2026 rates (Ældre Sagen, "Beregning af boligstøtte", edited 14.01.2026, unless noted).
  public static let y2026 = BoligstotteRates(
    year: 2026,
    sikringRentShare: 0.60, sikringIncomeShare: 0.18, sikringIncomeThreshold: 171_500,
    sikringThresholdPerChild: 45_200, sikringMinOwnPayment: 28_900, sikringMaxSupport: 50_760,
    sikringMaxRent: 96_200, sikringChildlessCap: 0.15,
    ydelseRentShare: 0.75, ydelseRentSupplement: 8_500, ydelseIncomeShare: 0.225,
    ydelseIncomeThreshold: 201_400, ydelseThresholdPerChild: 53_100, ydelseMinOwnShare: 0.11,
    ydelseMinOwnPayment: 21_300, ydelseMaxSupport: 59_628, ydelseMinimumMonthly: 365,
    baseArea: 65, areaPerExtraPerson: 20, folkepensionAge: 67)

  /// The rates the simulator and the calculator use.
  public static let current = y2026
}
