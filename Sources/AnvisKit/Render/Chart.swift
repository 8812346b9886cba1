/// Small text charts for the shell: horizontal bars and p5–p95 bands. Plain characters,
/// deterministic widths, no colour (the renderer may add it).
public enum Chart {
  /// A value with its p5–p95 band.
  public struct Band: Hashable, Sendable {
    public var label: String
    public var mean: Double
    public var low: Double
    public var high: Double

    public init(label: String, mean: Double, low: Double, high: Double) {
      self.label = label
      self.mean = mean
      self.low = low
      self.high = high
    }
  }

  /// Horizontal bars scaled to the largest value:
  ///
  ///     housed
  ///       baseline     ████████████         64
  ///       youth-first  ██████████████████   96
  public static func bars(
    title: String, items: [(label: String, value: Double)], width: Int = 30,
    format: (Double) -> String = Chart.number
  ) -> String {
    let top = items.map { abs($0.value) }.max() ?? 0
    let labelWidth = items.map(\.label.count).max() ?? 0
    var lines = [title]
    for item in items {
      let n = top > 0 ? Int((abs(item.value) / top * Double(width)).rounded()) : 0
      let bar = String(repeating: "█", count: n) + String(repeating: " ", count: width - n)
      lines.append("  " + pad(item.label, labelWidth) + "  " + bar + "  " + format(item.value))
    }
    return lines.joined(separator: "\n")
  }

  /// Bars to the mean, scaled to the largest mean, each with its p5–p95 band in numbers:
  ///
  ///     housed (mean, p5–p95)
  ///       baseline     ███████████████           46.3  [37–56]
  ///       youth-first  ████████████████████████  80.7  [69–87]
  public static func meanBars(title: String, items: [Band], width: Int = 24) -> String {
    let top = items.map { abs($0.mean) }.max() ?? 0
    let labelWidth = items.map(\.label.count).max() ?? 0
    var lines = [title + " (mean, p5–p95)"]
    for item in items {
      let n = top > 0 ? Int((abs(item.mean) / top * Double(width)).rounded()) : 0
      let bar = String(repeating: "█", count: n) + String(repeating: " ", count: width - n)
      lines.append(
        "  " + pad(item.label, labelWidth) + "  " + bar + "  " + number(item.mean) + "  [" + number(item.low)
          + "–"
          + number(item.high) + "]")
    }
    return lines.joined(separator: "\n")
  }

  /// One line per item: the p5–p95 band as `├───┤` with the mean as `●`, on a shared axis from
  /// 0 (or just below the lowest p5 when all values are far from 0) to the highest p95:
  ///
  ///     housed (mean, p5–p95)
  ///       baseline     ├──●──┤                 64  [58–71]
  public static func bands(title: String, items: [Band], width: Int = 40) -> String {
    // From 0 when the values are near it, else from the lowest p5: a band should be visible.
    let lowest = items.map(\.low).min() ?? 0
    let highest = items.map(\.high).max() ?? 1
    let lo = lowest <= 0 || lowest < 0.25 * highest ? min(0, lowest) : lowest - 0.05 * (highest - lowest)
    let hi = max(lo + 1e-9, highest)
    let labelWidth = items.map(\.label.count).max() ?? 0
    func position(_ x: Double) -> Int {
      min(width - 1, max(0, Int(((x - lo) / (hi - lo) * Double(width - 1)).rounded())))
    }
    var lines = [title + " (mean, p5–p95)"]
    for item in items {
      var row = [Character](repeating: " ", count: width)
      let a = position(item.low)
      let b = position(item.high)
      if a < b {
        for i in a...b { row[i] = "─" }
        row[a] = "├"
        row[b] = "┤"
      }
      row[position(item.mean)] = "●"
      lines.append(
        "  " + pad(item.label, labelWidth) + "  " + String(row) + "  " + number(item.mean) + "  ["
          + number(item.low) + "–" + number(item.high) + "]")
    }
    return lines.joined(separator: "\n")
  }

  static func pad(_ s: String, _ width: Int) -> String {
    s + String(repeating: " ", count: max(0, width - s.count))
  }

  /// Whole numbers grouped (12,345); small fractions with up to 3 decimals.
  public static func number(_ x: Double) -> String {
    guard x.isFinite else { return "–" }
    if abs(x) >= 100 || x == x.rounded() { return NumberText.grouped(Int(x.rounded())) }
    return NumberText.compact(x, decimals: abs(x) < 1 ? 3 : 1)
  }
}
