import AnvisKit
import ArgumentParser

/// `anvis run FILE`: runs a script like batch mode.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run the inputs in FILE, stopping at the first error (exit status 1).")

  @OptionGroup var options: ShellOptions

  @Argument(
    help: ArgumentHelp(
      "A text file of shell inputs, one per line (`|` at the end continues).", valueName: "FILE"),
    completion: .file())
  var file: String

  func run() throws {
    let text: String
    do {
      text = try ReadFile.text(file)
    } catch {
      Terminal.write("anvis: cannot read '\(file)': \(error)\n", to: .error)
      throw ExitCode(1)
    }
    if TranscriptParser.isTranscript(text) {
      Terminal.write(
        "anvis: '\(file)' is a saved session, not a script; replay it with "
          + "`anvis replay NAME` (add --sessions DIR if it is not in ./sessions)\n", to: .error)
      throw ExitCode(1)
    }
    let shell = try options.openShell(interactive: false)
    defer { shell.finishSession() }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
    }
    if lines.last == "" { lines.removeLast() }
    throw ExitCode(BatchRunner(shell: shell, origin: file).run(lines: lines))
  }
}
