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
  public var metric: Metric
  /// Column name in `outcomes` (snake case).
  public var key: String { metric.key }
  /// Label for the summary.
  public var label: String
  public var perRun: [Double]
  public var mean: Double
  public var p5: Double
  public var p95: Double
  /// Runs in which the metric was defined.
  public var runs: Int

  public init(_ metric: Metric, label: String, perRun: [Double]) {
    self.metric = metric
    self.label = label
    self.perRun = perRun
    (mean, p5, p95, runs) = Statistics.band(perRun)
  }
}

extension Statistics {
  /// The mean and p5–p95 band of the defined values (nan ones left out), and how many there are.
  static func band(_ values: [Double]) -> (mean: Double, p5: Double, p95: Double, count: Int) {
    let defined = values.filter { !$0.isNaN }.sorted()
    return (mean(defined), quantile(sorted: defined, 0.05), quantile(sorted: defined, 0.95), defined.count)
  }
}
