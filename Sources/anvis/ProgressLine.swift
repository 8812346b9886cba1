import AnvisKit
import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// While an input computes and stderr is a terminal, shows how far a counted computation
/// (a simulation's runs) has come: after a second, `… 37 of 100 runs done (Ctrl-C stops)`,
/// redrawn twice a second and erased before the answer is written.
final class ProgressLine: Sendable {
  private let running = Atomic<Bool>(true)
  private let shown = Atomic<Bool>(false)
  private let finished = DispatchSemaphore(value: 0)

  /// Starts watching `cancellation`'s progress; nil when stderr is not a terminal.
  static func start(watching cancellation: Cancellation) -> ProgressLine? {
    guard Terminal.isTerminal(.error) else { return nil }
    let line = ProgressLine()
    DispatchQueue.global().async { line.loop(cancellation) }
    return line
  }

  private func loop(_ cancellation: Cancellation) {
    var ticks = 0
    while running.load(ordering: .acquiring) {
      usleep(100_000)
      ticks += 1
      guard ticks >= 10, ticks % 5 == 0, running.load(ordering: .acquiring), let p = cancellation.progress
      else { continue }
      Terminal.write("\r\u{1B}[K… \(p.done) of \(p.total) runs done (Ctrl-C stops)", to: .error)
      shown.store(true, ordering: .releasing)
    }
    finished.signal()
  }

  /// Stops the display and erases it.
  func stop() {
    running.store(false, ordering: .releasing)
    finished.wait()
    if shown.load(ordering: .acquiring) { Terminal.write("\r\u{1B}[K", to: .error) }
  }
}
