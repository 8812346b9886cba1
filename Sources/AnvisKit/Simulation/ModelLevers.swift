/// The numeric levers of what happens after a placement and around the kommune's turns:
/// tenancies that last or fail, guarantees, other claims on the turns, the youth study check.
/// Each lever's range, baseline and meaning are declared once here (`spec`), and both `set`
/// and the manifest's `[levers]` table check values against them. See docs/model.md.
public struct ModelLevers: Hashable, Sendable {
  /// Share of tenancies still standing after 12 months with support in place throughout.
  public var retentionSupported: Double
  /// The same without support (never supported, or after support ended) [est].
  public var retentionUnsupported: Double
  /// Rise in the loss hazard per 10 points of income that the net rent takes above 25 % [est].
  public var burdenEffect: Double
  /// Days from a lost tenancy to the citizen's return to the list [est].
  public var reentryDelayDays: Double
  /// Rent arrears the kommune's guarantee pays when a tenancy is lost, kr [est].
  public var arrearsKr: Double
  /// Istandsættelse the kommune's guarantee pays when a tenancy is lost, kr [est].
  public var restorationKr: Double
  /// Share of the kommune's turns that go to the homeless list; the rest meet other needs [est].
  public var homelessShare: Double
  /// Months from the start of a youth tenancy to its study check.
  public var studyCheckMonths: Double
  /// Chance that a young person placed under the dispensation has started an education by the
  /// check [est].
  public var educationStart: Double

  /// A lever's range, baseline and meaning.
  public struct Spec {
    public var range: ClosedRange<Double>
    public var baseline: Double
    public var whole: Bool
    public var what: String
    public var meaning: String
    let path: WritableKeyPath<ModelLevers, Double>
  }

  /// The levers this struct holds, in `Lever` order.
  public static let levers: [Lever] = [
    .retentionSupported, .retentionUnsupported, .retentionBurdenEffect, .reentryDelayDays,
    .guaranteeArrearsKr, .guaranteeRestorationKr, .homelessShare, .youthStudyCheckMonths,
    .youthEducationStart,
  ]

  // swift-format-ignore
  /// Ranges, baselines and meanings; the sources and arithmetic are in docs/model.md.
  public static func spec(_ lever: Lever) -> Spec? {
    switch lever {
    case .retentionSupported:
      Spec(range: 0.01...1, baseline: 0.93, whole: false, what: "a share",
        meaning: "share of tenancies kept 12 months with support in place (0.93: 90 % over 18 months, 80 % over 3 years, Socialstyrelsen; hjemtilalle.dk)",
        path: \.retentionSupported)
    case .retentionUnsupported:
      Spec(range: 0.01...1, baseline: 0.80, whole: false, what: "a share",
        meaning: "share of tenancies kept 12 months without support (none, or after it ended) [est]",
        path: \.retentionUnsupported)
    case .retentionBurdenEffect:
      Spec(range: 0...10, baseline: 0.25, whole: false, what: "a factor",
        meaning: "rise of the loss hazard per 10 points of income the net rent takes above 25 % [est]",
        path: \.burdenEffect)
    case .reentryDelayDays:
      Spec(range: 0...3650, baseline: 60, whole: true, what: "days",
        meaning: "days from a lost tenancy to the citizen's return to the list [est]",
        path: \.reentryDelayDays)
    case .guaranteeArrearsKr:
      Spec(range: 0...1_000_000, baseline: 10_000, whole: false, what: "kr",
        meaning: "rent arrears the kommune pays for a lost tenancy when agreement.guarantee covers them, kr [est]",
        path: \.arrearsKr)
    case .guaranteeRestorationKr:
      Spec(range: 0...1_000_000, baseline: 15_000, whole: false, what: "kr",
        meaning: "istandsættelse the kommune pays for a lost tenancy (its duty for a home it placed someone in), kr [est]",
        path: \.restorationKr)
    case .homelessShare:
      Spec(range: 0...1, baseline: 0.7, whole: false, what: "a share",
        meaning: "share of the kommune's turns that go to the homeless list; the rest meet other urgent needs [est]",
        path: \.homelessShare)
    case .youthStudyCheckMonths:
      Spec(range: 1...120, baseline: 12, whole: true, what: "months",
        meaning: "months from a youth tenancy's start to its study check (local agreement)",
        path: \.studyCheckMonths)
    case .youthEducationStart:
      Spec(range: 0...1, baseline: 0.3, whole: false, what: "a share",
        meaning: "chance a young person placed under the dispensation is in education by the check [est]",
        path: \.educationStart)
    default: nil
    }
  }

  /// Every lever at its baseline.
  public init() { self.init(baselines: [:]) }

  /// Baselines, with the manifest's values (by lever name) where it has them.
  public init(baselines: [String: Double]) {
    retentionSupported = 0
    retentionUnsupported = 0
    burdenEffect = 0
    reentryDelayDays = 0
    arrearsKr = 0
    restorationKr = 0
    homelessShare = 0
    studyCheckMonths = 0
    educationStart = 0
    for lever in Self.levers {
      guard let spec = Self.spec(lever) else { continue }
      self[keyPath: spec.path] = baselines[lever.name] ?? spec.baseline
    }
  }

  /// The manifest key of a lever (`retention_supported`, `anvisning_homeless_share`).
  public static func manifestKey(_ lever: Lever) -> String {
    String(lever.name.map { $0 == "." ? "_" : $0 })
  }

  func text(of lever: Lever) -> String {
    guard let spec = Self.spec(lever) else { return "" }
    return NumberText.compact(self[keyPath: spec.path])
  }

  mutating func set(_ lever: Lever, to text: String) throws(SimulationError) {
    guard let spec = Self.spec(lever) else { return }
    let value: Double
    if spec.what == "a share" {
      value = try Levers.fraction(text)
      guard spec.range.contains(value) else {
        throw SimulationError.leverValue(
          "expected a share from \(NumberText.compact(spec.range.lowerBound)) to 1, found \(text)")
      }
    } else if spec.whole {
      value = Double(
        try Levers.count(text, min: Int(spec.range.lowerBound), max: Int(spec.range.upperBound)))
    } else {
      value = try Levers.number(
        text, min: spec.range.lowerBound, max: spec.range.upperBound, what: spec.what)
    }
    self[keyPath: spec.path] = value
  }

  mutating func reset(_ lever: Lever, to baseline: ModelLevers) {
    guard let spec = Self.spec(lever) else { return }
    self[keyPath: spec.path] = baseline[keyPath: spec.path]
  }
}
