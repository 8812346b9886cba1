import AnvisKit
import Foundation
import TestSupport
import Testing

/// The HTML export looks right in a real browser: headless Chromium renders it to a PNG that is
/// not blank, and its DOM holds the tables and charts.
@Suite(.enabled(if: RequiredTool.runs(HeadlessChromium.isInstalled), "chromium is not installed (apt-get install chromium)"))
struct ExportHTMLTests {
  init() throws {
    try #require(HeadlessChromium.isInstalled, "chromium is not installed (apt-get install chromium)")
  }

  static let session = ExportedSession(
    header: TranscriptHeader(
      name: "render-check", dataFolder: "examples/aalborg", seed: 7, date: "2026-11-01"),
    steps: [
      .init(
        narration: ["Which organisations have the most units?"],
        command: "units | count by organisation | take 3",
        items: [
          .table(
            Table(
              name: "result",
              columns: [
                Column(name: "organisation", storage: .string(["org-1", "org-2", "org-3"])),
                Column(name: "count", storage: .int([4120, 3311, 2907])),
              ]))
        ]),
      .init(
        narration: ["Housed within a year, by scenario."], command: "compare baseline youth-first",
        items: [
          .chart(
            ChartSpec(
              title: "housed",
              shape: .meanBars([
                .init(label: "baseline", mean: 120, low: 110, high: 131),
                .init(label: "youth-first", mean: 145, low: 133, high: 158),
              ]), format: .rounded)),
          .chart(
            ChartSpec(
              title: "median days to a home by age",
              shape: .bands([
                .init(label: "18–24", mean: 143, low: 98, high: 200),
                .init(label: "30+", mean: 706, low: 595, high: 739),
              ]), format: .rounded)),
        ]),
      .init(
        narration: ["Placements per month."], command: "placements | count by month | chart line month, count",
        items: [
          .chart(
            ChartSpec(
              title: "count by month",
              shape: .line([.init(x: 1, y: 12), .init(x: 2, y: 18), .init(x: 3, y: 9)], xIsDate: false))),
          .chart(
            ChartSpec(
              title: "rows by rent (2 bins)",
              shape: .histogram([.init(low: 0, high: 5000, count: 30), .init(low: 5000, high: 10000, count: 12)]))),
        ]),
    ])

  @Test func rendersNonBlankWithTablesAndCharts() throws {
    let scratch = NSTemporaryDirectory() + "anvis-html-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let html = scratch + "/page.html"
    try TranscriptHTML.page(Self.session).write(toFile: html, atomically: true, encoding: .utf8)
    try Self.expectRenders(html, scratch: scratch, header: "count", chart: true)
  }

  /// Shared with the end-to-end export test: screenshot not blank, DOM has table and svg.
  static func expectRenders(_ html: String, scratch: String, header: String, chart: Bool = false) throws {
    let png = scratch + "/shot.png"
    try HeadlessChromium.screenshot(html, to: png, scratch: scratch)
    #expect(FileManager.default.fileExists(atPath: png), "chromium wrote no screenshot")
    let stats = try HeadlessChromium.pixelStats(png)
    #expect(stats.width == 1000 && stats.height == 1400)
    // Text, the command bars, table borders and chart bars: well over 1 % of the page is ink.
    #expect(stats.inked > stats.width * stats.height / 100, "screenshot looks blank: \(stats)")
    #expect(stats.colours > 10, "too few colours for text and charts: \(stats)")
    let dom = try HeadlessChromium.dom(html, scratch: scratch)
    #expect(dom.contains("<table>"))
    #expect(dom.contains("<th class=\"num\">\(header)</th>"))
    if chart {
      #expect(dom.contains("<svg"))
      #expect(dom.contains("<rect"))
      #expect(dom.contains("<circle"))
      #expect(dom.contains("<figcaption>housed (mean, p5–p95)</figcaption>"))
      #expect(dom.contains("class=\"whisker\""), "compare's bars draw their p5–p95 band")
      #expect(dom.contains("<polyline"), "chart line is drawn")
      #expect(dom.contains("<figcaption>rows by rent (2 bins)</figcaption>"))
    }
  }
}
