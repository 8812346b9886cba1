/// Measures how long an input took, for `.timer on`. The library never reads the clock: the
/// executable hands the shell a stopwatch over its own clock, and a shell without one prints
/// no timings.
public struct Stopwatch: Sendable {
  /// Time elapsed since some fixed instant.
  public let now: @Sendable () -> Duration

  public init(now: @escaping @Sendable () -> Duration) { self.now = now }

  /// The line `.timer on` prints after each input, e.g. `Run Time: 0.012 s`. Transcripts keep
  /// it as a volatile line (`Run Time: * (glob)`), so replays do not compare it.
  public static func line(for elapsed: Duration) -> String {
    let (seconds, attoseconds) = elapsed.components
    let millis = max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    let fraction = String(millis % 1000)
    return "Run Time: \(millis / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction) s"
  }
}
