import AnvisKit
import ArgumentParser

/// `anvis replay NAME [--step|--check|--update]`: re-runs a saved session (sessions helper).
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay", abstract: "Replay a saved session: live, step by step, or as a check.")

  @OptionGroup var options: ShellOptions

  @Argument(help: ArgumentHelp("The session's name (sessions/NAME.anvis).", valueName: "NAME"))
  var name: String

  @Flag(help: "Pause before each step (Enter runs it, q stops).") var step = false
  @Flag(help: "Compare every output with the recording; print a diff and exit 1 on a difference.") var check =
    false
  @Flag(help: "Accept the new outputs into the recording.") var update = false

  func run() throws {
    Terminal.write("anvis: replay is not available yet\n", to: .error)
    throw ExitCode(1)
  }
}
