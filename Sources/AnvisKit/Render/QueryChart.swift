/// The text chart of a query ending in `chart bar|line|hist …`, drawn from its result rows:
/// bars and histograms as `Chart.bars` draws them (so the HTML export turns them into SVG),
/// with a scale line under them; a line chart as a small plot with its axes' ranges.
public enum QueryChart {
  /// At most this many bars; the rest are counted below the chart.
  static let maximumBars = 40

  public static func text(_ table: Table, _ request: ChartRequest) -> String {
    guard let first = table.column(named: request.first) else { return "" }
    switch request.kind {
    case .bar:
      guard let name = request.second, let values = table.column(named: name) else { return "" }
      var items: [(label: String, value: Double)] = []
      var missing = 0
      for r in 0..<table.rowCount {
        guard let v = number(values[r]) else {
          missing += 1
          continue
        }
        items.append((label(first[r]), v))
      }
      return bars(title: "\(name) by \(request.first)", items, missing: missing)
    case .hist:
      return histogram(first, bins: request.bins, field: request.first)
    case .line:
      guard let name = request.second, let ys = table.column(named: name) else { return "" }
      var points: [(Double, Double)] = []
      for r in 0..<table.rowCount {
        guard let x = number(first[r]), let y = number(ys[r]) else { continue }
        points.append((x, y))
      }
      return line(points, title: "\(name) by \(request.first)", xIsDate: first.type == .date)
    }
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

  static func bars(title: String, _ all: [(label: String, value: Double)], missing: Int) -> String {
    let items = Array(all.prefix(maximumBars))
    var out = Chart.bars(title: title, items: items, format: NumberFormat.string)
    let top = items.map { abs($0.value) }.max() ?? 0
    let labelWidth = items.map(\.label.count).max() ?? 0
    // The scale: 0 where the bars start, the largest value where the longest ends.
    out += "\n  " + String(repeating: " ", count: labelWidth + 2) + "0" + String(repeating: "─", count: 28) + " "
      + NumberFormat.string(top)
    if all.count > items.count { out += "\n… \(all.count - items.count) more bars" }
    if missing > 0 { out += "\n(\(missing) \(missing == 1 ? "row" : "rows") without a value left out)" }
    return out
  }

  static func histogram(_ column: Column, bins: Int, field: String) -> String {
    var values: [Double] = []
    for r in 0..<column.count { if let v = number(column[r]) { values.append(v) } }
    let missing = column.count - values.count
    guard let lo = values.min(), let hi = values.max() else { return "\(field): no values to count" }
    let n = max(1, bins)
    let width = hi > lo ? (hi - lo) / Double(n) : 1
    var counts = [Int](repeating: 0, count: n)
    for v in values { counts[min(n - 1, Int((v - lo) / width))] += 1 }
    let items = counts.enumerated().map { k, c in
      let a = lo + Double(k) * width
      let b = k == n - 1 ? hi : lo + Double(k + 1) * width
      return (label: "\(NumberFormat.string(a))–\(NumberFormat.string(b))", value: Double(c))
    }
    return bars(title: "rows by \(field) (\(n) bins)", items, missing: missing)
  }

  static func line(_ points: [(Double, Double)], title: String, xIsDate: Bool) -> String {
    guard let x0 = points.map(\.0).min(), let x1 = points.map(\.0).max(), let y0 = points.map(\.1).min(),
      let y1 = points.map(\.1).max()
    else { return title + ": no points" }
    let width = 50
    let height = 10
    var grid = [[Character]](repeating: [Character](repeating: " ", count: width), count: height)
    for (x, y) in points {
      let c = x1 > x0 ? Int(((x - x0) / (x1 - x0) * Double(width - 1)).rounded()) : 0
      let r = y1 > y0 ? Int(((y - y0) / (y1 - y0) * Double(height - 1)).rounded()) : 0
      grid[height - 1 - r][c] = "●"
    }
    let top = NumberFormat.string(y1)
    let bottom = NumberFormat.string(y0)
    let labelWidth = max(top.count, bottom.count)
    func pad(_ s: String) -> String { String(repeating: " ", count: labelWidth - s.count) + s }
    var lines = [title]
    for (i, row) in grid.enumerated() {
      let label = i == 0 ? pad(top) : i == height - 1 ? pad(bottom) : String(repeating: " ", count: labelWidth)
      var text = String(row)
      while text.last == " " { text.removeLast() }
      lines.append("  " + label + " ┤" + text)
    }
    let xs = xIsDate ? (Day(ordinal: Int(x0)).description, Day(ordinal: Int(x1)).description)
      : (NumberFormat.string(x0), NumberFormat.string(x1))
    lines.append("  " + String(repeating: " ", count: labelWidth) + " └" + String(repeating: "─", count: width))
    let gap = max(1, width - xs.0.count - xs.1.count)
    lines.append("  " + String(repeating: " ", count: labelWidth + 2) + xs.0 + String(repeating: " ", count: gap) + xs.1)
    return lines.joined(separator: "\n")
  }
}
