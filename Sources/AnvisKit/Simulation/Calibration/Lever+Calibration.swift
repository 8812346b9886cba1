/// The range `calibrate fit` searches for a lever: only [est] levers (estimates a published
/// figure can correct) have one; policy choices and data (shares, caps, capacities) do not.
public struct FitRange: Hashable, Sendable {
  public var low: Double
  public var high: Double
  /// Whole numbers only (e.g. days).
  public var integral: Bool

  /// The value as a lever takes it: a whole number, or at most 3 decimals.
  public func text(_ x: Double) -> String {
    integral ? String(Int(x.rounded())) : NumberText.compact(x, decimals: 3)
  }

  /// `x` clamped to the range and rounded as `text` writes it.
  public func snap(_ x: Double) -> Double {
    let clamped = min(high, max(low, x))
    return Double(text(clamped)) ?? clamped
  }
}

extension Lever {
  /// [est] The levers `calibrate fit` may move and the ranges it searches: offer acceptance
  /// (no Danish figure found), the yearly rate of leaving the list by other routes, the monthly
  /// inflow (DOMAIN.md "~50 a month" is an estimate; searched from half to twice the
  /// baseline), the claim window, and the model's [est] levers after a placement (retention
  /// without support, the rent-burden effect, the delay before re-entry, the share of the
  /// kommune's turns for the homeless list, the chance of starting an education). A new [est]
  /// lever is one entry here.
  public func fitRange(baseline: Levers) -> FitRange? {
    switch self {
    case .acceptance: FitRange(low: 0.3, high: 1, integral: false)
    case .exitPerYear: FitRange(low: 0, high: 4, integral: false)
    case .inflowPerMonth:
      FitRange(low: baseline.inflowPerMonth / 2, high: max(1, baseline.inflowPerMonth * 2), integral: false)
    case .claimDays: FitRange(low: 7, high: 90, integral: true)
    case .retentionUnsupported: FitRange(low: 0.5, high: 0.95, integral: false)
    case .retentionBurdenEffect: FitRange(low: 0, high: 2, integral: false)
    case .reentryDelayDays: FitRange(low: 0, high: 365, integral: true)
    case .homelessShare: FitRange(low: 0.2, high: 1, integral: false)
    case .youthEducationStart: FitRange(low: 0, high: 1, integral: false)
    default: nil
    }
  }

  /// The levers `calibrate fit` may search, in `allCases` order.
  public static func fittable(baseline: Levers) -> [Lever] {
    allCases.filter { $0.fitRange(baseline: baseline) != nil }
  }
}

extension Levers {
  /// A numeric lever's value (nil for choices, switches and lists).
  public func number(_ lever: Lever) -> Double? { Double(text(of: lever)) }
}
