import Foundation
import TestSupport
import Testing

/// What the screen shows, read back from tmux: Ctrl-C's `^C` after the whole line and the
/// next prompt on a line of its own, as bash; Tab completing a file path.
@Suite(
  .serialized,
  .enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"),
  .enabled(if: RequiredTool.runs(TmuxScreen.isInstalled), "tmux is not installed (apt-get install tmux)"))
struct TerminalScreenTests {
  let folder: TemporaryFolder
  let data: String

  init() throws {
    folder = try TemporaryFolder()
    data = try TinyDataSet.write(to: folder.path + "/tiny")
  }

  @Test func ctrlCPrintsCaretCAfterTheLineAndPromptsOnANewLine() throws {
    let screen = try TmuxScreen(["--data", data], columns: 40)
    let prompt = "anvis>"
    try screen.wait(for: "the prompt") { $0.contains(prompt) }
    // Text typed, the cursor moved back to the start of a line that wraps onto two rows.
    try screen.type("units | where rent < 3000 and rooms >= 2 | count")
    // Ctrl-C is a signal at once (and drops unread input): first let anvis show the text.
    try screen.wait(for: "the typed text") { $0.contains { $0.hasSuffix("2 | count") } }
    try screen.press("C-a")
    Thread.sleep(forTimeInterval: 0.3)
    try screen.press("C-c")
    var lines = try screen.wait(for: "a second prompt") { $0.filter { $0.hasPrefix(prompt) }.count == 2 }
    var first = try #require(lines.firstIndex { $0.hasPrefix("anvis> units") })
    #expect(lines[first] + lines[first + 1] == "anvis> units | where rent < 3000 and rooms >= 2 | count^C")
    #expect(lines[first + 2] == prompt)
    // On an empty line.
    try screen.press("C-c")
    lines = try screen.wait(for: "a third prompt") { $0.filter { $0.hasPrefix(prompt) }.count == 3 }
    first = try #require(lines.lastIndex { $0.hasPrefix("anvis> ^C") })
    #expect(lines[first] == "anvis> ^C")
    #expect(lines[first + 1] == prompt)
    // The shell goes on.
    try screen.type("tables")
    try screen.press("Enter")
    try screen.wait(for: "the tables") { $0.contains { $0.hasPrefix("teams ") } }
  }

  @Test func tabCompletesAFilePathAfterOutput() throws {
    try FileManager.default.createDirectory(
      atPath: folder.path + "/results-2026", withIntermediateDirectories: false)
    try "".write(toFile: folder.path + "/results-2026/youth.csv", atomically: true, encoding: .utf8)
    let screen = try TmuxScreen(["--data", data], columns: 80, in: folder.path)
    try screen.wait(for: "the prompt") { $0.contains("anvis>") }
    try screen.type(".output resu")
    try screen.wait(for: "the typed text") { $0.contains("anvis> .output resu") }
    try screen.press("Tab")
    try screen.wait(for: "the folder completed") { $0.contains("anvis> .output results-2026/") }
    try screen.type("yo")
    try screen.wait(for: "the typed text") { $0.contains("anvis> .output results-2026/yo") }
    try screen.press("Tab")
    try screen.wait(for: "the file completed") { $0.contains("anvis> .output results-2026/youth.csv") }
  }
}
