import Foundation
import Testing

@testable import AnvisKit

/// A saved header names its data folder relative to the session file, with the data set's
/// name; older headers (relative to where anvis ran) still replay.
@Suite struct TranscriptHeaderDataFolderTests {
  @Test func relativePathsBetweenFolders() {
    #expect(FolderPath.relative("examples/aalborg", from: "sessions", workingFolder: "/w") == "../examples/aalborg")
    #expect(FolderPath.relative("/w/data", from: "/w/a/sessions", workingFolder: "/x") == "../../data")
    #expect(FolderPath.relative("sessions/data", from: "./sessions/", workingFolder: "/w") == "data")
    #expect(FolderPath.relative("/w", from: "/w", workingFolder: "/") == ".")
    #expect(FolderPath.relative("../d", from: "s", workingFolder: "/w/r") == "../../d")
    #expect(FolderPath.joined("sessions", "../examples/aalborg") == "examples/aalborg")
    #expect(FolderPath.joined("/a/s", "../d") == "/a/d")
    #expect(FolderPath.joined("../x/sessions", "../d") == "../x/d")
    #expect(FolderPath.joined("s", "../../d") == "../d")
    #expect(FolderPath.joined("s", "/abs") == "/abs")
  }

  @Test func theNewHeaderRoundTripsAndTheOldOneStillReads() throws {
    let header = TranscriptHeader(
      name: "x", dataFolder: "../examples/aalborg", dataHash: "sha256:" + String(repeating: "ab", count: 32),
      seed: 7, version: "0.1.0", date: "2026-11-01", dataName: "Aalborg (example)", dataRelativeToFile: true)
    let text = TranscriptWriter.header(header)
    #expect(
      text.hasPrefix(
        "# anvis session: x\n# data: ../examples/aalborg sha256:\(String(repeating: "ab", count: 32))"
          + "   set: Aalborg (example)   seed: 7\n"))
    let parsed = try TranscriptParser.parse(text + "\n").header
    #expect(parsed == header)
    let old = try TranscriptParser.parse("# anvis session: x\n# data: d   seed: 7\n# anvis: 0.1   date: 2026-11-01\n\n")
      .header
    #expect(old.dataFolder == "d" && old.dataName == nil && !old.dataRelativeToFile)
    #expect(old.dataFolderCandidates(sessionsFolder: "a/sessions") == ["d", "a/d", "a/sessions/d"])
    #expect(parsed.dataFolderCandidates(sessionsFolder: "a/sessions") == ["a/examples/aalborg"])
    #expect(parsed.dataFolderCandidates(sessionsFolder: "/r/sessions") == ["/r/examples/aalborg"])
  }

  @Test func savingWritesTheFolderRelativeToTheSessionFile() throws {
    let root = try ScratchFolder()
    try FileManager.default.createDirectory(atPath: root.file("data"), withIntermediateDirectories: false)
    let store = SessionStore(folder: root.file("sessions"))
    let header = TranscriptHeader(name: "(unsaved)", dataFolder: root.file("data"), date: "2026-11-01", dataName: "Tiny")
    let transcript = Transcript(
      header: header, steps: [TranscriptStep(narration: [], command: "tables", output: [], failed: false)],
      epilogue: [])
    try store.save(transcript, as: SessionName("walk"), force: false)
    let saved = try root.read("sessions/walk.anvis")
    #expect(saved.hasPrefix("# anvis session: walk\n# data: ../data   set: Tiny   seed: 0\n"))
    let loaded = try store.load(SessionName("walk")).header
    #expect(loaded.dataFolderCandidates(sessionsFolder: store.folder) == [root.file("data")])
    // In memory, or a folder that is not there: written as it is, without the mark.
    var memory = transcript
    memory.header.dataFolder = "(in memory)"
    try store.save(memory, as: SessionName("mem"), force: false)
    #expect(try root.read("sessions/mem.anvis").hasPrefix("# anvis session: mem\n# data: (in memory)   seed: 0\n"))
  }
}
