/// A `ChartSpec` as plain text for the terminal and transcripts: the title, one line per bar or
/// band (label, drawing, numbers) and a scale under the drawing. No colour; deterministic widths.
///
///     housed (mean, p5–p95)
///       baseline     ├──●──┤                 64  [58–71]
///       youth-first          ├───●───┤       96  [88–104]
///                    ┴─────────┴─────────┴─────────┴
///                    0        30        60        90
public enum ChartText {
  /// The chart, lines joined by newlines (no newline at the end).
  public static func render(_ chart: ChartSpec) -> String {
    var lines: [String]
    switch chart.shape {
    case .bars(let bars): lines = self.bars(chart, bars.map { ($0.label, $0.value) }, width: barWidth)
    case .meanBars(let bands): lines = meanBars(chart, bands)
    case .bands(let bands): lines = self.bands(chart, bands)
    case .histogram(let bins):
      let items = bins.map { ("\(chart.text($0.low))–\(chart.text($0.high))", Double($0.count)) }
      lines = bars(chart, items, width: barWidth, counts: true)
    case .line(let points, let xIsDate): lines = ChartText.line(chart, points, xIsDate: xIsDate)
    }
    return (lines + chart.notes).joined(separator: "\n")
  }

  static let barWidth = 30
  static let meanBarWidth = 24
  static let bandWidth = 40

  /// Bars from 0 scaled to the largest value, the value after each, a scale from 0 under them.
  static func bars(
    _ chart: ChartSpec, _ items: [(label: String, value: Double)], width: Int, counts: Bool = false
  ) -> [String] {
    let top = items.map { abs($0.value) }.max() ?? 0
    let labelWidth = items.map(\.label.count).max() ?? 0
    var lines = [chart.title]
    for item in items {
      let n = top > 0 ? Int((abs(item.value) / top * Double(width)).rounded()) : 0
      let value = counts ? NumberText.grouped(Int(item.value)) : chart.text(item.value)
      lines.append("  " + pad(item.label, labelWidth) + "  " + block(n, width) + "  " + value)
    }
    if top > 0 {
      let scale = ChartScale(low: 0, high: top, width: width + 1)
      lines += scale.lines(indent: labelWidth + 4, format: counts ? { NumberText.grouped(Int($0)) } : chart.text)
    }
    return lines
  }

  /// Bars to the mean, scaled to the largest mean, each with its p5–p95 band in numbers.
  static func meanBars(_ chart: ChartSpec, _ bands: [ChartSpec.Band]) -> [String] {
    let width = meanBarWidth
    let top = bands.map { abs($0.mean) }.max() ?? 0
    let labelWidth = bands.map(\.label.count).max() ?? 0
    var lines = [chart.title + ChartSpec.rangeSuffix]
    for band in bands {
      let n = top > 0 ? Int((abs(band.mean) / top * Double(width)).rounded()) : 0
      lines.append("  " + pad(band.label, labelWidth) + "  " + block(n, width) + "  " + numbers(chart, band))
    }
    if top > 0 {
      lines += ChartScale(low: 0, high: top, width: width + 1).lines(indent: labelWidth + 4, format: chart.text)
    }
    return lines
  }

  /// Each band as `├───●──┤` on one axis from 0 (or just below the lowest p5 when every value
  /// is far from 0) to the highest p95, its numbers after it, the axis's scale under them.
  static func bands(_ chart: ChartSpec, _ bands: [ChartSpec.Band]) -> [String] {
    let width = bandWidth
    let range = ChartScale.bandRange(bands)
    let scale = ChartScale(low: range.lowerBound, high: range.upperBound, width: width)
    let labelWidth = bands.map(\.label.count).max() ?? 0
    var lines = [chart.title + ChartSpec.rangeSuffix]
    for band in bands {
      var row = [Character](repeating: " ", count: width)
      let a = scale.column(band.low)
      let b = scale.column(band.high)
      if a < b {
        for i in a...b { row[i] = "─" }
        row[a] = "├"
        row[b] = "┤"
      }
      row[scale.column(band.mean)] = "●"
      lines.append("  " + pad(band.label, labelWidth) + "  " + String(row) + "  " + numbers(chart, band))
    }
    if !bands.isEmpty { lines += scale.lines(indent: labelWidth + 4, format: chart.text) }
    return lines
  }

  /// `64  [58–71]`.
  static func numbers(_ chart: ChartSpec, _ band: ChartSpec.Band) -> String {
    chart.text(band.mean) + "  [" + chart.text(band.low) + "–" + chart.text(band.high) + "]"
  }

  /// A small plot of the points with the y range on the left and the x range under it.
  static func line(_ chart: ChartSpec, _ points: [ChartSpec.Point], xIsDate: Bool) -> [String] {
    guard let x0 = points.map(\.x).min(), let x1 = points.map(\.x).max(), let y0 = points.map(\.y).min(),
      let y1 = points.map(\.y).max()
    else { return [chart.title + ": no points"] }
    let width = 50
    let height = 10
    var grid = [[Character]](repeating: [Character](repeating: " ", count: width), count: height)
    for p in points {
      let c = x1 > x0 ? Int(((p.x - x0) / (x1 - x0) * Double(width - 1)).rounded()) : 0
      let r = y1 > y0 ? Int(((p.y - y0) / (y1 - y0) * Double(height - 1)).rounded()) : 0
      grid[height - 1 - r][c] = "●"
    }
    let top = chart.text(y1)
    let bottom = chart.text(y0)
    let labelWidth = max(top.count, bottom.count)
    func pad(_ s: String) -> String { String(repeating: " ", count: labelWidth - s.count) + s }
    var lines = [chart.title]
    for (i, row) in grid.enumerated() {
      let label = i == 0 ? pad(top) : i == height - 1 ? pad(bottom) : String(repeating: " ", count: labelWidth)
      var text = String(row)
      while text.last == " " { text.removeLast() }
      lines.append("  " + label + " ┤" + text)
    }
    let xs = (ChartText.xLabel(x0, xIsDate: xIsDate, chart), ChartText.xLabel(x1, xIsDate: xIsDate, chart))
    lines.append("  " + String(repeating: " ", count: labelWidth) + " └" + String(repeating: "─", count: width))
    let gap = max(1, width - xs.0.count - xs.1.count)
    lines.append(
      "  " + String(repeating: " ", count: labelWidth + 2) + xs.0 + String(repeating: " ", count: gap) + xs.1)
    return lines
  }

  /// An x value: a date when x holds day ordinals.
  static func xLabel(_ x: Double, xIsDate: Bool, _ chart: ChartSpec) -> String {
    xIsDate ? Day(ordinal: Int(x)).description : chart.text(x)
  }

  static func block(_ n: Int, _ width: Int) -> String {
    String(repeating: "█", count: max(0, n)) + String(repeating: " ", count: max(0, width - n))
  }

  static func pad(_ s: String, _ width: Int) -> String {
    s + String(repeating: " ", count: max(0, width - s.count))
  }
}
