import Testing

@testable import AnvisKit

@Suite struct TranscriptReplayTests {
  static let transcript = Transcript(
    header: TranscriptHeader(name: "t", dataFolder: "d", seed: 1, date: "2026-11-01"),
    steps: [
      TranscriptStep(
        narration: ["Count them."], command: "units | count", output: [TranscriptLine("3")], line: 5),
      TranscriptStep(command: "cases | count", output: [TranscriptLine("2")], line: 8),
    ], epilogue: ["Done."])

  final class Fake {
    var answers: [String: String]
    var ran: [String] = []
    init(_ answers: [String: String]) { self.answers = answers }
    func run(_ input: String) -> ReplayOutput {
      ran.append(input)
      if let text = answers[input] { return ReplayOutput(stdout: text) }
      return ReplayOutput(stderr: "error: unknown '\(input)'\n", failed: true)
    }
  }

  @Test func sameOutputPasses() {
    let fake = Fake(["units | count": "3\n", "cases | count": "2\n"])
    let replay = TranscriptReplay(Self.transcript, run: fake.run)
    #expect(replay.passed)
    #expect(replay.summary == "2 steps, all match")
    #expect(replay.report(file: "s.anvis") == "")
    #expect(replay.playback() == "Count them.\nanvis> units | count\n3\nanvis> cases | count\n2\nDone.\n")
  }

  @Test func changedOutputNamesTheStepAndUpdateAccepts() {
    let fake = Fake(["units | count": "3\n", "cases | count": "5\n"])
    let replay = TranscriptReplay(Self.transcript, run: fake.run)
    #expect(!replay.passed)
    #expect(replay.differing == [1])
    #expect(replay.summary == "1 of 2 steps differ")
    #expect(
      replay.report(file: "s.anvis")
        == "step 2 (s.anvis:8): cases | count\n--- recorded\n+++ actual\n@@ -1 +1 @@\n-2\n+5\n")
    let updated = replay.updated()
    #expect(updated.steps[1].output == [TranscriptLine("5")])
    #expect(TranscriptReplay(updated, run: fake.run).passed)
  }

  @Test func stepModeEnterAdvancesOtherInputDoesNotQStops() {
    let fake = Fake(["units | count": "3\n", "cases | count": "2\n", "tables": "units\n"])
    let stepper = StepReplay(Self.transcript, run: fake.run)
    #expect(stepper.preview() == "── step 1/2 ──\nCount them.\nanvis> units | count\n")
    #expect(stepper.handle("tables") == (.ranCommand, ReplayOutput(stdout: "units\n")))
    #expect(stepper.position == 0)
    #expect(stepper.handle("") == (.ranStep(0), ReplayOutput(stdout: "3\n")))
    #expect(stepper.preview().hasPrefix("── step 2/2 ──"))
    #expect(stepper.handle(" q ").0 == .stopped)
    #expect(stepper.isFinished)
    #expect(fake.ran == ["tables", "units | count"])
  }

  @Test func stepModeRunsToTheEndWithEpilogue() {
    let fake = Fake(["units | count": "3\n", "cases | count": "2\n"])
    let stepper = StepReplay(Self.transcript, run: fake.run)
    _ = stepper.handle("")
    #expect(stepper.handle("") == (.ranStep(1), ReplayOutput(stdout: "2\nDone.\n")))
    #expect(stepper.handle("").0 == .finished)
  }
}
