import Foundation
import TestSupport
import Testing

/// `.export FILE` through the binary: the current, unsaved session, format by the file's name.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct ExportCurrentSessionTests {
  @Test func exportsTheStepsRecordedSoFar() throws {
    let folder = try TemporaryFolder()
    try TinyDataSet.writeWithSessions(in: folder.path)
    try FileManager.default.createDirectory(atPath: folder.path + "/out", withIntermediateDirectories: false)
    let ok = try AnvisBinary.run(
      ["--data", "tiny"],
      stdin: """
        .note What the data set holds.
        tables
        .export out/now.html
        .export now.md

        """, in: folder.path)
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(ok.stdout.contains("wrote out/now.html\n"))
    let html = try String(contentsOfFile: folder.path + "/out/now.html", encoding: .utf8)
    #expect(html.contains("<p class=\"note\">What the data set holds.</p>"))
    #expect(html.contains("<th>name</th><th class=\"num\">rows</th>"))
    let md = try String(contentsOfFile: folder.path + "/now.md", encoding: .utf8)
    #expect(md.hasPrefix("# unsaved session\n"))
    #expect(md.contains("What the data set holds.\n\n```anvis\nanvis> tables\n```\n\n| name | rows |"))
    #expect(!md.contains("export"))
  }
}
