import Foundation
import Testing

@testable import AnvisKit

/// Two `.save NAME` at the same moment: exactly one wins, the others are told it exists.
@Suite struct SaveRaceTests {
  @Test func manyConcurrentSavesOfOneNameHaveExactlyOneWinner() async throws {
    let folder = try ScratchFolder("sessions")
    defer { folder.remove() }
    let store = SessionStore(folder: folder.path)
    let header = TranscriptHeader(name: "(unsaved)", dataFolder: "d", date: "2026-11-01")
    for round in 0..<25 {
      let name = try SessionName("race-\(round)")
      let outcomes = await withTaskGroup(of: (Int, Result<String, SessionError>).self) { group in
        for writer in 0..<8 {
          group.addTask {
            let transcript = Transcript(header: header, steps: [TranscriptStep(command: "writer \(writer)")])
            do throws(SessionError) {
              return (writer, .success(try store.save(transcript, as: name, force: false)))
            } catch {
              return (writer, .failure(error))
            }
          }
        }
        var all: [(Int, Result<String, SessionError>)] = []
        for await outcome in group { all.append(outcome) }
        return all
      }
      let winners = outcomes.filter { if case .success = $0.1 { return true } else { return false } }
      #expect(winners.count == 1, "round \(round): \(outcomes)")
      for case (_, .failure(let error)) in outcomes {
        #expect(error == .exists(name: name.value, path: store.path(for: name)))
      }
      // The file on disk is the winner's, whole.
      let saved = try SessionStore.read(path: store.path(for: name))
      #expect(saved.steps.map(\.command) == ["writer \(winners.first?.0 ?? -1)"])
    }
    // No temporary file is left behind.
    #expect(folder.files().allSatisfy { $0.hasPrefix("race-") && $0.hasSuffix(".anvis") })
    #expect(folder.files().count == 25)
  }

  @Test func forceStillReplaces() throws {
    let folder = try ScratchFolder("sessions")
    defer { folder.remove() }
    let store = SessionStore(folder: folder.path)
    let name = try SessionName("s")
    let header = TranscriptHeader(name: "(unsaved)", dataFolder: "d", date: "2026-11-01")
    try store.save(
      Transcript(header: header, steps: [TranscriptStep(command: "one")]), as: name, force: false)
    try store.save(Transcript(header: header, steps: [TranscriptStep(command: "two")]), as: name, force: true)
    #expect(try store.load(name).steps.map(\.command) == ["two"])
    #expect(try folder.mode("s.anvis") == 0o600)
  }
}
