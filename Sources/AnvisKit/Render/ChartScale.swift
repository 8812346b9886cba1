/// The scale under a text chart: an axis from `low` to `high` over `width` columns with round
/// ticks (1, 2, 2.5 or 5 times a power of ten), and the ticks' values under it.
///
///     ┴─────────┴─────────┴─────────┴
///     0        30        60        90
struct ChartScale {
  var low: Double
  var high: Double
  var width: Int

  init(low: Double, high: Double, width: Int) {
    self.low = low
    self.high = max(high, low + 1e-9)
    self.width = max(2, width)
  }

  /// The column (0-based) of `x`.
  func column(_ x: Double) -> Int {
    min(width - 1, max(0, Int(((x - low) / (high - low) * Double(width - 1)).rounded())))
  }

  /// Round values inside the range, about four steps apart.
  var ticks: [Double] {
    let step = ChartScale.niceStep((high - low) / 4)
    guard step > 0, step.isFinite else { return [low, high] }
    var k = (low / step).rounded(.up)
    var out: [Double] = []
    while k * step <= high + step * 1e-9, out.count < 20 {
      out.append(k * step == 0 ? 0 : k * step)
      k += 1
    }
    return out
  }

  /// The axis line and the labels line, each after `indent` blanks.
  func lines(indent: Int, format: (Double) -> String) -> [String] {
    var axis = [Character](repeating: "─", count: width)
    var labels = [Character](repeating: " ", count: width + 12)
    var free = 0
    for tick in ticks {
      let c = column(tick)
      axis[c] = "┴"
      let text = Array(format(tick))
      let start = max(free, c - text.count / 2)
      // A label that would run into the one before it, or far past the axis, is left out.
      guard start <= c, start + text.count <= labels.count else { continue }
      for (i, ch) in text.enumerated() { labels[start + i] = ch }
      free = start + text.count + 1
    }
    var label = String(labels)
    while label.last == " " { label.removeLast() }
    let pad = String(repeating: " ", count: indent)
    return [pad + String(axis), pad + label]
  }

  /// The axis a band chart uses: from 0 when the values are near it, else from just below the
  /// lowest p5 (a band should be visible), to the highest p95.
  static func bandRange(_ bands: [ChartSpec.Band]) -> ClosedRange<Double> {
    let lowest = bands.map(\.low).filter(\.isFinite).min() ?? 0
    let highest = bands.map(\.high).filter(\.isFinite).max() ?? 1
    let lo = lowest <= 0 || lowest < 0.25 * highest ? min(0, lowest) : lowest - 0.05 * (highest - lowest)
    return lo...max(lo + 1e-9, highest)
  }

  /// The smallest of 1, 2, 2.5, 5 times a power of ten that is at least `raw` (computed by
  /// multiplying, so every machine gets the same steps).
  static func niceStep(_ raw: Double) -> Double {
    guard raw > 0, raw.isFinite else { return 0 }
    var magnitude = 1.0
    while magnitude * 10 <= raw { magnitude *= 10 }
    while magnitude > raw { magnitude /= 10 }
    for factor in [1.0, 2, 2.5, 5, 10] where factor * magnitude >= raw * (1 - 1e-12) {
      return factor * magnitude
    }
    return 10 * magnitude
  }
}
