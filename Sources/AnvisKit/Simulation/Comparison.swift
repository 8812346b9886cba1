/// `compare A B …`: the same metrics of several simulation results side by side, with each
/// scenario's difference from the first.
public struct Comparison: Sendable {
  public var scenarios: [String]
  /// metric, key, then `mean_<scenario>` for each scenario and `diff_<scenario>` for each after
  /// the first.
  public var table: Table
  /// Bar charts of the key metrics (bars to the means, p5–p95 bands in numbers), one per metric.
  public var charts: [String]

  /// The metrics compare draws a chart for.
  public static let keyMetrics = ["housed", "waiting", "median_days", "tomgang_kr", "breaches"]

  public init(results: [SimulationResult]) {
    scenarios = results.map(\.scenario)
    let keys = results.first?.metrics.map(\.key) ?? []
    let labels = results.first?.metrics.map(\.label) ?? []
    var columns = [
      Column(name: "metric", storage: .string(labels)), Column(name: "key", storage: .string(keys)),
    ]
    var used = Set<String>()
    func columnName(_ prefix: String, _ scenario: String) -> String {
      var name = prefix + "_" + scenario.map { $0 == "-" ? "_" : $0 }.map(String.init).joined()
      while used.contains(name) { name += "_" }
      used.insert(name)
      return name
    }
    let means = results.map { r in keys.map { r.metric($0)?.mean ?? .nan } }
    for (i, r) in results.enumerated() {
      columns.append(SimulationResult.doubles(columnName("mean", r.scenario), means[i]))
    }
    for (i, r) in results.enumerated().dropFirst() {
      columns.append(
        SimulationResult.doubles(columnName("diff", r.scenario), zip(means[i], means[0]).map { $0 - $1 }))
    }
    table = Table(name: "comparison", columns: columns)
    charts = Self.keyMetrics.compactMap { key -> String? in
      let items = results.compactMap { r -> Chart.Band? in
        guard let m = r.metric(key), !m.mean.isNaN else { return nil }
        return Chart.Band(label: r.scenario, mean: m.mean, low: m.p5, high: m.p95)
      }
      guard items.count == results.count, let label = results.first?.metric(key)?.label else { return nil }
      return Chart.meanBars(title: label, items: items)
    }
  }
}
