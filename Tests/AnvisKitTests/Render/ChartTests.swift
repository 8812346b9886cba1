import Testing

@testable import AnvisKit

/// Text charts from `ChartSpec` values: bars, bars to the mean, bands, histograms and lines,
/// each with its scale.
@Suite struct ChartTextTests {
  @Test func barsScaleToTheLargestValueWithAScaleFromZero() {
    let chart = ChartSpec(title: "housed", shape: .bars([.init("base", 50), .init("youth", 100)]))
    let lines = ChartText.render(chart).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "housed")
    #expect(lines[1] == "  base   " + String(repeating: "█", count: 15) + String(repeating: " ", count: 15) + "  50")
    #expect(lines[2] == "  youth  " + String(repeating: "█", count: 30) + "  100")
    // The scale: ticks at 0, 25, 50, 75 and 100 under the bars, 100 where the longest bar ends.
    #expect(lines[3].hasPrefix("         ┴"))
    #expect(lines[3].filter { $0 == "┴" }.count == 5)
    #expect(Array(lines[3])[9 + 30] == "┴")
    #expect(lines[4].hasPrefix("         0"))
    #expect(lines[4].hasSuffix("100"))
  }

  @Test func meanBarsShowTheBandInNumbers() {
    let chart = ChartSpec(
      title: "housed",
      shape: .meanBars([
        .init(label: "base", mean: 40, low: 30, high: 50), .init(label: "youth", mean: 80, low: 70, high: 90),
      ]), format: .rounded)
    let lines = ChartText.render(chart).split(separator: "\n")
    #expect(lines[0] == "housed (mean, p5–p95)")
    #expect(lines[1].hasPrefix("  base   " + String(repeating: "█", count: 12) + " "))
    #expect(lines[1].hasSuffix("  40  [30–50]"))
    #expect(lines[2].hasSuffix("  80  [70–90]"))
    #expect(lines.count == 5, "title, two bars, axis, labels")
  }

  @Test func bandsMarkMeanAndBandOnAnAxisWithItsScale() {
    let chart = ChartSpec(
      title: "days", shape: .bands([.init(label: "a", mean: 20, low: 0, high: 40)]), format: .rounded)
    let lines = ChartText.render(chart).split(separator: "\n").map(String.init)
    #expect(lines[0] == "days (mean, p5–p95)")
    let row = Array(lines[1])
    #expect(row[5] == "├" && row[5 + 39] == "┤")
    #expect(row.filter { $0 == "●" }.count == 1)
    #expect(lines[1].hasSuffix("  20  [0–40]"))
    // 0, 10, 20, 30 and 40 on the axis: the ends of the band are on ticks.
    let axis = Array(lines[2])
    #expect(axis[5] == "┴" && axis[5 + 39] == "┴")
    #expect(axis.filter { $0 == "┴" }.count == 5)
    #expect(lines[3].hasPrefix("     0"))
    #expect(lines[3].hasSuffix("40"))
  }

  @Test func niceStepsAreRound() {
    #expect(ChartScale.niceStep(23) == 25)
    #expect(ChartScale.niceStep(0.3) == 0.5)
    #expect(ChartScale.niceStep(1000) == 1000)
    #expect(ChartScale.niceStep(1400) == 2000)
    #expect(ChartScale(low: 587, high: 745, width: 40).ticks == [600, 650, 700])
  }

  @Test func histogramsCountPerBinAndNoteTheLeftOut() {
    let table = Table(
      name: "t", columns: [Column(name: "x", storage: .int([1, 2, 2, 3, 9, 10]))])
    let spec = QueryChart.spec(table, ChartRequest(kind: .hist, first: "x", second: nil, bins: 3))
    guard case .histogram(let bins) = spec.shape else {
      Issue.record("not a histogram")
      return
    }
    #expect(bins.map(\.count) == [4, 0, 2])
    #expect(bins.first?.low == 1 && bins.last?.high == 10)
    let text = ChartText.render(spec)
    #expect(text.hasPrefix("rows by x (3 bins)\n  1–4  "))
    #expect(text.contains("┴"))
  }

  @Test func lineChartsShowTheirRanges() {
    let chart = ChartSpec(
      title: "count by month", shape: .line([.init(x: 1, y: 5), .init(x: 3, y: 9), .init(x: 2, y: 7)], xIsDate: false))
    let lines = ChartText.render(chart).split(separator: "\n").map(String.init)
    #expect(lines[1].hasPrefix("  9 ┤"))
    #expect(lines[10].hasPrefix("  5 ┤●"))
    #expect(lines.last?.hasPrefix("     1") == true && lines.last?.hasSuffix("3") == true)
  }
}
