/// The two charts with a vertical value axis: a histogram (columns side by side) and a line
/// (points joined in x order), each with its y scale on the left and its x range underneath.
extension ChartSVG {
  static let plotHeight = 200
  static let gutter = 64

  static func histogram(_ chart: ChartSpec, _ bins: [ChartSpec.Bin]) -> String {
    let width = gutter + plotWidth + 24
    let height = top + plotHeight + axisHeight + 8
    let highest = Double(bins.map(\.count).max() ?? 0)
    let y = ChartScale(low: 0, high: highest > 0 ? highest : 1, width: plotHeight + 1)
    let bottom = top + plotHeight
    var out = open(width: width, height: height)
    out += yAxis(y, bottom: bottom) { NumberText.grouped(Int($0)) }
    let columnWidth = bins.isEmpty ? 0 : plotWidth / bins.count
    for (i, bin) in bins.enumerated() {
      let h = y.column(Double(bin.count))
      let x = gutter + i * columnWidth
      out += "<rect x=\"\(x + 1)\" y=\"\(bottom - h)\" width=\"\(max(1, columnWidth - 2))\" height=\"\(h)\">"
      out += "<title>\(MarkupText.escape("\(chart.text(bin.low))–\(chart.text(bin.high)): \(bin.count)"))</title></rect>\n"
    }
    if let first = bins.first, let last = bins.last {
      out += xLabels(chart.text(first.low), chart.text(last.high), bottom: bottom, right: gutter + columnWidth * bins.count)
    }
    return out + "</svg>"
  }

  static func line(_ chart: ChartSpec, _ points: [ChartSpec.Point], xIsDate: Bool) -> String {
    let width = gutter + plotWidth + 24
    let height = top + plotHeight + axisHeight + 8
    guard let x0 = points.map(\.x).min(), let x1 = points.map(\.x).max(), let y0 = points.map(\.y).min(),
      let y1 = points.map(\.y).max()
    else { return open(width: width, height: height) + "</svg>" }
    let lowY = min(0, y0)
    let y = ChartScale(low: lowY, high: y1 > lowY ? y1 : lowY + 1, width: plotHeight + 1)
    let x = ChartScale(low: x0, high: x1 > x0 ? x1 : x0 + 1, width: plotWidth + 1)
    let bottom = top + plotHeight
    var out = open(width: width, height: height)
    out += yAxis(y, bottom: bottom, format: chart.text)
    let sorted = points.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
    let coordinates = sorted.map { "\(gutter + x.column($0.x)),\(bottom - y.column($0.y))" }
    out += "<polyline class=\"line\" points=\"\(coordinates.joined(separator: " "))\"></polyline>\n"
    for (p, c) in zip(sorted, coordinates) {
      let xy = c.split(separator: ",")
      out += "<circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"3\">"
      out += "<title>\(MarkupText.escape(ChartText.xLabel(p.x, xIsDate: xIsDate, chart) + ": " + chart.text(p.y)))</title></circle>\n"
    }
    out += xLabels(
      ChartText.xLabel(x0, xIsDate: xIsDate, chart), ChartText.xLabel(x1, xIsDate: xIsDate, chart), bottom: bottom,
      right: gutter + plotWidth)
    return out + "</svg>"
  }

  /// The y axis on the left: a line with a tick and its value at each round value.
  static func yAxis(_ scale: ChartScale, bottom: Int, format: (Double) -> String) -> String {
    var out = "<line class=\"axis\" x1=\"\(gutter)\" y1=\"\(bottom - scale.width + 1)\" x2=\"\(gutter)\" y2=\"\(bottom)\"></line>"
    out += "<line class=\"axis\" x1=\"\(gutter)\" y1=\"\(bottom)\" x2=\"\(gutter + plotWidth)\" y2=\"\(bottom)\"></line>"
    for tick in scale.ticks {
      let y = bottom - scale.column(tick)
      out += "<line class=\"axis\" x1=\"\(gutter - 4)\" y1=\"\(y)\" x2=\"\(gutter)\" y2=\"\(y)\"></line>"
      out += "<text class=\"tick\" x=\"\(gutter - 8)\" y=\"\(y + 4)\" text-anchor=\"end\">\(MarkupText.escape(format(tick)))</text>"
    }
    return out + "\n"
  }

  /// The lowest and highest x under the axis's two ends.
  static func xLabels(_ low: String, _ high: String, bottom: Int, right: Int) -> String {
    "<text class=\"tick\" x=\"\(gutter)\" y=\"\(bottom + 16)\">\(MarkupText.escape(low))</text>"
      + "<text class=\"tick\" x=\"\(right)\" y=\"\(bottom + 16)\" text-anchor=\"end\">\(MarkupText.escape(high))</text>\n"
  }
}
