import Testing

@testable import AnvisKit

/// Every chart shape as inline SVG, with its scale.
@Suite struct ChartSVGTests {
  static func count(_ svg: String, _ tag: String) -> Int { svg.components(separatedBy: tag).count - 1 }

  @Test func barsHaveOneRectEachAndAScale() {
    let svg = ChartSVG.svg(ChartSpec(title: "n", shape: .bars([.init("a", 10), .init("b", 40)])))
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""))
    #expect(Self.count(svg, "<rect ") == 2)
    #expect(svg.contains("<text class=\"tick\""))
    #expect(svg.contains(">40</text>"))
    // The longer bar is four times the shorter.
    #expect(svg.contains("width=\"420\" height=\"14\"") && svg.contains("width=\"105\" height=\"14\""))
  }

  @Test func bandsHaveALineAndADotEach() {
    let svg = ChartSVG.svg(
      ChartSpec(title: "d", shape: .bands([.init(label: "a", mean: 5, low: 2, high: 8)]), format: .rounded))
    #expect(Self.count(svg, "<circle") == 1)
    #expect(Self.count(svg, "class=\"band\"") == 1)
    #expect(svg.contains(">5  [2–8]</text>"))
    #expect(svg.contains("class=\"tick\""))
  }

  @Test func histogramsHaveAColumnPerBin() {
    let svg = ChartSVG.svg(
      ChartSpec(
        title: "h",
        shape: .histogram([.init(low: 0, high: 5, count: 3), .init(low: 5, high: 10, count: 6)])))
    #expect(Self.count(svg, "<rect ") == 2)
    #expect(svg.contains("<title>5–10: 6</title>"))
    #expect(svg.contains(">10</text>"))
  }

  @Test func linesAreAPolylineThroughTheirPointsInOrder() {
    let svg = ChartSVG.svg(
      ChartSpec(
        title: "l",
        shape: .line([.init(x: 2, y: 4), .init(x: 1, y: 0), .init(x: 3, y: 8)], xIsDate: false)))
    #expect(Self.count(svg, "<polyline") == 1)
    #expect(Self.count(svg, "<circle") == 3)
    #expect(svg.contains("points=\"64,206 274,106 484,6\""))
  }

  @Test func dateLinesLabelTheirEndsAsDates() throws {
    let a = try #require(Day(year: 2026, month: 1, day: 1)).ordinal
    let svg = ChartSVG.svg(
      ChartSpec(
        title: "l", shape: .line([.init(x: Double(a), y: 1), .init(x: Double(a + 31), y: 2)], xIsDate: true)))
    #expect(svg.contains(">2026-01-01</text>"))
    #expect(svg.contains(">2026-02-01</text>"))
  }
}
