import Foundation
import Testing

@testable import AnvisKit

@Suite struct SessionStoreTests {
  static let transcript = Transcript(
    header: TranscriptHeader(name: "draft", dataFolder: "examples/aalborg", seed: 1, date: "2026-11-01"),
    steps: [
      TranscriptStep(narration: ["First look."], command: "tables", output: [TranscriptLine("units 3")])
    ])

  @Test func savesOwnerOnlyAndLoadsBack() throws {
    let folder = try ScratchFolder("sessions")
    defer { folder.remove() }
    let store = SessionStore(folder: folder.path + "/")
    let path = try store.save(Self.transcript, as: SessionName("walk"), force: false)
    #expect(path == folder.path + "/walk.anvis")
    #expect(try folder.mode("walk.anvis") == 0o600)
    #expect(folder.files() == ["walk.anvis"])
    let loaded = try store.load(SessionName("walk"))
    #expect(loaded.header.name == "walk")
    #expect(loaded.steps == Self.transcript.steps)
    #expect(
      try store.list() == [
        SessionSummary(name: "walk", date: "2026-11-01", steps: 1, firstNote: "First look.", problem: nil)
      ])
  }

  @Test func existingOnlyWithForce() throws {
    let folder = try ScratchFolder("sessions")
    defer { folder.remove() }
    let store = SessionStore(folder: folder.path)
    try store.save(Self.transcript, as: SessionName("walk"), force: false)
    let before = folder.contents("walk.anvis")
    var changed = Self.transcript
    changed.steps = []
    #expect(throws: SessionError.exists(name: "walk", path: folder.path + "/walk.anvis")) {
      try store.save(changed, as: SessionName("walk"), force: false)
    }
    #expect(folder.contents("walk.anvis") == before)
    try store.save(changed, as: SessionName("walk"), force: true)
    #expect(try store.load(SessionName("walk")).steps.isEmpty)
    #expect(folder.files() == ["walk.anvis"])
  }

  @Test func aMissingFolderIsMadeOwnerOnlyAndAFileFolderIsRefusedClearly() throws {
    let folder = try ScratchFolder("sessions")
    defer { folder.remove() }
    let missing = SessionStore(folder: folder.path + "/nope")
    try missing.save(Self.transcript, as: SessionName("x"), force: false)
    #expect(POSIX.permissions(folder.path + "/nope") == 0o700)
    #expect(POSIX.permissions(folder.path + "/nope/x.anvis") == 0o600)
    try FileManager.default.removeItem(atPath: folder.path + "/nope")
    FileManager.default.createFile(atPath: folder.path + "/file", contents: Data("x".utf8))
    let file = SessionStore(folder: folder.path + "/file")
    #expect(throws: SessionError.folderNotDirectory(folder.path + "/file")) {
      try file.save(Self.transcript, as: SessionName("x"), force: false)
    }
    #expect(folder.files() == ["file"])
    #expect(SessionError.folderMissing("s").description.contains("--sessions DIR"))
  }

  @Test func listReportsUnreadableFilesAndSkipsHidden() throws {
    let folder = try ScratchFolder("sessions")
    defer { folder.remove() }
    FileManager.default.createFile(atPath: folder.path + "/bad.anvis", contents: Data("hello\n".utf8))
    FileManager.default.createFile(atPath: folder.path + "/.autosave-1.anvis", contents: Data())
    let list = try SessionStore(folder: folder.path).list()
    #expect(list.map(\.name) == ["bad"])
    #expect(list.first?.problem == folder.path + "/bad.anvis:1:1: " + SessionError.TranscriptProblem.noHeader)
  }

  @Test func folderChoice() {
    #expect(SessionStore.folder(flag: "a", environment: ["ANVIS_SESSIONS": "b"]) == "a")
    #expect(SessionStore.folder(flag: nil, environment: ["ANVIS_SESSIONS": "b"]) == "b")
    #expect(SessionStore.folder(flag: nil, environment: [:]) == "sessions")
  }

  @Test func fingerprintChangesWithAnyDataByte() throws {
    let folder = try ScratchFolder("data")
    defer { folder.remove() }
    FileManager.default.createFile(atPath: folder.path + "/anvis.toml", contents: Data("name = \"x\"\n".utf8))
    FileManager.default.createFile(atPath: folder.path + "/units.csv", contents: Data("id\nu-1\n".utf8))
    FileManager.default.createFile(atPath: folder.path + "/notes.txt", contents: Data("ignored".utf8))
    let first = try #require(DatasetFingerprint.hash(folder: folder.path))
    #expect(first.hasPrefix("sha256:") && first.count == 71)
    FileManager.default.createFile(atPath: folder.path + "/notes.txt", contents: Data("still ignored".utf8))
    #expect(DatasetFingerprint.hash(folder: folder.path) == first)
    FileManager.default.createFile(atPath: folder.path + "/units.csv", contents: Data("id\nu-2\n".utf8))
    #expect(DatasetFingerprint.hash(folder: folder.path) != first)
    #expect(DatasetFingerprint.hash(folder: folder.path + "/missing") == nil)
  }
}
