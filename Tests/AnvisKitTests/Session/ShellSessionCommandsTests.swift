import Foundation
import Testing

@testable import AnvisKit

/// The session commands through `Shell.respond(to:)`, on a data set built in code.
@Suite final class ShellSessionCommandsTests: RecordingSuite {
  let recording: RecordingShell

  init() throws { recording = try RecordingShell() }

  @Test func recordsCommandsOutputsErrorsAndNotesButNotSessionCommands() throws {
    #expect(run(".note Start here.").stdout == "")
    let tables = run("tables")
    _ = run("nosuchcommand")
    _ = run("")
    _ = run("# a comment")
    _ = run(".sessions")
    _ = run(".quit")
    let t = try #require(shell.session.recorder).transcript
    #expect(t.steps.map(\.command) == ["tables", "nosuchcommand"])
    #expect(t.steps[0].narration == ["Start here."])
    #expect(t.steps[0].output == TranscriptLine.lines(stdout: tables.stdout, stderr: ""))
    #expect(t.steps[1].failed)
    #expect(
      t.steps[1].output.first
        == TranscriptLine("error: unknown command or table 'nosuchcommand'", stream: .err))
    let shown = run(".session").stdout
    #expect(shown.hasPrefix("2 steps recorded (autosave: \(folder.path)/.autosave-"))
    #expect(shown.contains("Start here.\n  > tables\n"))
    #expect(run(".session clear").stdout == "recording cleared\n")
    #expect(try #require(shell.session.recorder).steps.isEmpty)
  }

  @Test func saveWritesTheHeaderAndRefusesWithoutLosingTheRecording() throws {
    _ = run(".note Look.")
    _ = run("tables")
    for (name, message) in [
      ("../x", "'../x' is a path"), ("/tmp/x", "'/tmp/x' is a path"), (".hidden", "hidden file"),
      ("a/b", "'a/b' is a path"),
    ] {
      let r = run(".save \(name)")
      #expect(r.failed)
      #expect(r.stderr.contains(message), "\(r.stderr)")
      #expect(r.stderr.contains(" --> input:1:7"), "caret under the name: \(r.stderr)")
    }
    #expect(!FileManager.default.fileExists(atPath: "/tmp/x.anvis"))
    let saved = run(".save walk")
    #expect(saved.stdout == "saved 1 step to \(folder.path)/walk.anvis\n")
    let again = run(".save walk")
    #expect(again.failed)
    #expect(again.stderr.contains("session 'walk' already exists"))
    #expect(again.stderr.contains("--force"))
    #expect(again.stderr.contains("the recording is kept"))
    _ = run("describe teams")
    #expect(run(".save walk --force").stdout == "saved 2 steps to \(folder.path)/walk.anvis\n")
    let text = try #require(folder.contents("walk.anvis"))
    #expect(
      text.hasPrefix(
        "# anvis session: walk\n# data: (in memory)   seed: 1\n# anvis: \(AnvisVersion.current)   date: 2026-11-01\n"
      ))
    #expect(try folder.mode("walk.anvis") == 0o600)
    #expect(folder.files().filter { !$0.hasPrefix(".autosave-") } == ["walk.anvis"])
    #expect(try #require(shell.session.recorder).steps.count == 2)
  }

  @Test func unwritableFolderIsRefusedAndNothingIsWritten() throws {
    _ = run("tables")
    let file = folder.path + "/not-a-folder"
    FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
    shell.session.store = SessionStore(folder: file)
    let r = run(".save walk")
    #expect(r.failed)
    #expect(r.stderr.contains("sessions folder '\(file)' is not a folder"))
    let underAFile = SessionStore(folder: file + "/sessions")
    shell.session.store = underAFile
    #expect(run(".save walk").stderr.contains("cannot"))
    #expect(folder.files().filter { !$0.hasPrefix(".autosave-") } == ["not-a-folder"])
    #expect(try #require(shell.session.recorder).steps.count == 1)
  }

  @Test func listReplayCheckAndExport() throws {
    _ = run(".note Which tables?")
    _ = run("tables")
    _ = run("describe units")
    _ = run(".save walk")
    let list = run(".sessions").stdout
    #expect(list.contains("walk"))
    #expect(list.contains("Which tables?"))
    #expect(run(".replay walk --check").stdout == "replay walk: 2 steps, all match\n")
    let plain = run(".replay walk").stdout
    #expect(plain.hasPrefix("Which tables?\nanvis> tables\n"))
    let html = folder.path + "/walk.html"
    #expect(run(".export walk --html \(html)").stdout == "wrote \(html)\n")
    let page = try String(contentsOfFile: html, encoding: .utf8)
    #expect(page.contains("<table>"))
    #expect(try folder.mode("walk.html") == 0o600)
    _ = run(".export walk --md \(folder.path)/walk.md")
    #expect(folder.contents("walk.md")?.hasPrefix("# walk\n") == true)
    #expect(run(".export walk --pdf x").stderr.contains("unknown option '--pdf'"))
    let extra = run(".export walk pdf x").stderr
    #expect(extra.contains("unexpected 'x'"))
    #expect(extra.contains("options: [--md FILE] [--html FILE]"))
    #expect(run(".export walk notes.txt").stderr.contains("cannot tell the format from 'notes.txt'"))
    #expect(run(".export walk").stderr.contains("expected the file to write after the session name"))
    #expect(run(".export walk a.md --html b.html").stderr.contains("unexpected 'a.md'"))
    #expect(run(".export walk --md").stderr.contains("expected the file to write after --md"))
    #expect(run(".export walk --md a.md --html b.html").stderr.contains("choose one of --md and --html"))
    #expect(run(".replay nope --check").stderr.contains("no session 'nope'"))
    #expect(run(".replay walk --step").stderr.contains("--step needs a terminal"))
  }

  @Test func checkFailsWithTheDiffAndUpdateAccepts() throws {
    _ = run("tables")
    _ = run(".save walk")
    // Edit the recorded output as if the data had changed since.
    let path = folder.path + "/walk.anvis"
    let text = try #require(folder.contents("walk.anvis"))
    try text.replacingOccurrences(of: "  units ", with: "  unitz ").write(
      toFile: path, atomically: true, encoding: .utf8)
    let check = run(".replay walk --check")
    #expect(check.failed)
    #expect(check.stderr.contains("replay walk: 1 of 1 step differ"))
    #expect(check.stderr.contains("step 1 (\(path):5): tables\n--- recorded\n+++ actual\n@@"))
    #expect(check.stderr.contains("\n-unitz "))
    #expect(check.stderr.contains("\n+units "))
    #expect(run(".replay walk --update").stdout.contains("1 of 1 steps changed"))
    #expect(run(".replay walk --check").stdout == "replay walk: 1 step, all match\n")
  }

  @Test func recoverLoadsAnOrphanedJournal() throws {
    let orphan = Transcript(
      header: TranscriptHeader(name: "(unsaved)", dataFolder: "x", date: "2026-11-01"),
      steps: [
        TranscriptStep(narration: ["Before the crash."], command: "tables", output: [TranscriptLine("x")])
      ])
    try TranscriptWriter.text(orphan).write(
      toFile: folder.path + "/.autosave-1.anvis", atomically: true, encoding: .utf8)
    let other = try ShellTestData.shell(session: SessionOptions(folder: folder.path))
    let notice = other.session.startupNotice
    #expect(notice?.contains("1 step (\"Before the crash.\"). Type .recover to load it.") == true)
    #expect(
      other.respond(to: ".recover").stdout.hasPrefix("recovered 1 step from \(folder.path)/.autosave-1.anvis")
    )
    #expect(other.session.recorder?.steps.map(\.command) == ["tables"])
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/.autosave-1.anvis"))
    #expect(other.respond(to: ".recover").stderr.contains("no unsaved session"))
    other.finishSession()
  }

  /// `.recover` runs the recovered commands again (unrecorded): their `let` tables and
  /// scenarios are back, and the recording holds each step once.
  @Test func recoverBringsBackTablesAndScenarios() throws {
    let orphan = Transcript(
      header: TranscriptHeader(name: "(unsaved)", dataFolder: "(in memory)", date: "2026-11-01"),
      steps: [
        TranscriptStep(command: "let cheap = units | where rent < 3350", output: [TranscriptLine("stale")]),
        TranscriptStep(command: "scenario s1", output: [TranscriptLine("new scenario s1 from baseline")]),
        TranscriptStep(
          command: "set rent.cap = 4000", output: [TranscriptLine("s1: rent.cap = 4000 (baseline 3500)")]),
      ])
    try TranscriptWriter.text(orphan).write(
      toFile: folder.path + "/.autosave-1.anvis", atomically: true, encoding: .utf8)
    let other = try ShellTestData.shell(session: SessionOptions(folder: folder.path))
    defer { other.finishSession() }
    let recovered = other.respond(to: ".recover")
    #expect(recovered.stdout.contains("ran them again"))
    #expect(recovered.stdout.contains("1 printed something else this time"))
    #expect(other.promptLabel == "s1")
    let count = other.respond(to: "cheap | count")
    #expect(!count.failed, "\(count.stderr)")
    #expect(other.respond(to: "levers").stdout.contains("4000"))
    #expect(
      other.session.recorder?.steps.map(\.command) == [
        "let cheap = units | where rent < 3350", "scenario s1", "set rent.cap = 4000", "cheap | count",
        "levers",
      ])
    // The recovered steps keep their recorded output.
    #expect(other.session.recorder?.steps.first?.output == [TranscriptLine("stale")])
  }

  /// At a terminal, a shell that cannot journal says so when it starts; a script is not told.
  @Test func missingAutosaveIsToldAtATerminal() throws {
    let terminal = try ShellTestData.shell(
      session: SessionOptions(folder: folder.path + "/missing", interactive: true))
    let notice = terminal.session.startupNotice
    #expect(
      notice?.hasPrefix("note: no autosave, so a crash would lose this session (sessions folder") == true)
    #expect(terminal.session.startupNotice == notice)
    let script = try ShellTestData.shell(session: SessionOptions(folder: folder.path + "/missing"))
    #expect(script.session.startupNotice == nil)
  }

  /// `.sessions` keeps a long first note to one readable line.
  @Test func sessionsCutsALongFirstNote() throws {
    let long =
      "Housing First means a home with support, and the places in each method are what hold citizens back."
    _ = run(".note " + long)
    _ = run("tables")
    _ = run(".save long")
    let list = run(".sessions").stdout
    #expect(list.contains("Housing First means a home with support, and the places in each method…"))
    #expect(!list.contains("hold citizens back"))
  }

  @Test func finishRemovesTheJournal() throws {
    _ = run("tables")
    #expect(folder.files().contains { $0.hasPrefix(".autosave-") })
    shell.finishSession()
    #expect(folder.files().isEmpty)
  }

  @Test func saveMentionsSavedScenariosAReplayWillNotHave() throws {
    let data = folder.path + "/data"
    try FileManager.default.createDirectory(atPath: data + "/scenarios", withIntermediateDirectories: true)
    try "# anvis scenario\n".write(
      toFile: data + "/scenarios/youth-first.scenario", atomically: true, encoding: .utf8)
    let other = Shell(
      dataset: try ShellTestData.dataset(), dataDirectory: data,
      session: SessionOptions(folder: folder.path, autosave: false))
    #expect(other.session.scenariosAtStart == ["youth-first"])
    _ = other.respond(to: "scenario youth-first")
    let saved = other.respond(to: ".save with-scenario").stdout
    #expect(saved.contains("note: saved scenario(s) youth-first were loaded when this shell started"))
  }

  @Test func plainReplayWrapsNarrationAtWordsToTheWidth() throws {
    let note = "This narration is long enough that a narrow terminal has to break it over lines."
    _ = run(".note \(note)")
    _ = run("tables")
    _ = run(".note And this closing remark, after the last step, wraps the same way too.")
    _ = run(".save walk")
    shell.settings.width = 30
    let lines = run(".replay walk").stdout.split(separator: "\n").map(String.init)
    let command = try #require(lines.firstIndex(of: "anvis> tables"))
    #expect(command > 2, "the note is broken over lines: \(lines)")
    #expect(lines[..<command].allSatisfy { $0.count <= 30 })
    #expect(lines[..<command].joined(separator: " ") == note)
    #expect(lines.suffix(3).allSatisfy { $0.count <= 30 })
    shell.settings.width = nil
    #expect(run(".replay walk").stdout.hasPrefix(note + "\nanvis> tables\n"))
  }
}
