import AnvisKit

/// Runs one input, prints its answer and, with `.timer on`, how long it took.
enum Timing {
  static func respond(_ shell: Shell, to input: String, origin: String = "input", firstLine: Int = 1)
    -> Response
  {
    let clock = ContinuousClock()
    let start = clock.now
    Interrupts.computing.store(true, ordering: .relaxed)
    let response = shell.respond(to: input, origin: origin, firstLine: firstLine)
    Interrupts.computing.store(false, ordering: .relaxed)
    let elapsed = clock.now - start
    Terminal.write(response.stdout)
    Terminal.write(response.stderr, to: .error)
    let trimmed = input.trimmingCharacters(in: " \t\n")
    if shell.settings.timer && !trimmed.isEmpty && !trimmed.hasPrefix("#") {
      Terminal.write("Run Time: \(format(elapsed))\n", to: .error)
    }
    return response
  }

  /// Seconds with three decimals, e.g. `0.012 s`.
  static func format(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let millis = seconds * 1000 + attoseconds / 1_000_000_000_000_000
    let fraction = String(millis % 1000)
    return "\(millis / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction) s"
  }
}
