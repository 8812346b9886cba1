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
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"\(width)\" height=\"\(height)\""
    out += " viewBox=\"0 0 \(width) \(height)\">\n"
    for (i, bar) in bars.enumerated() {
      let y = top + i * rowHeight
      let length = max(bar.eighths > 0 ? 1 : 0, plotWidth * bar.eighths / longest)
      let textY = y + barHeight - 2
      out += "<text x=\"\(labelWidth - 8)\" y=\"\(textY)\" text-anchor=\"end\">\(HTMLText.escape(bar.label))</text>"
      out += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight)\" rx=\"2\"></rect>"
      out += "<text x=\"\(labelWidth + length + 6)\" y=\"\(textY)\">\(HTMLText.escape(bar.value))</text>\n"
    }
    return out + "</svg>"
  }
}

/// Escaping for HTML text and attribute values.
public enum HTMLText {
  /// `&`, `<`, `>`, `"` and `'` as entities.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(c)
      }
    }
    return out
  }
}
