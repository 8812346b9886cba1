import Foundation
import Testing

@testable import AnvisKit

/// `.export` replays the saved session and draws its replies; it names the steps whose text
/// differs from the recording.
@Suite final class SessionExportTests {
  let recording: RecordingShell
  var folder: ScratchFolder { recording.folder }
  var shell: Shell { recording.shell }

  init() throws { recording = try RecordingShell() }

  func run(_ input: String) -> Response { shell.respond(to: input) }

  @Test func responsesCarryTheirReplyValues() {
    let r = run("units | count by type | chart bar type, count")
    guard case .chart(let chart)? = r.items.first else {
      Issue.record("a chart query answers with a chart value: \(r.items)")
      return
    }
    #expect(chart.title == "count by type")
    guard case .bars(let bars) = chart.shape else {
      Issue.record("bars")
      return
    }
    #expect(!bars.isEmpty)
    #expect(r.stdout == ChartText.render(chart) + "\n")
  }

  @Test func exportDrawsTheRepliesAsValues() throws {
    _ = run(".note Units by type.")
    _ = run("units | count by type | chart bar type, count")
    _ = run("units | count by type")
    _ = run(".save walk")
    let html = folder.path + "/walk.html"
    #expect(run(".export walk --html \(html)").stdout == "wrote \(html)\n")
    let page = try #require(folder.contents("walk.html"))
    #expect(page.contains("<figcaption>count by type</figcaption><svg"))
    #expect(page.contains("<th>type</th><th class=\"num\">count</th>"))
    #expect(!page.contains("████"), "the chart is SVG, not the text drawing")
  }

  @Test func exportWarnsAboutStepsThatPrintDifferently() throws {
    _ = run("tables")
    _ = run(".save walk")
    let text = try #require(folder.contents("walk.anvis"))
    try text.replacingOccurrences(of: "  units ", with: "  unitz ").write(
      toFile: folder.path + "/walk.anvis", atomically: true, encoding: .utf8)
    let r = run(".export walk --md \(folder.path)/walk.md")
    #expect(!r.failed)
    #expect(
      r.stdout.contains("warning: step 1 (tables) prints differently now than recorded; exported as it prints now"))
    #expect(folder.contents("walk.md")?.contains("| units |") == true)
  }
}
