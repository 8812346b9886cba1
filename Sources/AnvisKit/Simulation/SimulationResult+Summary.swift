extension SimulationResult {
  /// The summary printed after `simulate`: one line per metric, mean and p5–p95 band.
  public var summaryLines: [String] {
    var lines = [
      "scenario \(scenario): \(months) month\(months == 1 ? "" : "s") × \(runs) run\(runs == 1 ? "" : "s"), seed \(seed)"
    ]
    let width = metrics.map(\.label.count).max() ?? 0
    for m in metrics {
      let value: String
      if m.runs == 0 {
        value = "–"
      } else {
        value =
          Self.format(m.mean, key: m.key, mean: true) + "  [" + Self.format(m.p5, key: m.key) + "–"
          + Self.format(m.p95, key: m.key) + "]"
      }
      lines.append("  " + Chart.pad(m.label, width) + "  " + value)
    }
    if let breaches = metric("breaches") {
      lines.append(
        breaches.mean == 0
          ? "§ 59 stk. 6–7: no placement broke the area rules"
          : "§ 59 stk. 6–7: \(Self.format(breaches.mean, key: "breaches", mean: true)) placements a run broke the area rules (area.restrictions off)"
      )
    }
    return lines
  }

  /// Charts that say more than the numbers: days to a home by age band and by need.
  public var charts: [String] {
    var out = [String]()
    let ageItems = Self.ageBands.compactMap { band -> Chart.Band? in
      guard let m = metric("median_days_\(band.key)"), m.runs > 0 else { return nil }
      return Chart.Band(label: band.label, mean: m.mean, low: m.p5, high: m.p95)
    }
    if !ageItems.isEmpty { out.append(Chart.bands(title: "median days to a home by age", items: ageItems)) }
    let needItems = ["CTI", "ICM", "ACT", "none"].compactMap { need -> Chart.Band? in
      guard let m = metric("median_days_\(need)"), m.runs > 0 else { return nil }
      return Chart.Band(label: need, mean: m.mean, low: m.p5, high: m.p95)
    }
    if !needItems.isEmpty {
      out.append(Chart.bands(title: "median days to a home by need", items: needItems))
    }
    // Fair share: each organisation's share of the placements against its share of the claims.
    if let ids = organisations.column(named: "organisation"),
      let placed = organisations.column(named: "share_of_placements"),
      let claimed = organisations.column(named: "share_of_claims"), organisations.rowCount > 0
    {
      let items = (0..<organisations.rowCount).map { r -> (label: String, value: Double) in
        guard case .double(let p) = placed[r], case .double(let c) = claimed[r] else {
          return (ids[r].description, 0)
        }
        return ("\(ids[r].description) (claims \(NumberText.fixed(c * 100, decimals: 1)) %)", p * 100)
      }
      out.append(
        Chart.bars(
          title: "share of placements by organisation, %", items: items, width: 24,
          format: { NumberText.fixed($0, decimals: 1) }))
    }
    return out
  }

  /// Shares in per cent, kr grouped, means with one decimal (grouped whole numbers from 1,000),
  /// band ends (which are run values) as they are.
  static func format(_ x: Double, key: String, mean: Bool = false) -> String {
    guard x.isFinite else { return "–" }
    if key.hasSuffix("share") || key == "retained_12m" {
      return NumberText.fixed(x * 100, decimals: 1) + " %"
    }
    if key.hasSuffix("_kr") { return NumberText.grouped(Int(x.rounded())) + " kr" }
    if key.hasPrefix("turnover_") { return NumberText.fixed(x * 100, decimals: 1) + " %" }
    if abs(x) >= 1000 || (!mean && x == x.rounded()) { return NumberText.grouped(Int(x.rounded())) }
    return NumberText.fixed(x, decimals: 1)
  }
}
