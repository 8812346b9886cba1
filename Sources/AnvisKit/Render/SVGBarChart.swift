/// A horizontal bar chart as inline SVG (no script, no external file): one bar per text bar,
/// labels on the left, values on the right, lengths from the text chart's block counts.
public enum SVGBarChart {
  /// The `<svg>` element.
  public static func svg(_ bars: [ChartBar]) -> String {
    let rowHeight = 22, barHeight = 14, top = 6
    let labelWidth = min(260, 12 + 7 * (bars.map(\.label.count).max() ?? 0))
    let plotWidth = 420, valueWidth = 12 + 7 * min(30, bars.map(\.value.count).max() ?? 0)
    let width = labelWidth + plotWidth + valueWidth
    let height = top * 2 + rowHeight * bars.count
    let longest = max(1, bars.map(\.eighths).max() ?? 1)
    var out =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"\(width)\" height=\"\(height)\""
    out += " viewBox=\"0 0 \(width) \(height)\">\n"
    for (i, bar) in bars.enumerated() {
      let y = top + i * rowHeight
      let length = max(bar.eighths > 0 ? 1 : 0, plotWidth * bar.eighths / longest)
      let textY = y + barHeight - 2
      out +=
        "<text x=\"\(labelWidth - 8)\" y=\"\(textY)\" text-anchor=\"end\">\(HTMLText.escape(bar.label))</text>"
      out +=
        "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight)\" rx=\"2\"></rect>"
      out += "<text x=\"\(labelWidth + length + 6)\" y=\"\(textY)\">\(HTMLText.escape(bar.value))</text>\n"
    }
    return out + "</svg>"
  }
}

extension SVGBarChart {
  /// p5–p95 bands as inline SVG: a thick line from p5 to p95 and a dot at the mean, on one axis
  /// from 0 (or just below the lowest p5) to the highest p95, as the text chart draws them.
  public static func svg(_ bands: [ChartBand]) -> String {
    let rowHeight = 22, top = 6, plotWidth = 420
    let labelWidth = min(260, 12 + 7 * (bands.map(\.label.count).max() ?? 0))
    let valueWidth =
      24 + 7 * min(40, bands.map { $0.meanText.count + $0.lowText.count + $0.highText.count + 4 }.max() ?? 0)
    let width = labelWidth + plotWidth + valueWidth
    let height = top * 2 + rowHeight * bands.count
    let lowest = bands.map(\.low).min() ?? 0
    let highest = bands.map(\.high).max() ?? 1
    let lo = lowest <= 0 || lowest < 0.25 * highest ? min(0, lowest) : lowest - 0.05 * (highest - lowest)
    let hi = max(lo + 1e-9, highest)
    func x(_ v: Double) -> Int { labelWidth + Int(((v - lo) / (hi - lo) * Double(plotWidth)).rounded()) }
    var out =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"\(width)\" height=\"\(height)\""
    out += " viewBox=\"0 0 \(width) \(height)\">\n"
    out +=
      "<line class=\"axis\" x1=\"\(labelWidth)\" y1=\"\(top)\" x2=\"\(labelWidth)\" y2=\"\(height - top)\"></line>\n"
    for (i, band) in bands.enumerated() {
      let mid = top + i * rowHeight + rowHeight / 2
      out +=
        "<text x=\"\(labelWidth - 8)\" y=\"\(mid + 4)\" text-anchor=\"end\">\(HTMLText.escape(band.label))</text>"
      out +=
        "<line class=\"band\" x1=\"\(x(band.low))\" y1=\"\(mid)\" x2=\"\(max(x(band.high), x(band.low) + 1))\" y2=\"\(mid)\"></line>"
      out += "<circle cx=\"\(x(band.mean))\" cy=\"\(mid)\" r=\"5\"></circle>"
      let label = "\(band.meanText)  [\(band.lowText)–\(band.highText)]"
      out += "<text x=\"\(labelWidth + plotWidth + 12)\" y=\"\(mid + 4)\">\(HTMLText.escape(label))</text>\n"
    }
    return out + "</svg>"
  }
}
