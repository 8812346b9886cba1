/// The values a numeric lever may take. One definition per lever, used by `set` and by the
/// manifest (`claim_days`, `inflow_per_month`, …), so a data set cannot hold a value that
/// `set` would refuse.
public enum LeverRange: Hashable, Sendable {
  /// A whole number in the range.
  case whole(ClosedRange<Int>)
  /// Any number in the range.
  case number(ClosedRange<Double>)

  /// The range as a person reads it: `from 1 to 3650`.
  public var phrase: String {
    switch self {
    case .whole(let r): "from \(r.lowerBound) to \(r.upperBound)"
    case .number(let r): "from \(NumberText.compact(r.lowerBound)) to \(NumberText.compact(r.upperBound))"
    }
  }

  /// Whether `x` lies in the range (a whole range also needs a whole number).
  public func contains(_ x: Double) -> Bool {
    switch self {
    case .whole(let r): x == x.rounded() && x >= Double(r.lowerBound) && x <= Double(r.upperBound)
    case .number(let r): r.contains(x)
    }
  }
}

extension Lever {
  /// Most places, units or placements a count lever takes.
  static let largestCount = 10_000_000

  /// Most new cases a month. The simulator's work grows faster than the cases waiting: one
  /// 12-month run on aalborg took 3.3 s at 1,000 a month, 14 s at 3,000 and 111 s at 10,000
  /// (debug build, 2026-12-06); at 5,000 it took 37 s, under a minute. The national preset
  /// draws 1,035 a month, Aalborg about 50.
  public static let largestInflow = 5_000.0

  /// The values this lever may take; nil for the levers that are not numbers.
  public var range: LeverRange? {
    switch self {
    case .anvisningShare, .rentShare, .acceptance: .number(0...1)
    case .rentCap: .number(0...1_000_000)
    case .supportCTI, .supportICM, .supportACT, .deptCap, .rentReductionUnits: .whole(0...Lever.largestCount)
    case .refusalLimit: .whole(1...1_000)
    case .claimDays: .whole(1...3650)
    case .inflowPerMonth: .number(0...Lever.largestInflow)
    case .exitPerYear: .number(0...100)
    case .skaevNew: .whole(0...100_000)
    case .retentionSupported, .retentionUnsupported, .retentionBurdenEffect, .reentryDelayDays,
      .guaranteeArrearsKr, .guaranteeRestorationKr, .homelessShare, .youthStudyCheckMonths,
      .youthEducationStart:
      ModelLevers.spec(self).map { spec in
        spec.whole
          ? .whole(Int(spec.range.lowerBound)...Int(spec.range.upperBound)) : .number(spec.range)
      }
    case .agreementResponseDays: .whole(AgreementTerms.responseDaysRange)
    case .youthClaim, .areaRestrictions, .exemptDepartments, .rentRule, .policy, .refusal, .agreementGuarantee,
      .agreementContact, .seniorForHomeless:
      nil
    }
  }
}
