import Foundation
import Testing

@testable import AnvisKit

/// Replays and `.recover` run in a sandbox: they write no file outside the sessions folder,
/// never start another replay, and `.recover` adds to what the shell recorded.
@Suite final class ReplaySandboxTests: RecordingSuite {
  let recording: RecordingShell

  init() throws { recording = try RecordingShell() }

  static let header =
    "# anvis session: rec\n# data: (in memory)   seed: 1\n# anvis: 0.1.0   date: 2026-11-01\n\n"

  /// A transcript that replays itself stops at that step with an error naming it.
  @Test func aReplayDoesNotStartAReplay() throws {
    try (Self.header + "  > units | count\n  count\n  -----\n      3\n\n  > .replay rec --check\n\n").write(
      toFile: folder.file("rec.anvis"), atomically: true, encoding: .utf8)
    for mode in ["--check", "", "--update"] {
      let r = run(".replay rec \(mode)")
      #expect(r.failed || mode == "", "\(mode): \(r.stdout)")
      let text = r.stdout + r.stderr
      #expect(text.contains("a replay cannot start another replay"), "\(mode): \(text)")
    }
    let check = run(".replay rec --check")
    #expect(check.stderr.contains("replay rec: stopped at step 2 of 2: a replay cannot start another replay"))
    #expect(
      check.stderr.contains("step 2 (\(folder.file("rec.anvis")):10): .replay rec --check\n  stopped: "))
    // The stopped replay updated nothing.
    #expect(try folder.read("rec.anvis").contains("  > .replay rec --check\n"))
  }

  /// Steps that write files are shown as skipped with the reason, write nothing and never
  /// fail `--check`; the results that went to a file stay off the screen as recorded.
  @Test func writingStepsAreSkippedAndNeverFailTheCheck() throws {
    let out = folder.file("out.csv")
    let once = folder.file("once.csv")
    let export = folder.file("export.md")
    #expect(run(".output \(out)").stdout == "")
    #expect(run("units | count").stdout == "")
    #expect(run(".output").stdout == "")
    #expect(run(".once \(once)").stdout == "")
    #expect(run("cases | count").stdout == "")
    #expect(run("tables").stdout.contains("units"))
    #expect(run(".save w").stdout.hasPrefix("saved 6 steps"))
    // Steps a person might add by hand.
    let extra = "  > .export w --md \(export)\n\n  > .save w2\n\n  > .recover\n\n"
    try (folder.read("w.anvis") + extra).write(
      toFile: folder.file("w.anvis"), atomically: true, encoding: .utf8)
    for file in [out, once] { try FileManager.default.removeItem(atPath: file) }

    let check = run(".replay w --check")
    #expect(!check.failed, "\(check.stderr)")
    #expect(
      check.stdout.contains(
        "replay w: 9 steps, all match (5 skipped: a replay or recovery never writes files)"))
    #expect(
      check.stdout.contains(
        "step 1 (\(folder.file("w.anvis")):5): .output \(out)\n  skipped: writing '\(out)'"))
    #expect(check.stdout.contains(": .export w --md \(export)\n  skipped: writing '\(export)'"))
    #expect(check.stdout.contains(": .save w2\n  skipped: saving session 'w2'"))
    let plain = run(".replay w")
    #expect(plain.stdout.contains("skipped: writing '\(once)' (a replay or recovery never writes files)"))
    #expect(!plain.stdout.contains("count\n3"))
    #expect(
      folder.files() == ["w.anvis"].sorted()
        || folder.files().allSatisfy { $0.hasPrefix(".autosave") || $0 == "w.anvis" })
    for file in [out, once, export, folder.file("w2.anvis")] {
      #expect(!FileManager.default.fileExists(atPath: file))
    }
    // --update keeps the skipped steps as recorded.
    #expect(run(".replay w --update").stdout.contains("0 of 9 steps changed"))
    #expect(try folder.read("w.anvis").contains(extra))
  }

  /// `.recover` adds the recovered steps after this shell's own and re-runs them sandboxed:
  /// a recovered `.output FILE` neither empties FILE nor stays in force.
  @Test func recoverAppendsAndWritesNothing() throws {
    let kept = folder.file("edited.csv")
    try "the user's own edits\n".write(toFile: kept, atomically: true, encoding: .utf8)
    let orphan = Transcript(
      header: TranscriptHeader(name: "(unsaved)", dataFolder: "(in memory)", date: "2026-11-01"),
      steps: [
        TranscriptStep(narration: ["Before the crash."], command: ".output \(kept)"),
        TranscriptStep(command: "units | count"),
        TranscriptStep(
          command: "let cheap = units | where rent < 3350", output: [TranscriptLine("cheap: 2 rows")]),
      ], epilogue: ["The end."])
    try TranscriptWriter.text(orphan).write(
      toFile: folder.file(".autosave-1.anvis"), atomically: true, encoding: .utf8)
    let other = try ShellTestData.shell(session: SessionOptions(folder: folder.path))
    defer { other.finishSession() }
    _ = other.respond(to: ".note Mine first.")
    _ = other.respond(to: "tables")
    _ = other.respond(to: ".note Then recovered.")
    let r = other.respond(to: ".recover")
    #expect(r.stdout.contains("recovered 3 steps"))
    #expect(r.stdout.contains("they follow the 1 step this shell had recorded"))
    let recorder = try #require(other.session.recorder)
    #expect(
      recorder.steps.map(\.command) == [
        "tables", ".output \(kept)", "units | count", "let cheap = units | where rent < 3350",
      ])
    #expect(recorder.steps[0].narration == ["Mine first."])
    #expect(recorder.steps[1].narration == ["Then recovered.", "Before the crash."])
    #expect(recorder.pendingNarration == ["The end."])
    #expect(try String(contentsOfFile: kept, encoding: .utf8) == "the user's own edits\n")
    #expect(other.queries.targets.output == nil)
    #expect(other.respond(to: "units | count").stdout.contains("3"))
    #expect(!other.respond(to: "cheap | count").failed)
    // The journal holds the same steps, so the recovered file could go.
    let journal = try #require(recorder.journal)
    let (saved, torn) = try AutosaveJournal.read(path: journal.path)
    #expect(torn == nil)
    #expect(saved.steps.prefix(4).map(\.command) == recorder.steps.prefix(4).map(\.command))
    #expect(saved.steps[1].narration == ["Then recovered.", "Before the crash."])
    #expect(!FileManager.default.fileExists(atPath: folder.file(".autosave-1.anvis")))
  }

  /// Without a journal of its own (a script), `.recover` keeps the file it recovered from.
  @Test func recoverWithoutAJournalKeepsTheFile() throws {
    let orphan = Transcript(
      header: TranscriptHeader(name: "(unsaved)", dataFolder: "(in memory)", date: "2026-11-01"),
      steps: [TranscriptStep(command: "tables")])
    try TranscriptWriter.text(orphan).write(
      toFile: folder.file(".autosave-1.anvis"), atomically: true, encoding: .utf8)
    let other = try ShellTestData.shell(session: SessionOptions(folder: folder.path))
    other.session.recorder = SessionRecorder(header: other.recordingHeader())
    let r = other.respond(to: ".recover")
    #expect(r.stdout.contains("is kept: this shell has no autosave journal"))
    #expect(FileManager.default.fileExists(atPath: folder.file(".autosave-1.anvis")))
    other.finishSession()
  }
}
