import AnvisKit

/// Runs one input and prints its answer (with `.timer on`, the shell adds how long it took,
/// measured on the executable's clock).
enum Timing {
  /// The process's clock, handed to every shell: the library never reads one itself.
  static let stopwatch: Stopwatch = {
    let origin = ContinuousClock.now
    return Stopwatch { origin.duration(to: .now) }
  }()

  static func respond(_ shell: Shell, to input: String, origin: String = "input", firstLine: Int = 1)
    -> Response
  {
    // The terminal may have been resized since the last input.
    if let width = Terminal.columns(.output) { shell.screenWidth(width) }
    Interrupts.computing.store(true, ordering: .relaxed)
    let progress = ProgressLine.start(watching: shell.cancellation, input: input)
    let response = shell.respond(to: input, origin: origin, firstLine: firstLine)
    progress?.stop()
    Interrupts.computing.store(false, ordering: .relaxed)
    Terminal.write(response.output)
    Terminal.write(response.errors, to: .error)
    return response
  }
}
