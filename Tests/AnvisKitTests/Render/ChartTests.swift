import Testing

@testable import AnvisKit

@Suite struct ChartTests {
  @Test func barsScaleToTheLargestValue() {
    let text = Chart.bars(title: "housed", items: [("base", 50), ("youth", 100)], width: 10)
    #expect(text == "housed\n  base   █████       50\n  youth  ██████████  100")
  }

  @Test func bandsMarkMeanAndBand() {
    let text = Chart.bands(
      title: "days", items: [Chart.Band(label: "a", mean: 5, low: 0, high: 10)], width: 11)
    #expect(text == "days (mean, p5–p95)\n  a  ├────●────┤  5  [0–10]")
  }
}
