import Testing

@testable import AnvisKit

@Suite struct ChartTests {
  @Test func barsScaleToTheLargestValue() {
    let text = Chart.bars(title: "housed", items: [("base", 50), ("youth", 100)], width: 10)
    #expect(text == "housed\n  base   █████       50\n  youth  ██████████  100")
  }

  @Test func meanBarsShowTheBandInNumbers() {
    let text = Chart.meanBars(
      title: "housed",
      items: [
        Chart.Band(label: "base", mean: 40, low: 30, high: 50),
        Chart.Band(label: "youth", mean: 80, low: 70, high: 90),
      ], width: 8)
    #expect(text == "housed (mean, p5–p95)\n  base   ████      40  [30–50]\n  youth  ████████  80  [70–90]")
  }

  @Test func bandsMarkMeanAndBand() {
    let text = Chart.bands(
      title: "days", items: [Chart.Band(label: "a", mean: 5, low: 0, high: 10)], width: 11)
    #expect(text == "days (mean, p5–p95)\n  a  ├────●────┤  5  [0–10]")
  }
}
