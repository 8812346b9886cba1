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
  /// Signalled by `stop`, so the loop ends at once instead of after its current tick: every
  /// input at a terminal goes through here, and its answer must not wait for a tick.
  private let wake = DispatchSemaphore(value: 0)

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
      if wake.wait(timeout: .now() + .milliseconds(100)) == .success { break }
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
    wake.signal()
    finished.wait()
    if shown.load(ordering: .acquiring) { Terminal.write("\r\u{1B}[K", to: .error) }
  }
}

/// The shell's own progress messages (`calibrate fit`'s candidates) on stderr when it is a
/// terminal: each message overwrites the last (`\r`, erase to the end), and the line is wiped
/// before the answer is printed. Nothing is written to a pipe or a file, so scripts and
/// transcripts never see it.
extension ProgressLine {
  /// A progress message is on the screen.
  static let messageShown = Atomic<Bool>(false)

  /// The message writer for the shell when stderr is a terminal; nil otherwise.
  static func writer() -> ((String) -> Void)? {
    guard Terminal.isTerminal(.error) else { return nil }
    let width = Terminal.columns(.error) ?? 80
    return { line in
      let fitted = line.count < width ? line : String(line.prefix(max(1, width - 2))) + "…"
      Terminal.write("\r\u{1B}[K" + fitted, to: .error)
      messageShown.store(true, ordering: .relaxed)
    }
  }

  /// Wipes the progress message, if any.
  static func clear() {
    if messageShown.exchange(false, ordering: .relaxed) { Terminal.write("\r\u{1B}[K", to: .error) }
  }
}
