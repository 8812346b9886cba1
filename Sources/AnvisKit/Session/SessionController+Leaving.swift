/// Leaving the interactive shell with recorded steps that were never saved: the first `.quit`
/// or Ctrl-D warns and the shell stays; the next one leaves. The autosave journal stays on
/// disk until the user leaves (and after a crash, for `.recover`).
extension SessionController {
  /// How the user asked to leave, named in the warning so they know how to insist.
  public enum LeaveRequest: Sendable {
    case quitCommand, endOfInput

    var again: String {
      switch self {
      case .quitCommand: ".quit again"
      case .endOfInput: "Ctrl-D again"
      }
    }
  }

  /// The warning to show instead of leaving, or nil to leave now. Warns once for a given number
  /// of unsaved steps: asking again leaves; recording more steps first warns again.
  public func leaveWarning(_ request: LeaveRequest) -> String? {
    guard let recorder, !sandboxed else { return nil }
    let unsaved = recorder.unsavedSteps
    guard unsaved > 0, warnedAtUnsaved != unsaved else { return nil }
    warnedAtUnsaved = unsaved
    let steps = unsaved == 1 ? "1 step" : "\(unsaved) steps"
    return "\(steps) not saved: .save NAME, or \(request.again) to leave"
  }
}
