import Testing

@testable import AnvisKit

/// Leaving with recorded steps that were never saved warns once; saving, or asking again,
/// lets the user go.
@Suite final class LeaveWarningTests: RecordingSuite {
  let recording: RecordingShell

  init() throws { recording = try RecordingShell(opensDataset: false) }

  @Test func nothingRecordedLeavesAtOnce() {
    #expect(shell.session.leaveWarning(.endOfInput) == nil)
    _ = shell.respond(to: ".help")  // a shell command is a step too, but `.sessions` is not
    _ = shell.respond(to: ".sessions")
    #expect(shell.session.leaveWarning(.quitCommand) == "1 step not saved: .save NAME, or .quit again to leave")
  }

  @Test func warnsOnceThenLeaves() {
    _ = shell.respond(to: "tables")
    _ = shell.respond(to: "units | count")
    #expect(shell.session.leaveWarning(.endOfInput) == "2 steps not saved: .save NAME, or Ctrl-D again to leave")
    #expect(shell.session.leaveWarning(.endOfInput) == nil)
  }

  @Test func moreStepsAfterTheWarningWarnAgain() {
    _ = shell.respond(to: "tables")
    #expect(shell.session.leaveWarning(.endOfInput) != nil)
    _ = shell.respond(to: "units | count")
    #expect(shell.session.leaveWarning(.endOfInput) == "2 steps not saved: .save NAME, or Ctrl-D again to leave")
  }

  @Test func savedStepsLeaveWithoutAWarning() {
    _ = shell.respond(to: "tables")
    let saved = shell.respond(to: ".save leaving")
    #expect(!saved.failed, "\(saved.stderr)")
    #expect(shell.session.leaveWarning(.endOfInput) == nil)
    _ = shell.respond(to: "units | count")
    #expect(shell.session.leaveWarning(.endOfInput) == "1 step not saved: .save NAME, or Ctrl-D again to leave")
  }
}
