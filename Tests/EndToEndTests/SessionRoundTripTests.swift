import Foundation
import TestSupport
import Testing

/// Sessions through the built binary: record in batch mode, save, replay --check; a changed data
/// value makes --check fail at the right step; --update accepts; refusals write nothing.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct SessionRoundTripTests {
  let folder: TemporaryFolder

  init() throws {
    folder = try TemporaryFolder()
    try TinyDataSet.writeWithSessions(in: folder.path)
  }

  static let recording = """
    .note Every table in the data set.
    tables
    .note The first unit: note its rent.
    show unit u-000001
    .save walk

    """

  func anvis(_ arguments: [String], stdin: String = "") throws -> AnvisBinary.Result {
    try AnvisBinary.run(arguments, stdin: stdin, in: folder.path)
  }

  func sessionFiles() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/sessions")) ?? []).sorted()
  }

  @Test func recordSaveReplayCheckChangeUpdate() throws {
    let record = try anvis(["--data", "tiny"], stdin: Self.recording)
    #expect(record.status == 0, "\(record.stderr)")
    #expect(record.stdout.hasSuffix("saved 2 steps to sessions/walk.anvis\n"))
    #expect(sessionFiles() == ["walk.anvis"], "the autosave journal is gone after a clean exit")
    let saved = try String(contentsOfFile: folder.path + "/sessions/walk.anvis", encoding: .utf8)
    // The data folder relative to the session file, and the data set's name.
    #expect(saved.hasPrefix("# anvis session: walk\n# data: ../tiny sha256:"))
    #expect(saved.split(separator: "\n")[1].contains("   set: Tiny   seed: "))
    #expect(saved.contains("\nThe first unit: note its rent.\n  > show unit u-000001\n"))
    let attributes = try FileManager.default.attributesOfItem(atPath: folder.path + "/sessions/walk.anvis")
    #expect((attributes[.posixPermissions] as? Int) == 0o600)

    let check = try anvis(["replay", "walk", "--check"])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    #expect(check.stdout == "replay walk: 2 steps, all match\n")
    #expect(check.stderr == "")
    // From another folder, by the file's path: the data folder is found beside it.
    try FileManager.default.createDirectory(atPath: folder.path + "/elsewhere", withIntermediateDirectories: false)
    let away = try AnvisBinary.run(["replay", "../sessions/walk.anvis", "--check"], in: folder.path + "/elsewhere")
    #expect(away.status == 0, "\(away.stdout)\(away.stderr)")

    // A copy of the data set with one rent changed.
    try FileManager.default.copyItem(atPath: folder.path + "/tiny", toPath: folder.path + "/changed")
    let units = folder.path + "/changed/units.csv"
    let text = try String(contentsOfFile: units, encoding: .utf8)
    try text.replacingOccurrences(of: ",4200.5,", with: ",4300.5,").write(
      toFile: units, atomically: true, encoding: .utf8)

    let failing = try anvis(["replay", "walk", "--check", "--data", "changed"])
    #expect(failing.status == 1)
    #expect(failing.stdout.hasPrefix("step 2 (sessions/walk.anvis:"), "\(failing.stdout)")
    #expect(failing.stdout.contains("): show unit u-000001\n--- recorded\n+++ actual\n@@ "))
    let minus = failing.stdout.split(separator: "\n").filter { $0.hasPrefix("-") && !$0.hasPrefix("---") }
    let plus = failing.stdout.split(separator: "\n").filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }
    #expect(minus.count == 1 && minus.first?.contains("4200.5") == true, "\(failing.stdout)")
    #expect(plus.count == 1 && plus.first?.contains("4300.5") == true, "\(failing.stdout)")
    #expect(!failing.stdout.contains("step 1 "))
    #expect(
      failing.stderr.contains(
        "warning: the data set in 'changed' has changed since session 'walk' was recorded"))
    #expect(failing.stderr.hasSuffix("replay walk: 1 of 2 steps differ\n"))

    let update = try anvis(["replay", "walk", "--update", "--data", "changed"])
    #expect(update.status == 0, "\(update.stderr)")
    #expect(update.stdout == "updated sessions/walk.anvis: 1 of 2 steps changed\n")
    let again = try anvis(["replay", "walk", "--check", "--data", "changed"])
    #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
    #expect(again.stderr == "", "the header now carries the new data set's hash")
    let updated = try String(contentsOfFile: folder.path + "/sessions/walk.anvis", encoding: .utf8)
    #expect(updated.hasPrefix("# anvis session: walk\n# data: ../changed sha256:"))
    #expect(updated.contains("The first unit: note its rent."), "narration survives --update")
    #expect(sessionFiles() == ["walk.anvis"])
  }

  @Test func plainReplayPrintsNarrationCommandsAndResults() throws {
    _ = try anvis(["--data", "tiny"], stdin: Self.recording)
    let replay = try anvis(["replay", "walk"])
    #expect(replay.status == 0, "\(replay.stderr)")
    #expect(replay.stdout.hasPrefix("Every table in the data set.\nanvis> tables\nname "))
    #expect(replay.stdout.contains("The first unit: note its rent.\nanvis> show unit u-000001\n"))
  }

  @Test(arguments: [
    ("../x", "'../x' is a path"), ("/tmp/x", "'/tmp/x' is a path"), (".hidden", "would be a hidden file"),
  ])
  func refusedNamesWriteNothing(name: String, message: String) throws {
    let r = try anvis(["--data", "tiny"], stdin: "tables\n.save \(name)\n")
    #expect(r.status == 1)
    #expect(r.stderr.contains(message), "\(r.stderr)")
    #expect(sessionFiles().isEmpty)
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/x.anvis"))
    #expect(!FileManager.default.fileExists(atPath: "/tmp/x.anvis"))
  }

  @Test func existingSessionNeedsForce() throws {
    _ = try anvis(["--data", "tiny"], stdin: Self.recording)
    let before = try String(contentsOfFile: folder.path + "/sessions/walk.anvis", encoding: .utf8)
    let r = try anvis(["--data", "tiny"], stdin: "describe teams\n.save walk\n")
    #expect(r.status == 1)
    #expect(r.stderr.contains("session 'walk' already exists (sessions/walk.anvis); use .save walk --force"))
    #expect(try String(contentsOfFile: folder.path + "/sessions/walk.anvis", encoding: .utf8) == before)
    let forced = try anvis(["--data", "tiny"], stdin: "describe teams\n.save walk --force\n")
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(
      try String(contentsOfFile: folder.path + "/sessions/walk.anvis", encoding: .utf8).contains(
        "> describe teams"))
  }

  @Test func unwritableSessionsFolderIsRefused() throws {
    // Tests run as root, which writes anywhere: a regular file stands in for a folder it cannot use.
    FileManager.default.createFile(atPath: folder.path + "/blocked", contents: Data("not a folder".utf8))
    let r = try anvis(["--data", "tiny", "--sessions", "blocked"], stdin: "tables\n.save walk\n")
    #expect(r.status == 1)
    #expect(r.stderr.contains("sessions folder 'blocked' is not a folder"), "\(r.stderr)")
    #expect(r.stderr.contains("the recording is kept"))
    #expect(try String(contentsOfFile: folder.path + "/blocked", encoding: .utf8) == "not a folder")
  }

  @Test func sessionsFolderFromTheEnvironment() throws {
    try FileManager.default.createDirectory(
      atPath: folder.path + "/elsewhere", withIntermediateDirectories: true)
    let r = try AnvisBinary.run(
      ["--data", "tiny"], stdin: "tables\n.save env\n.sessions\n", in: folder.path,
      environment: ["ANVIS_SESSIONS": "elsewhere"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.path + "/elsewhere/env.anvis"))
    #expect(r.stdout.contains("env"))
  }
}
