/// Which vacancies are the kommune's to claim: each organisation puts every n-th vacancy at the
/// kommune's disposal, by its share.
///
/// - family units: the organisation's `anvisning.share` (§ 59 stk. 1 up to 25 %, more by agreement);
/// - youth units: every 4th (a local agreement with the organisations), only with `youth.claim` on;
/// - senior, skæve boliger, shared rooms, transition units: the kommune lets them itself (all;
///   ældreboliger go to homeless cases only under `senior.for_homeless`, § 57);
/// - units in exempt departments: none.
///
/// A credit per organisation (and per family/youth) grows by the share at each vacancy and the
/// kommune's turn comes when it reaches 1; it starts at ½ so that k vacancies give round(k ×
/// share) turns. Whether the kommune then claims the unit (someone on its list may take it) is
/// the caller's decision; a turn not used is gone, as under a real rota.
struct ClaimRota: Sendable {
  static let youthShare = 0.25
  var familyCredit: [Double]
  var youthCredit: [Double]
  let familyShare: [Double]
  let youthEnabled: Bool

  init(dataset: Dataset, levers: Levers) {
    familyShare = dataset.organisations.map { min(1, max(0, levers.share(of: $0))) } + [1]
    familyCredit = [Double](repeating: 0.5, count: familyShare.count)
    youthCredit = familyCredit
    youthEnabled = levers.youthClaim
  }

  /// Registers a vacancy of unit `u`; true when it is the kommune's turn to claim it.
  mutating func isKommunesTurn(_ u: Int, stock: Stock) -> Bool {
    if stock.exempt[u] { return false }
    let o = stock.organisation[u]
    switch stock.type[u] {
    case .family:
      familyCredit[o] += familyShare[o]
      guard familyCredit[o] >= 1 - 1e-9 else { return false }
      familyCredit[o] -= 1
      return true
    case .youth:
      guard youthEnabled else { return false }
      youthCredit[o] += ClaimRota.youthShare
      guard youthCredit[o] >= 1 - 1e-9 else { return false }
      youthCredit[o] -= 1
      return true
    case .senior, .skaev, .shared_room, .transition:
      return true
    }
  }
}
