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

  static let transcript = Transcript(
    header: TranscriptHeader(
      name: "render-check", dataFolder: "examples/aalborg", seed: 7, date: "2026-11-01"),
    steps: [
      TranscriptStep(
        narration: ["Which organisations have the most units?"],
        command: "units | count by organisation | take 3",
        output: [
          "organisation  count", "------------  -----", "org-1          4120", "org-2          3311",
          "org-3          2907",
        ]
        .map { TranscriptLine($0) }),
      TranscriptStep(
        narration: ["Housed within a year, by scenario."], command: "compare baseline youth-first",
        output: [
          "housed", "  baseline     ████████████                    120",
          "  youth-first  ██████████████████████████████  145", "", "housed (mean, p5–p95)",
          "  baseline     ├──●──┤                 120  [110–131]",
          "  youth-first        ├───●───┤         145  [133–158]",
        ].map { TranscriptLine($0) }),
    ])

  @Test func rendersNonBlankWithTablesAndCharts() throws {
    let scratch = NSTemporaryDirectory() + "anvis-html-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let html = scratch + "/page.html"
    try TranscriptHTML.page(Self.transcript).write(toFile: html, atomically: true, encoding: .utf8)
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
    }
  }
}
