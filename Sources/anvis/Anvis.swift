import AnvisKit
import ArgumentParser

/// `anvis`: the shell over a data set; subcommands run a script, replay a session,
/// generate or validate a data set.
@main
struct Anvis: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "anvis",
    abstract: "A shell for finding homes: query the housing stock and the cases, simulate what-ifs.",
    discussion: """
      With no subcommand, opens the shell: interactive on a terminal, otherwise it reads inputs \
      from stdin, stops at the first error and exits 1.
      """,
    subcommands: [RunCommand.self, ReplayCommand.self, GenerateCommand.self, ValidateCommand.self, ConvertCommand.self])

  @OptionGroup var options: ShellOptions

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp("Run CMD and exit (repeatable), like batch mode.", valueName: "CMD"))
  var commands: [String] = []

  /// Refuses a command line holding a CPR-like value before anything else sees it (it would
  /// be echoed in errors, file names or transcripts); otherwise parses and runs as usual.
  static func main() {
    for (i, argument) in CommandLine.arguments.enumerated().dropFirst() {
      guard let masked = CPRDetector.maskedMatch(in: argument) else { continue }
      Terminal.write(
        "anvis: error: \(Shell.personalDataMessage) (argument \(i): \(masked))\n", to: .error)
      Self.exit(withError: ExitCode(1))
    }
    // The folders named in the environment are echoed in messages and written to transcripts.
    for name in ["ANVIS_DATA", "ANVIS_SESSIONS", "ANVIS_HISTORY"] {
      guard let value = Terminal.environment(name), let masked = CPRDetector.maskedMatch(in: value) else {
        continue
      }
      Terminal.write("anvis: error: \(Shell.personalDataMessage) ($\(name): \(masked))\n", to: .error)
      Self.exit(withError: ExitCode(1))
    }
    Self.main(nil)
  }

  func run() throws {
    let shell = try options.openShell(interactive: commands.isEmpty && Terminal.isTerminal(.input))
    defer { shell.finishSession() }
    if !commands.isEmpty {
      throw ExitCode(BatchRunner(shell: shell).run(inputs: commands))
    }
    if Terminal.isTerminal(.input) {
      throw ExitCode(InteractiveSession(shell: shell).run())
    }
    throw ExitCode(BatchRunner(shell: shell).run(lines: StandardInputLines()))
  }
}
