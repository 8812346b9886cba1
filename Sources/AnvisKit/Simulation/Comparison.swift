/// `compare A B …`: the same metrics of several simulation results side by side, with each
/// scenario's difference from the first. Numbers only; `SimulationReport` draws the charts.
public struct Comparison: Sendable {
  public var scenarios: [String]
  /// The results compared, in order.
  public var results: [SimulationResult]
  /// metric, key, then `mean_<scenario>` for each scenario and `diff_<scenario>` for each after
  /// the first. Metrics no scenario gave a value in any run are not rows (see `leftOut`).
  public var table: Table
  /// Labels of the metrics without a value in any run of any scenario (nobody of that kind
  /// was housed), left out of the table.
  public var leftOut: [String]

  /// The metrics compare draws a chart for.
  public static let keyMetrics: [Metric] = [.housed, .waiting, .medianDays, .tomgangKr, .breaches]

  public init(results: [SimulationResult]) {
    self.results = results
    scenarios = results.map(\.scenario)
    let all = results.first?.metrics.map(\.metric) ?? []
    let shown = all.filter { metric in results.contains { ($0.metric(metric)?.runs ?? 0) > 0 } }
    leftOut = all.filter { !shown.contains($0) }.map { Self.label(of: $0, in: results) }
    let labels = shown.map { Self.label(of: $0, in: results) }
    var columns = [
      Column(name: "metric", storage: .string(labels)), Column(name: "key", storage: .string(shown.map(\.key))),
    ]
    var used = Set<String>()
    func columnName(_ prefix: String, _ scenario: String) -> String {
      var name = prefix + "_" + scenario.map { $0 == "-" ? "_" : $0 }.map(String.init).joined()
      while used.contains(name) { name += "_" }
      used.insert(name)
      return name
    }
    let means = results.map { r in shown.map { r.metric($0)?.mean ?? .nan } }
    for (i, r) in results.enumerated() {
      columns.append(SimulationResult.doubles(columnName("mean", r.scenario), means[i]))
    }
    for (i, r) in results.enumerated().dropFirst() {
      columns.append(
        SimulationResult.doubles(columnName("diff", r.scenario), zip(means[i], means[0]).map { $0 - $1 }))
    }
    table = Table(name: "comparison", columns: columns)
  }

  /// A metric's label, shared by every scenario: where the scenarios label it differently
  /// ("CTI places in use (of 60)" against "(of 90)"), the label without its parenthesis.
  public static func label(of metric: Metric, in results: [SimulationResult]) -> String {
    let labels = results.compactMap { $0.metric(metric)?.label }
    guard let first = labels.first else { return metric.key }
    if labels.allSatisfy({ $0 == first }) { return first }
    guard let open = first.lastIndex(of: "(") else { return first }
    return String(first[..<open]).trimmingCharacters(in: .whitespaces)
  }
}
