import Foundation
import Testing

@testable import AnvisKit

/// A journal a killed shell left is read up to its last complete step; the torn end is
/// reported and dropped, and the start-up notice and `.recover` still offer the rest.
@Suite struct TornJournalTests {
  static let complete = Array(
    """
    # anvis session: (unsaved)
    # data: (in memory)   seed: 1
    # anvis: 0.1.0   date: 2026-11-01

    Før styrtet.
      > tables
      x

      > units | count
      3


    """.utf8)

  static func read(_ bytes: [UInt8]) throws -> (Transcript, String?) {
    try AutosaveJournal.complete(bytes)
  }

  @Test func aCompleteJournalLosesNothing() throws {
    let (t, torn) = try Self.read(Self.complete)
    #expect(t.steps.map(\.command) == ["tables", "units | count"])
    #expect(torn == nil)
  }

  @Test(arguments: [
    Array("  > show unit u-00000".utf8),  // a line without its newline
    Array("Bøger".utf8.dropLast(3)),  // cut inside "ø"
    [0x20],  // a lone space
    Array("  > cases | count\n  2\n".utf8),  // a step without its closing empty line
    Array(" \n".utf8),  // a line that does not parse
    Array("  > cases | count\n  2\n  \u{FFFD}".utf8.dropLast(1)),
  ])
  func aTornEndIsDropped(tail: [UInt8]) throws {
    let (t, torn) = try Self.read(Self.complete + tail)
    #expect(t.steps.map(\.command) == ["tables", "units | count"])
    #expect(t.steps[0].narration == ["Før styrtet."])
    #expect(torn?.hasPrefix("the journal's end from line 12 was torn") == true, "\(torn ?? "nil")")
  }

  @Test func aTornStepInTheMiddleOfOutputIsDroppedWhole() throws {
    let bytes = Self.complete + Array("  > cases | count\n  Bø".utf8.dropLast(1)) + [0x0A]
    let (t, torn) = try Self.read(bytes)
    #expect(t.steps.count == 2)
    #expect(torn != nil)
  }

  @Test func aTornHeaderIsNotAJournal() {
    #expect(throws: SessionError.TranscriptProblem.self) { try Self.read(Array("# anvis session: (uns".utf8)) }
  }

  /// The start-up notice and `.recover` offer the complete steps and say what was dropped.
  @Test func noticeAndRecoverOfferTheCompleteSteps() throws {
    let folder = try ScratchFolder("sessions")
    defer { folder.remove() }
    try Data(Self.complete + Array("  > cases".utf8) + [0xC3]).write(
      to: URL(fileURLWithPath: folder.file(".autosave-7.anvis")))
    let shell = try ShellTestData.shell(session: SessionOptions(folder: folder.path))
    let notice = try #require(shell.session.startupNotice)
    defer { shell.finishSession() }
    #expect(notice.contains("2 steps (\"Før styrtet.\"). Type .recover to load it."))
    #expect(
      notice.contains("note: the journal's end from line 12 was torn (cut off mid-write) and is dropped"))
    let r = shell.respond(to: ".recover")
    #expect(r.stdout.hasPrefix("recovered 2 steps"))
    #expect(r.stdout.contains("note: the journal's end from line 12 was torn"))
    #expect(shell.session.recorder?.steps.map(\.command) == ["tables", "units | count"])
  }
}
