import Synchronization
import Testing

@testable import AnvisKit

/// `.timer on`: the shell times each input on the stopwatch it is given and the recording keeps
/// the line as a volatile pattern.
@Suite struct StopwatchTests {
  /// A stopwatch that advances 250 ms each time it is read.
  static func ticking() -> Stopwatch {
    let ticks = Atomic<Int>(0)
    return Stopwatch { .milliseconds(250 * ticks.add(1, ordering: .relaxed).newValue) }
  }

  @Test func formatsMillisecondsWithThreeDecimals() {
    #expect(Stopwatch.line(for: .milliseconds(12)) == "Run Time: 0.012 s")
    #expect(Stopwatch.line(for: .milliseconds(1500)) == "Run Time: 1.500 s")
    #expect(Stopwatch.line(for: .seconds(61)) == "Run Time: 61.000 s")
  }

  @Test func timerAddsARunTimeLineOnlyWhenOnAndGivenAStopwatch() throws {
    let shell = try ShellTestData.shell()
    #expect(!shell.respond(to: "tables").stderr.contains("Run Time"))
    _ = shell.respond(to: ".timer on")
    #expect(!shell.respond(to: "tables").stderr.contains("Run Time"), "no stopwatch, no timing")
    let timed = try ShellTestData.shell(stopwatch: Self.ticking())
    _ = timed.respond(to: ".timer on")
    #expect(timed.respond(to: "tables").stderr == "Run Time: 0.250 s\n")
    #expect(timed.respond(to: "   ").stderr == "", "a blank line is not timed")
    #expect(timed.respond(to: ".timer off").stderr == "", "turning the timer off is not timed")
    #expect(timed.respond(to: "tables").stderr == "")
  }

  @Test func recordingKeepsTheTimingAsAGlob() throws {
    let folder = try ScratchFolder("sessions")
    defer { folder.remove() }
    let shell = try ShellTestData.shell(
      stopwatch: Self.ticking(), session: SessionOptions(folder: folder.path))
    defer { shell.finishSession() }
    _ = shell.respond(to: ".timer on")
    _ = shell.respond(to: "tables")
    let steps = try #require(shell.session.recorder).steps
    let text = TranscriptWriter.step(try #require(steps.last))
    #expect(text.contains("Run Time: * (glob)"))
    #expect(!text.contains("0.250"))
  }
}
