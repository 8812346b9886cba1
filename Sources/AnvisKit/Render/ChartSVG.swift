/// A `ChartSpec` as inline SVG for the HTML export (no script, no external file): bars, bars to
/// the mean with their p5–p95 band, bands, a line and a histogram, each with a scale.
public enum ChartSVG {
  /// The `<svg>` element.
  public static func svg(_ chart: ChartSpec) -> String {
    switch chart.shape {
    case .bars(let bars):
      return rows(chart, bars.map { Row(label: $0.label, value: $0.value, band: nil, text: chart.text($0.value)) })
    case .meanBars(let bands):
      return rows(
        chart, bands.map { Row(label: $0.label, value: $0.mean, band: $0, text: ChartText.numbers(chart, $0)) })
    case .bands(let bands): return self.bands(chart, bands)
    case .histogram(let bins): return histogram(chart, bins)
    case .line(let points, let xIsDate): return line(chart, points, xIsDate: xIsDate)
    }
  }

  struct Row {
    var label: String
    var value: Double
    /// Drawn over the bar as a whisker from p5 to p95.
    var band: ChartSpec.Band?
    var text: String
  }

  static let rowHeight = 22
  static let barHeight = 14
  static let top = 6
  static let plotWidth = 420
  static let axisHeight = 26

  static func open(width: Int, height: Int) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"\(width)\" height=\"\(height)\""
      + " viewBox=\"0 0 \(width) \(height)\">\n"
  }

  static func labelWidth(_ labels: [String]) -> Int { min(260, 12 + 7 * (labels.map(\.count).max() ?? 0)) }

  /// Horizontal bars from 0; with a band, a whisker from p5 to p95 over the bar.
  static func rows(_ chart: ChartSpec, _ rows: [Row]) -> String {
    let labelWidth = labelWidth(rows.map(\.label))
    let valueWidth = 12 + 7 * min(40, rows.map(\.text.count).max() ?? 0)
    let width = labelWidth + plotWidth + valueWidth
    let height = top * 2 + rowHeight * rows.count + axisHeight
    let highest = rows.map { max(abs($0.value), $0.band.map { abs($0.high) } ?? 0) }.filter(\.isFinite).max() ?? 0
    let scale = ChartScale(low: 0, high: highest > 0 ? highest : 1, width: plotWidth + 1)
    func x(_ v: Double) -> Int { labelWidth + scale.column(abs(v)) }
    var out = open(width: width, height: height)
    for (i, row) in rows.enumerated() {
      let y = top + i * rowHeight
      let textY = y + barHeight - 2
      let length = x(row.value) - labelWidth
      out += "<text x=\"\(labelWidth - 8)\" y=\"\(textY)\" text-anchor=\"end\">\(MarkupText.escape(row.label))</text>"
      out += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight)\" rx=\"2\"></rect>"
      var end = labelWidth + length
      if let band = row.band {
        let mid = y + barHeight / 2
        let (a, b) = (x(band.low), max(x(band.high), x(band.low) + 1))
        out += "<line class=\"whisker\" x1=\"\(a)\" y1=\"\(mid)\" x2=\"\(b)\" y2=\"\(mid)\"></line>"
        out += "<line class=\"whisker\" x1=\"\(a)\" y1=\"\(y + 2)\" x2=\"\(a)\" y2=\"\(y + barHeight - 2)\"></line>"
        out += "<line class=\"whisker\" x1=\"\(b)\" y1=\"\(y + 2)\" x2=\"\(b)\" y2=\"\(y + barHeight - 2)\"></line>"
        end = max(end, b)
      }
      out += "<text x=\"\(end + 6)\" y=\"\(textY)\">\(MarkupText.escape(row.text))</text>\n"
    }
    out += axis(scale, left: labelWidth, y: top + rowHeight * rows.count, format: chart.text)
    return out + "</svg>"
  }

  /// p5–p95 bands: a thick line from p5 to p95 and a dot at the mean, on the text chart's axis.
  static func bands(_ chart: ChartSpec, _ bands: [ChartSpec.Band]) -> String {
    let labelWidth = labelWidth(bands.map(\.label))
    let texts = bands.map { ChartText.numbers(chart, $0) }
    let valueWidth = 24 + 7 * min(40, texts.map(\.count).max() ?? 0)
    let width = labelWidth + plotWidth + valueWidth
    let height = top * 2 + rowHeight * bands.count + axisHeight
    let range = ChartScale.bandRange(bands)
    let scale = ChartScale(low: range.lowerBound, high: range.upperBound, width: plotWidth + 1)
    func x(_ v: Double) -> Int { labelWidth + scale.column(v) }
    var out = open(width: width, height: height)
    for (i, band) in bands.enumerated() {
      let mid = top + i * rowHeight + rowHeight / 2
      out += "<text x=\"\(labelWidth - 8)\" y=\"\(mid + 4)\" text-anchor=\"end\">\(MarkupText.escape(band.label))</text>"
      out +=
        "<line class=\"band\" x1=\"\(x(band.low))\" y1=\"\(mid)\" x2=\"\(max(x(band.high), x(band.low) + 1))\" y2=\"\(mid)\"></line>"
      out += "<circle cx=\"\(x(band.mean))\" cy=\"\(mid)\" r=\"5\"></circle>"
      out += "<text x=\"\(labelWidth + plotWidth + 12)\" y=\"\(mid + 4)\">\(MarkupText.escape(texts[i]))</text>\n"
    }
    out += axis(scale, left: labelWidth, y: top + rowHeight * bands.count, format: chart.text)
    return out + "</svg>"
  }

  /// The scale under a horizontal chart: a line with a tick and its value at each round value.
  static func axis(_ scale: ChartScale, left: Int, y: Int, format: (Double) -> String) -> String {
    var out = "<line class=\"axis\" x1=\"\(left)\" y1=\"\(y)\" x2=\"\(left + scale.width - 1)\" y2=\"\(y)\"></line>"
    for tick in scale.ticks {
      let x = left + scale.column(tick)
      out += "<line class=\"axis\" x1=\"\(x)\" y1=\"\(y)\" x2=\"\(x)\" y2=\"\(y + 4)\"></line>"
      out += "<text class=\"tick\" x=\"\(x)\" y=\"\(y + 16)\" text-anchor=\"middle\">\(MarkupText.escape(format(tick)))</text>"
    }
    return out + "\n"
  }
}
