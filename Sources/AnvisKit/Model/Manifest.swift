/// The data set's manifest (`anvis.toml`): its name, the day it describes, flow parameters
/// for the simulator and the baseline values of the levers.
public struct Manifest: Hashable, Sendable {
  public var name: String
  /// "Today" for every computation: waiting days, vacancy age, simulation start.
  public var asOf: Day
  public var flow: Flow
  public var levers: LeverDefaults

  public init(name: String, asOf: Day, flow: Flow = Flow(), levers: LeverDefaults = LeverDefaults()) {
    self.name = name
    self.asOf = asOf
    self.flow = flow
    self.levers = levers
  }

  /// How the world moves while a simulation runs.
  public struct Flow: Hashable, Sendable {
    /// Yearly share of units of each type that fall vacant (fraflytning), e.g. family 0.104.
    public var turnover: [UnitType: Double]
    /// Optional yearly turnover per rooms band (`[flow.turnover.family]` with `rooms_1 = 0.155`,
    /// …): (rooms, rate) sorted by rooms. A unit takes the band of the most rooms not above its
    /// own (the smallest band if it has fewer rooms); a type listed here ignores `turnover`.
    public var turnoverByRooms: [UnitType: [RoomsBand]] = [:]

    /// Yearly turnover of one rooms band.
    public struct RoomsBand: Hashable, Sendable {
      public var rooms: Int
      public var rate: Double
      public init(rooms: Int, rate: Double) {
        self.rooms = rooms
        self.rate = rate
      }
    }

    /// The yearly turnover of a unit of `type` with `rooms` rooms.
    public func turnover(_ type: UnitType, rooms: Int) -> Double {
      guard let bands = turnoverByRooms[type], let first = bands.first else { return turnover[type] ?? 0 }
      return bands.last { $0.rooms <= rooms }?.rate ?? first.rate
    }
    /// New cases per month.
    public var inflowPerMonth: Double
    /// [est] Yearly rate at which a waiting case leaves the list by other routes (its own
    /// rental, family, treatment, moving away); fitted by `calibrate fit` (docs/model.md).
    public var exitPerYear: Double
    /// Probability that a citizen accepts an offer.
    public var acceptance: Double
    /// Days a claimed unit stays with the kommune before it goes back to the organisation.
    public var claimDays: Int

    public init(
      turnover: [UnitType: Double] = Flow.defaultTurnover, turnoverByRooms: [UnitType: [RoomsBand]] = [:],
      inflowPerMonth: Double = 50, exitPerYear: Double = 1.5, acceptance: Double = 0.8, claimDays: Int = 30
    ) {
      self.exitPerYear = exitPerYear
      self.turnover = turnover
      self.turnoverByRooms = turnoverByRooms
      self.inflowPerMonth = inflowPerMonth
      self.acceptance = acceptance
      self.claimDays = claimDays
    }

    /// LBF 2020:7: family 10.4 %, youth 39.9 % a year; the rest are estimates.
    public static let defaultTurnover: [UnitType: Double] = [
      .family: 0.104, .youth: 0.399, .senior: 0.08, .skaev: 0.05, .shared_room: 0.25, .transition: 0.3,
    ]

    /// Family turnover by rooms [est in the split, sourced in the sum]: LBF 2020:7 finds
    /// turnover highest in small dwellings; 1-room homes (nearly all the family homes under
    /// 3,500 kr) at 15.5 % reproduce BL's Aalborg case (354 lettings of 2,248 cheap family homes
    /// in 2021, 15.7 %), and the bands average 10.4 % over an Aalborg-like rooms mix (LBF 2020:7).
    public static let defaultFamilyTurnoverByRooms: [RoomsBand] = [
      RoomsBand(rooms: 1, rate: 0.155), RoomsBand(rooms: 2, rate: 0.108), RoomsBand(rooms: 3, rate: 0.094),
      RoomsBand(rooms: 4, rate: 0.09), RoomsBand(rooms: 5, rate: 0.085),
    ]
  }

  /// Baseline lever values kept in the manifest; the simulator's levers start from these.
  public struct LeverDefaults: Hashable, Sendable {
    /// Default kommunal anvisning share of family vacancies (§ 59 stk. 1 allows up to 25 %; a
    /// higher share rests on an agreement, as Aalborg's 27 %).
    public var anvisningShare: Double
    /// Rent a citizen can pay under the fixed-cap rule, kr per month.
    public var rentCap: Double
    public var youthClaim: Bool
    public var areaRestrictions: Bool
    /// Baselines of the numeric model levers, by lever name (`retention.supported`); a lever
    /// not here keeps its default (`ModelLevers`).
    public var numbers: [String: Double] = [:]
    /// The agreement terms in force (`agreement_support_response_days`, `agreement_guarantee`,
    /// `agreement_contact`); none by default: the data's shares and exemptions as they are.
    public var agreement = AgreementTerms()
    /// `senior_for_homeless`: ældreboliger offered to homeless citizens (default false, § 57).
    public var seniorForHomeless = false

    public init(
      anvisningShare: Double = 0.27, rentCap: Double = 3500, youthClaim: Bool = false,
      areaRestrictions: Bool = true
    ) {
      self.anvisningShare = anvisningShare
      self.rentCap = rentCap
      self.youthClaim = youthClaim
      self.areaRestrictions = areaRestrictions
    }
  }
}
