/// What `simulate` and `compare` show, built from their numbers: the summary as a `MetricList`
/// and the charts as `ChartSpec`s. The one place simulation numbers become words.
public enum SimulationReport {
  /// One line per metric with a value in some run (mean and p5–p95 band); the metrics no run
  /// gave a value (nobody of that kind was housed) are named in a note instead.
  public static func summary(_ result: SimulationResult) -> MetricList {
    let r = result
    let title =
      "scenario \(r.scenario): \(r.months) month\(r.months == 1 ? "" : "s") × \(r.runs) run\(r.runs == 1 ? "" : "s"), seed \(r.seed)"
    var rows: [MetricList.Row] = []
    var empty: [String] = []
    for m in r.metrics {
      guard m.runs > 0 else {
        empty.append(m.label)
        continue
      }
      rows.append(
        MetricList.Row(
          label: m.label, value: format(m.mean, m.metric, mean: true),
          band: format(m.p5, m.metric) + "–" + format(m.p95, m.metric)))
    }
    var notes: [String] = []
    if !empty.isEmpty { notes.append(leftOutNote(empty)) }
    if let breaches = r.metric(.breaches) {
      notes.append(
        breaches.mean == 0
          ? "§ 59 stk. 6–7: no placement broke the area rules"
          : "§ 59 stk. 6–7: \(format(breaches.mean, .breaches, mean: true)) placements a run broke the area rules (area.restrictions off)"
      )
    }
    return MetricList(title: title, rows: rows, notes: notes)
  }

  /// `(left out, no value in any run: median days, need none; …)`.
  static func leftOutNote(_ labels: [String]) -> String {
    "(left out, no value in any run: " + labels.joined(separator: "; ") + ")"
  }

  /// Charts that say more than the numbers: days to a home by age band and by need, and each
  /// organisation's share of the placements against its share of the claims.
  public static func charts(_ result: SimulationResult) -> [ChartSpec] {
    var out = [ChartSpec]()
    let ageBands = AgeBand.allCases.compactMap { band in
      self.band(result, .medianDaysAge(band), label: band.label)
    }
    if !ageBands.isEmpty {
      out.append(ChartSpec(title: "median days to a home by age", shape: .bands(ageBands), format: .rounded))
    }
    var notHoused: [String] = []
    let needBands = SupportNeed.allCases.compactMap { need -> ChartSpec.Band? in
      let band = self.band(result, .medianDaysNeed(need), label: need.rawValue)
      if band == nil { notHoused.append(need.rawValue) }
      return band
    }
    if !needBands.isEmpty {
      let notes = notHoused.isEmpty ? [] : ["(need \(notHoused.joined(separator: ", ")): nobody housed in any run, left out)"]
      out.append(
        ChartSpec(title: "median days to a home by need", shape: .bands(needBands), format: .rounded, notes: notes))
    }
    let o = result.organisations
    if let ids = o.column(named: "organisation"), let placed = o.column(named: "share_of_placements"),
      let claimed = o.column(named: "share_of_claims"), o.rowCount > 0
    {
      let bars = (0..<o.rowCount).map { r -> ChartSpec.Bar in
        guard case .double(let p) = placed[r], case .double(let c) = claimed[r] else {
          return ChartSpec.Bar(ids[r].description, 0)
        }
        return ChartSpec.Bar("\(ids[r].description) (claims \(NumberText.fixed(c * 100, decimals: 1)) %)", p * 100)
      }
      out.append(ChartSpec(title: "share of placements by organisation, %", shape: .bars(bars), format: .fixed(1)))
    }
    return out
  }

  static func band(_ result: SimulationResult, _ metric: Metric, label: String) -> ChartSpec.Band? {
    guard let m = result.metric(metric), m.runs > 0, !m.mean.isNaN else { return nil }
    return ChartSpec.Band(label: label, mean: m.mean, low: m.p5, high: m.p95)
  }

  /// Shares in per cent, kr grouped, means with one decimal (grouped whole numbers from 1,000),
  /// band ends (which are run values) as they are.
  static func format(_ x: Double, _ metric: Metric, mean: Bool = false) -> String {
    guard x.isFinite else { return "–" }
    switch metric.kind {
    case .share: return NumberText.fixed(x * 100, decimals: 1) + " %"
    case .kroner: return NumberText.grouped(Int(x.rounded())) + " kr"
    case .number: break
    }
    if abs(x) >= 1000 || (!mean && x == x.rounded()) { return NumberText.grouped(Int(x.rounded())) }
    return NumberText.fixed(x, decimals: 1)
  }
}

extension SimulationReport {
  /// compare's charts: for each key metric, bars to each scenario's mean with its p5–p95 band.
  public static func charts(_ comparison: Comparison) -> [ChartSpec] {
    let results = comparison.results
    guard !results.isEmpty else { return [] }
    return Comparison.keyMetrics.compactMap { metric -> ChartSpec? in
      let bands = results.compactMap { r -> ChartSpec.Band? in
        guard let m = r.metric(metric), !m.mean.isNaN else { return nil }
        return ChartSpec.Band(label: r.scenario, mean: m.mean, low: m.p5, high: m.p95)
      }
      guard bands.count == results.count else { return nil }
      return ChartSpec(title: Comparison.label(of: metric, in: results), shape: .meanBars(bands), format: .rounded)
    }
  }

  /// The note compare adds when metrics were left out of its table.
  public static func leftOut(_ comparison: Comparison) -> String? {
    comparison.leftOut.isEmpty ? nil : leftOutNote(comparison.leftOut)
  }
}
