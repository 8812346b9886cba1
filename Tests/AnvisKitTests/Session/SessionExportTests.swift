import Foundation
import Testing

@testable import AnvisKit

/// `.export` replays the saved session and draws its replies; it names the steps whose text
/// differs from the recording.
@Suite final class SessionExportTests: RecordingSuite {
  let recording: RecordingShell

  init() throws { recording = try RecordingShell() }

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

/// `.export FILE` exports the current, unsaved session; `.export NAME FILE` takes the format
/// from FILE's name; a word with an export extension or a '/' is a file, never a name.
@Suite final class ExportCurrentSessionTests: RecordingSuite {
  let recording: RecordingShell

  init() throws { recording = try RecordingShell() }

  @Test func exportWithoutNameWritesTheStepsRecordedSoFar() throws {
    _ = run(".note Units by type.")
    _ = run("units | count by type")
    let html = folder.path + "/now.html"
    #expect(run(".export \(html)").stdout == "wrote \(html)\n")
    let page = try #require(folder.contents("now.html"))
    #expect(page.contains("Units by type."))
    #expect(page.contains("<th>type</th><th class=\"num\">count</th>"))
    #expect(try folder.mode("now.html") == 0o600)
    _ = run("tables")
    #expect(!run(".export \(folder.path)/now.md").failed)
    let md = try #require(folder.contents("now.md"))
    #expect(md.hasPrefix("# unsaved session\n"))
    #expect(md.contains("anvis> units | count by type"))
    #expect(md.contains("anvis> tables"))
    #expect(!md.contains(".export"), "the export command itself is not a step")
    #expect(folder.contents("unsaved session.anvis") == nil, "nothing is saved")
  }

  @Test func theFormatFollowsTheFileNameUnlessAFlagSaysOtherwise() throws {
    _ = run("tables")
    _ = run(".save walk")
    #expect(!run(".export walk \(folder.path)/w.HTML").failed)
    #expect(folder.contents("w.HTML")?.hasPrefix("<!DOCTYPE html>") == true)
    #expect(!run(".export walk \(folder.path)/w.markdown").failed)
    #expect(folder.contents("w.markdown")?.hasPrefix("# walk\n") == true)
    #expect(!run(".export --md \(folder.path)/cur.txt").failed)
    #expect(folder.contents("cur.txt")?.hasPrefix("# unsaved session\n") == true)
  }

  @Test func nothingRecordedIsSaidSo() {
    let r = run(".export \(folder.path)/empty.html")
    #expect(r.failed)
    #expect(r.stderr.contains("nothing recorded yet"))
    #expect(folder.contents("empty.html") == nil)
  }

  @Test func aFileIsToldFromAName() throws {
    #expect(SessionController.looksLikeExportFile("out.html"))
    #expect(SessionController.looksLikeExportFile("notes.MD"))
    #expect(SessionController.looksLikeExportFile("dir/out"))
    #expect(!SessionController.looksLikeExportFile("walk"))
    #expect(!SessionController.looksLikeExportFile("week.2"))
    #expect(!SessionController.looksLikeExportFile(".md"))
    let r = try SessionController.exportRequest(CommandInput(".export notes.md"))
    #expect(r.name == nil && r.file == "notes.md" && r.format == .markdown)
    let named = try SessionController.exportRequest(CommandInput(".export walk out.htm"))
    #expect(named.name?.text == "walk" && named.file == "out.htm" && named.format == .html)
    let flagged = try SessionController.exportRequest(CommandInput(".export walk --md out.html"))
    #expect(flagged.name?.text == "walk" && flagged.file == "out.html" && flagged.format == .markdown)
  }
}
