/// The terms the kommune offers the housing organisations (tryghed), and how they move the
/// organisations' willingness to let homes to homeless citizens.
///
/// The seed's point is that organisations open more homes when the kommune is visibly present:
/// it answers quickly when a placed tenant struggles, covers what a tenancy that fails costs,
/// and gives them a named person to call. No Danish study puts numbers on this, so the whole
/// response is [est], monotone and documented in docs/model.md:
///
/// - points: guarantee none 0, arrears 1, arrears+restoration 2; a named contact 1; support
///   response 2 × (30 − days) / 30 for a promise of `days` (0…30; longer or off: 0). At most 5.
/// - share: each organisation's agreed share rises by 1 percentage point per point, to at most
///   50 %; a share set by hand (`anvisning.share`) is taken as given.
/// - exemptions: only a guarantee makes an organisation open a friholdt department (it is
///   friholdt because losses there are feared); with one, 10 % of the data's friholdte
///   departments outside § 59 stk. 6–7 areas are released per point (at most half of them),
///   first in id order. Without a guarantee the data's exemptions stand. Terms never exempt more.
/// - cost: a response promise reserves support places (2.5 % of each method's capacity per
///   response point, rounded up); the guarantees are paid per lost tenancy (`guaranteeCovers`).
public struct AgreementTerms: Hashable, Sendable {
  /// What the kommune guarantees the organisation when a tenancy it placed fails.
  public enum Guarantee: String, CaseIterable, Hashable, Sendable {
    /// Nothing beyond what the law already obliges.
    case none
    /// Rent arrears.
    case arrears
    /// Rent arrears and restoration (istandsættelse) of the home.
    case arrearsRestoration = "arrears+restoration"
  }

  /// Days within which the kommune's support answers an organisation's call; nil: no promise.
  public var supportResponseDays: Int?
  public var guarantee: Guarantee
  /// A named contact person at the kommune.
  public var contact: Bool

  public init(supportResponseDays: Int? = nil, guarantee: Guarantee = .none, contact: Bool = false) {
    self.supportResponseDays = supportResponseDays
    self.guarantee = guarantee
    self.contact = contact
  }

  /// The range `agreement.support_response_days` accepts, in `set` and in the manifest.
  public static let responseDaysRange = 0...365
  /// [est] Promises slower than this many days earn no points.
  public static let responseHorizonDays = 30.0
  /// [est] Share points per term point.
  public static let sharePerPoint = 0.01
  /// [est] The terms never lift an organisation's share above this.
  public static let shareCeiling = 0.50
  /// [est] Share of the data's releasable exemptions released per point, and at most.
  public static let releasePerPoint = 0.10
  public static let releaseCeiling = 0.50
  /// [est] Share of each method's support capacity held free per response point.
  public static let reservePerResponsePoint = 0.025

  /// Points for the support response promise, 0…2.
  public var responsePoints: Double {
    guard let days = supportResponseDays else { return 0 }
    return max(0, min(2, 2 * (Self.responseHorizonDays - Double(days)) / Self.responseHorizonDays))
  }

  /// Points for the guarantee, 0…2.
  public var guaranteePoints: Double {
    switch guarantee {
    case .none: 0
    case .arrears: 1
    case .arrearsRestoration: 2
    }
  }

  /// All points, 0…5.
  public var points: Double { responsePoints + guaranteePoints + (contact ? 1 : 0) }

  /// An organisation's share under the terms, from its agreed share: never lower than agreed.
  public func share(agreed: Double) -> Double {
    max(agreed, min(Self.shareCeiling, agreed + Self.sharePerPoint * points))
  }

  /// Share of the releasable exempt departments the terms release, 0…0.5; 0 without a guarantee.
  public var releaseFraction: Double {
    guarantee == .none ? 0 : min(Self.releaseCeiling, Self.releasePerPoint * points)
  }

  /// Indexes of the data's friholdte departments that the terms open for anvisning: those
  /// outside § 59 stk. 6–7 areas, the first `releaseFraction` of them in id order.
  public func releasedDepartments(in dataset: Dataset) -> Set<Int> {
    let releasable = dataset.departments.indices.filter { d in
      let status = dataset.areas[dataset.departmentArea[d]].status
      return dataset.departments[d].exempt && !status.isRestrictedStk6 && !status.isPreventionStk7
    }.sorted { dataset.departments[$0].id < dataset.departments[$1].id }
    let n = Int((Double(releasable.count) * releaseFraction).rounded(.down))
    return Set(releasable.prefix(n))
  }

  /// Support places a method holds free to keep the response promise (rounded up).
  public func reservedPlaces(capacity: Int) -> Int {
    let share = Self.reservePerResponsePoint * responsePoints
    guard share > 0, capacity > 0 else { return 0 }
    return Int((Double(capacity) * share).rounded(.up))
  }

  /// What the kommune pays the organisation when a tenancy it placed is lost, kr, given the
  /// arrears and the restoration cost of that tenancy.
  public func guaranteeCovers(arrears: Double, restoration: Double) -> Double {
    switch guarantee {
    case .none: 0
    case .arrears: max(0, arrears)
    case .arrearsRestoration: max(0, arrears) + max(0, restoration)
    }
  }

  /// The terms in a few words, for `why`.
  public var text: String {
    let days = supportResponseDays.map { "support answers within \($0) days" } ?? "no response promise"
    return "\(days), guarantee \(guarantee.rawValue), contact \(contact ? "named" : "none")"
  }
}
