import AnvisKit

/// The shell without a terminal (a pipe, `-c`, `run FILE`): no banner, no prompt, no history;
/// stops at the first error with status 1, or with `.bail off` goes on and exits 1 at the end.
final class BatchRunner {
  let shell: Shell
  /// Named in diagnostics: `input` for stdin and `-c`, the file for `run FILE`.
  var origin = "input"
  /// An input failed while `.bail off` let the script go on.
  private var failed = false

  init(shell: Shell, origin: String = "input") {
    self.shell = shell
    self.origin = origin
  }

  /// Runs each string as one complete input.
  func run(inputs: [String]) -> Int32 {
    for input in inputs {
      if let status = step(input, firstLine: 1) { return status }
    }
    return failed ? 1 : 0
  }

  /// Gathers lines into complete inputs and runs them; an unfinished input at the end runs too.
  /// A line that starts with `|` continues the input before it (see `InputBuffer.inputs`).
  func run(lines: some Sequence<String>) -> Int32 {
    for input in InputBuffer.inputs(lines) {
      if let status = step(input.text, firstLine: input.firstLine) { return status }
    }
    return failed ? 1 : 0
  }

  /// Runs one input; a status when the run must stop here.
  private func step(_ input: String, firstLine: Int) -> Int32? {
    let response = Timing.respond(shell, to: input, origin: origin, firstLine: firstLine)
    if response.failed {
      if shell.settings.bail { return 1 }
      failed = true
    }
    if response.quit { return 0 }
    return nil
  }
}
