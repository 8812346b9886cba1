import Foundation
import Testing

@testable import AnvisKit

@Suite struct SessionRecorderTests {
  static let header = TranscriptHeader(name: "(unsaved)", dataFolder: "d", seed: 3, date: "2026-11-01")

  @Test func recordsStepsWithNarrationAndMasks() {
    let recorder = SessionRecorder(header: Self.header)
    recorder.note("  Look at the tables.  ")
    recorder.record(command: "tables  ", stdout: "units 3\nRun Time: real 0.1\n", stderr: "", failed: false)
    recorder.record(command: "nope", stdout: "", stderr: "error: unknown command\n", failed: true)
    recorder.note("Done.")
    let t = recorder.transcript
    #expect(t.steps.count == 2)
    #expect(t.steps[0].narration == ["Look at the tables."])
    #expect(t.steps[0].command == "tables")
    #expect(t.steps[0].output == [TranscriptLine("units 3"), TranscriptLine("Run Time: *", kind: .glob)])
    #expect(t.steps[1].failed)
    #expect(t.epilogue == ["Done."])
    recorder.clear()
    #expect(recorder.isEmpty)
  }

  @Test func journalHoldsEveryStepAsItHappensAndIsRecoverable() throws {
    let folder = try ScratchFolder("sessions")
    defer { folder.remove() }
    let store = SessionStore(folder: folder.path)
    let journal = try AutosaveJournal.create(in: store, header: Self.header)
    #expect(try folder.mode(String(journal.path.split(separator: "/").last ?? "")) == 0o600)
    let recorder = SessionRecorder(header: Self.header, journal: journal)
    recorder.note("Why is c-0001 waiting?")
    recorder.record(command: "why c-0001", stdout: "blocked by rent\n", stderr: "", failed: false)
    recorder.note("Trailing note.")
    // The journal is on disk now; while this shell holds it, it is not an orphan.
    #expect(store.orphanedAutosaves().isEmpty)
    let onDisk = try SessionStore.read(path: journal.path)
    #expect(onDisk.steps == recorder.transcript.steps)
    #expect(onDisk.epilogue == ["Trailing note."])
    // Clean exit: the journal goes away.
    recorder.finish()
    #expect(folder.files().isEmpty)
  }

  @Test func unlockedJournalIsAnOrphanAndLoadsAsRecording() throws {
    let folder = try ScratchFolder("sessions")
    defer { folder.remove() }
    let store = SessionStore(folder: folder.path)
    // A journal nobody holds a lock on, as a killed shell leaves it.
    let text = TranscriptWriter.text(
      Transcript(
        header: Self.header,
        steps: [TranscriptStep(narration: ["n"], command: "tables", output: [TranscriptLine("x")])]))
    try SessionStore.write(text, to: folder.path + "/.autosave-99999.anvis")
    let orphans = store.orphanedAutosaves()
    #expect(orphans.map(\.path) == [folder.path + "/.autosave-99999.anvis"])
    let journal = try AutosaveJournal.create(in: store, header: Self.header)
    #expect(store.orphanedAutosaves(excluding: journal.path).count == 1)
    let recorder = SessionRecorder(header: Self.header, journal: journal)
    let first = try #require(orphans.first)
    recorder.append(first.transcript)
    #expect(recorder.steps.map(\.command) == ["tables"])
    #expect(try SessionStore.read(path: journal.path).steps == recorder.steps)
    recorder.finish()
  }

  @Test func journalNeedsAFolder() throws {
    let folder = try ScratchFolder("sessions")
    defer { folder.remove() }
    #expect(throws: SessionError.folderMissing(folder.path + "/none")) {
      try AutosaveJournal.create(in: SessionStore(folder: folder.path + "/none"), header: Self.header)
    }
  }
}
