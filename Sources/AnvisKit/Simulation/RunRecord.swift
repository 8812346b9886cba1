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

  /// A tenancy the kommune's placement started.
  struct Tenancy: Sendable {
    var caseIndex: Int
    var unit: Int
    var start: Int
    /// Day it ended, or -1 while it stands.
    var end = -1
    var outcome = TenancyOutcome.kept
    /// CTI 0, ICM 1, ACT 2, none -1.
    var method: Int
    /// Day support ended (or ends, if within the horizon), -1: none or after the horizon.
    var supportEnd = -1
    /// Daily loss hazard factor of the home and its rent (`TenancyHazard.factor`).
    var factor = 1.0
    /// Let under the youth dispensation: a study check is due.
    var youthCheck = false
    /// The case came from a § 110 shelter (for shelter nights avoided).
    var fromShelter = false
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
  /// The same for 120 days (Ankestyrelsen 2021: about 45 % of shelter residents ready to move
  /// had stayed under 4 months).
  var arrivals120 = 0
  var housed120 = 0
  /// Days to a home of the cases that arrived during the run.
  var newCaseWaits: [Int] = []
  var claimsByOrganisation: [Int] = []
  var placementsByOrganisation: [Int] = []
  /// Profiles of the cases (today's, then new arrivals), to group placements.
  var ages: [Int] = []
  var methods: [Int] = []
  var initialCases = 0

  var tenancies: [Tenancy] = []
  /// Lost tenancies whose citizen came back to the list within the horizon.
  var reentries = 0
  /// Guarantees paid for lost tenancies (arrears + istandsættelse), kr.
  var guaranteeKr = 0.0
  /// The kommune's family turns that went to other urgent needs (`anvisning.homeless_share`).
  var turnsOther = 0
  /// Of those, the turns on family homes under 3,500 kr (lettings through kommunal anvisning).
  var cheapFamilyTurnsOther = 0
  /// Turns for the homeless list that nobody on it could take.
  var turnsUnused = 0
  /// Vacancies per unit type (turnover and ended tenancies; not today's vacant units).
  var vacanciesByType = [Int](repeating: 0, count: UnitType.allCases.count)
  /// Vacancies of family homes under 3,500 kr.
  var cheapFamilyVacancies = 0
  var youthPlaced = 0
  var youthRehoused = 0
  /// What the kommune paid to move young people after a failed study check, kr.
  var youthMoveKr = 0.0
  /// Days of support delivered in tenancies within the horizon, per method.
  var supportDays = [0, 0, 0]
  /// Nights housed within the horizon of citizens who came from a § 110 shelter.
  var shelterNightsAvoided = 0
  /// For `calibrate` (CalibrationMetric): each case's registration day (relative to `as_of`)
  /// and the cases still waiting at the end.
  var registeredDays: [Int] = []
  var waitingAtEndCases: [Int] = []
}
