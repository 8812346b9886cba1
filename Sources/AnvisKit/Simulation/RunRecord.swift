/// What one run records; merged into the result tables in run order.
struct RunRecord: Sendable {
  struct Placement: Sendable {
    var day: Int
    var caseIndex: Int
    var unit: Int
    var waited: Int
    var breach: Bool
    /// `MatchScore.fit`, 0…1.
    var fit: Double
  }

  struct Month: Sendable {
    var housed = 0
    var waiting = 0
    var inflow = 0
    var claims = 0
    var unfilled = 0
    var exited = 0
  }

  var placements: [Placement] = []
  var months: [Month] = []
  var offers = 0
  var refusals = 0
  var claims = 0
  var unfilled = 0
  var tomgangDays = 0
  var tomgangKr = 0.0
  var waitingAtEnd = 0
  /// Cases that left the list by other routes (`exit.per_year`).
  var exited = 0
  var waitingForSupport = 0
  var supportUsed = [0, 0, 0]
  /// Cases that arrived at least 90 days before the end, and how many of them were housed
  /// within 90 days.
  var arrivals90 = 0
  var housed90 = 0
  var claimsByOrganisation: [Int] = []
  var placementsByOrganisation: [Int] = []
  /// Profiles of the cases (today's, then new arrivals), to group placements.
  var ages: [Int] = []
  var methods: [Int] = []
  var initialCases = 0
  // For `calibrate` (CalibrationMetric): vacancies that arose, per `UnitType.position` and
  // among family homes under 3,500 kr (whoever got them); each case's registration day
  // (relative to `as_of`); the cases still waiting at the end.
  var vacanciesByType = [Int](repeating: 0, count: UnitType.allCases.count)
  var cheapFamilyVacancies = 0
  var registeredDays: [Int] = []
  var waitingAtEndCases: [Int] = []
}
