/// What the kommune's side of a placement costs, for the `costs` table. Every rate is an
/// estimate [est]; docs/model.md gives the reasoning and where to find better figures
/// (Rambøll 2013, "Samfundsøkonomisk analyse af metoder i Hjemløsestrategien"; VIVE's SØM prices).
enum CostRates {
  /// [est] Kr per support place per month, CTI, ICM, ACT: a worker at about 50,000 kr a month
  /// with overhead over the caseloads of DOMAIN.md (CTI 1:10, ICM 1:12); ACT's team adds
  /// psychiatry and addiction treatment, about 1:8 at a higher cost per worker.
  static let supportPerPlaceMonth = [5_000.0, 4_200.0, 9_000.0]
  /// [est] Kr per night in a § 110 shelter paid by the kommune (the resident's own payment is
  /// 87 kr a night, BEK nr. 1244 af 13/11/2017 § 2; the kommune's takst is many times that).
  static let shelterNight = 1_000.0

  /// Support cost for `days` days of method `m`.
  static func support(days: Int, method m: Int) -> Double {
    Double(days) * supportPerPlaceMonth[m] * 12 / 365
  }
}
