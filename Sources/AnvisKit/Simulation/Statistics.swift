/// Order statistics with one stated definition everywhere: the p-quantile of n sorted values is
/// the value at rank ⌈p·n⌉ (nearest rank), so it is always one of the values.
public enum Statistics {
  /// The p-quantile (0…1) of `values`; nan when empty.
  public static func quantile(_ values: [Double], _ p: Double) -> Double {
    quantile(sorted: values.sorted(), p)
  }

  public static func quantile(sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let rank = Int((p * Double(sorted.count)).rounded(.up))
    return sorted[min(sorted.count - 1, max(0, rank - 1))]
  }

  /// The mean; nan when empty.
  public static func mean(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    var sum = 0.0
    for v in values { sum += v }
    return sum / Double(values.count)
  }

  /// The sample variance; nan with fewer than two values.
  public static func variance(_ values: [Double]) -> Double {
    guard values.count > 1 else { return .nan }
    let m = mean(values)
    var sum = 0.0
    for v in values { sum += (v - m) * (v - m) }
    return sum / Double(values.count - 1)
  }
}

/// One metric over the runs: its value per run (nan where undefined, e.g. a median over no
/// placements) and the mean with the p5–p95 band of the defined values.
public struct MetricSummary: Hashable, Sendable {
  /// Column name in `outcomes` (snake case).
  public var key: String
  /// Label for the summary.
  public var label: String
  public var perRun: [Double]
  public var mean: Double
  public var p5: Double
  public var p95: Double
  /// Runs in which the metric was defined.
  public var runs: Int

  public init(key: String, label: String, perRun: [Double]) {
    self.key = key
    self.label = label
    self.perRun = perRun
    let defined = perRun.filter { !$0.isNaN }.sorted()
    runs = defined.count
    mean = Statistics.mean(defined)
    p5 = Statistics.quantile(sorted: defined, 0.05)
    p95 = Statistics.quantile(sorted: defined, 0.95)
  }
}
