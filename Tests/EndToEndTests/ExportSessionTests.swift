import Foundation
import TestSupport
import Testing

/// `.export NAME --html FILE` through the binary, rendered by headless Chromium; and `--md`.
@Suite(
  .enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"),
  .enabled(if: RequiredTool.runs(HeadlessChromium.isInstalled), "chromium is not installed (apt-get install chromium)"))
struct ExportSessionTests {
  init() throws {
    try #require(HeadlessChromium.isInstalled, "chromium is not installed (apt-get install chromium)")
  }

  @Test func exportedPageRendersWithTables() throws {
    let folder = try TemporaryFolder()
    try TinyDataSet.writeWithSessions(in: folder.path)
    let r = try AnvisBinary.run(
      ["--data", "tiny"],
      stdin: """
        .note What the data set holds.
        tables
        .note One unit in detail.
        show unit u-000001
        .save tour
        .export tour --html tour.html
        .export tour --md tour.md

        """, in: folder.path)
    #expect(r.status == 0, "\(r.stderr)")
    let html = try String(contentsOfFile: folder.path + "/tour.html", encoding: .utf8)
    #expect(html.contains("<p class=\"note\">What the data set holds.</p>"))
    #expect(html.contains("<th>name</th><th class=\"num\">rows</th>"))
    let md = try String(contentsOfFile: folder.path + "/tour.md", encoding: .utf8)
    #expect(md.contains("What the data set holds.\n\n```anvis\nanvis> tables\n```\n\n| name | rows |"))
    try ExportHTMLTests.expectRenders(folder.path + "/tour.html", scratch: folder.path, header: "rows")
  }
}
