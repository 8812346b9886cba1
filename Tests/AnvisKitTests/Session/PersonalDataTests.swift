import Foundation
import Testing

@testable import AnvisKit

/// The one rule for CPR numbers typed at the shell: refused first, shown masked, never
/// recorded, journalled, saved or used as a name.
@Suite final class PersonalDataTests: RecordingSuite {
  let recording: RecordingShell

  init() throws { recording = try RecordingShell(opensDataset: false) }

  static let inputs = [
    "show case 010190-1234", "why 010190-1234", "describe 0101901234", ".mode 311299 9999",
    ".help 010190/1234", "010190-1234", ".note hi 010190-1234",
    "cases | where id == \"010190-1234\"", "scenario s010190-1234", ".save s0101901234",
    ".output 010190-1234.csv", "cases |\n  where id == \"０１０１９０-１２３４\"",
  ]

  @Test(arguments: inputs)
  func refusedMaskedAndNeverRecorded(input: String) throws {
    let r = shell.respond(to: input)
    #expect(r.failed)
    #expect(r.stdout == "")
    #expect(r.stderr.hasPrefix("error: this looks like a CPR number; anvis never stores CPR numbers\n"))
    #expect(r.stderr.contains("-****"))
    #expect(!Shell.holdsPersonalData(r.stderr), "\(r.stderr)")
    for digits in ["1234", "9999", "１２３４"] where input.contains(digits) {
      #expect(!r.stderr.contains(digits))
    }
    let recorder = try #require(shell.session.recorder)
    #expect(recorder.steps.isEmpty && recorder.pendingNarration.isEmpty)
    let journal = try #require(recorder.journal)
    let text = try String(contentsOfFile: journal.path, encoding: .utf8)
    #expect(!Shell.holdsPersonalData(text))
    #expect(folder.files().allSatisfy { !Shell.holdsPersonalData($0) })
    #expect(shell.scenarios.list.allSatisfy { !Shell.holdsPersonalData($0.name) })
    #expect(shell.queries.targets.output == nil)
  }

  /// The caret sits under the masked value, on the line of a multi-line input it is on.
  @Test func caretUnderTheMaskedValue() {
    let r = shell.respond(to: "cases |\n  where id == \"311299 9999\"", origin: "s.anvis", firstLine: 4)
    #expect(
      r.stderr == """
        error: this looks like a CPR number; anvis never stores CPR numbers
         --> s.anvis:5:16
        5 |   where id == "31 12 99-****"
          |                ^^^^^^^^^^^^^

        """)
  }

  @Test func twoNumbersAreBothMasked() {
    let r = shell.respond(to: "cases | where id in [\"0101901234\", \"0202021234\"]")
    #expect(r.stderr.contains("(and 1 more)"))
    #expect(r.stderr.contains("[\"01 01 90-****\", \"02 02 02-****\"]"))
  }

  /// A transcript holding a CPR-like value (edited by hand) is refused, shown masked, so no
  /// replay, export or recovery echoes it.
  @Test func transcriptWithANumberIsRefused() throws {
    let text = """
      # anvis session: s
      # data: d   seed: 1
      # anvis: 0.1.0   date: 2026-11-01

      Looked up 010190-1234 today.
        > tables
        x

      """
    #expect(throws: SessionError.TranscriptProblem(line: 5, column: 11, CPRDetector.message("01 01 90-****"))) {
      try TranscriptParser.parse(text)
    }
  }

  /// A hex hash in the header is not a number.
  @Test func aHashInTheHeaderIsNotANumber() throws {
    let hash = "sha256:0101901234" + String(repeating: "a", count: 54)
    let text = "# anvis session: s\n# data: d \(hash)   seed: 1\n# anvis: 0.1.0   date: 2026-11-01\n"
    #expect(try TranscriptParser.parse(text).header.dataHash == hash)
  }
}
