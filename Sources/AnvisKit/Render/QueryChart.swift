/// The chart of a query ending in `chart bar|line|hist …`, as a value built from its result rows;
/// `ChartText` draws it in table mode and `ChartSVG` in the HTML export.
public enum QueryChart {
  /// At most this many bars; the rest are counted below the chart.
  static let maximumBars = 40

  public static func spec(_ table: Table, _ request: ChartRequest) -> ChartSpec {
    let first = table.column(named: request.first)
    switch request.kind {
    case .bar:
      let name = request.second ?? ""
      guard let first, let values = table.column(named: name) else { return empty("\(name) by \(request.first)") }
      var bars: [ChartSpec.Bar] = []
      var missing = 0
      for r in 0..<table.rowCount {
        guard let v = number(values[r]) else {
          missing += 1
          continue
        }
        bars.append(ChartSpec.Bar(label(first[r]), v))
      }
      var notes: [String] = []
      if bars.count > maximumBars { notes.append("… \(bars.count - maximumBars) more bars") }
      if missing > 0 { notes.append(leftOut(missing)) }
      return ChartSpec(
        title: "\(name) by \(request.first)", shape: .bars(Array(bars.prefix(maximumBars))), notes: notes)
    case .hist:
      guard let first else { return empty("rows by \(request.first)") }
      return histogram(first, bins: request.bins, field: request.first)
    case .line:
      let name = request.second ?? ""
      guard let first, let ys = table.column(named: name) else { return empty("\(name) by \(request.first)") }
      var points: [ChartSpec.Point] = []
      for r in 0..<table.rowCount {
        guard let x = number(first[r]), let y = number(ys[r]) else { continue }
        points.append(ChartSpec.Point(x: x, y: y))
      }
      let missing = table.rowCount - points.count
      return ChartSpec(
        title: "\(name) by \(request.first)", shape: .line(points, xIsDate: first.type == .date),
        notes: missing > 0 ? [leftOut(missing)] : [])
    }
  }

  static func empty(_ title: String) -> ChartSpec { ChartSpec(title: title, shape: .bars([])) }

  static func leftOut(_ missing: Int) -> String {
    "(\(missing) \(missing == 1 ? "row" : "rows") without a value left out)"
  }

  static func number(_ v: Value) -> Double? {
    switch v {
    case .int(let i): Double(i)
    case .double(let d): d.isFinite ? d : nil
    case .date(let d): Double(d.ordinal)
    default: nil
    }
  }

  static func label(_ v: Value) -> String {
    switch v {
    case .missing: "(missing)"
    case .double(let d): NumberFormat.string(d)
    default: v.description
    }
  }

  static func histogram(_ column: Column, bins: Int, field: String) -> ChartSpec {
    var values: [Double] = []
    for r in 0..<column.count { if let v = number(column[r]) { values.append(v) } }
    let missing = column.count - values.count
    let n = max(1, bins)
    let title = "rows by \(field) (\(n) bins)"
    guard let lo = values.min(), let hi = values.max() else {
      return ChartSpec(title: title, shape: .histogram([]), notes: ["\(field): no values to count"])
    }
    let width = hi > lo ? (hi - lo) / Double(n) : 1
    var counts = [Int](repeating: 0, count: n)
    for v in values { counts[min(n - 1, Int((v - lo) / width))] += 1 }
    let result = counts.enumerated().map { k, c in
      ChartSpec.Bin(low: lo + Double(k) * width, high: k == n - 1 ? hi : lo + Double(k + 1) * width, count: c)
    }
    return ChartSpec(title: title, shape: .histogram(result), notes: missing > 0 ? [leftOut(missing)] : [])
  }
}
