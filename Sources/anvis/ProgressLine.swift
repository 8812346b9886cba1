import AnvisKit
import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// While an input computes in the interactive shell and stderr is a terminal, shows after
/// half a second what is running and how far it has come, redrawn twice a second:
/// `simulate youth-first: 37 of 100 runs, about 4 s left (Ctrl-C stops)`, or for work that
/// does not count its steps `units | … : 1.5 s (Ctrl-C stops)`. The line is erased before the
/// answer is written. Never in batch mode, so scripts, transcripts and `.output` never see it.
final class ProgressLine: Sendable {
  /// Set by the interactive shell; batch mode (scripts, pipes, `-c`) shows no progress.
  static let enabled = Atomic<Bool>(false)

  private let running = Atomic<Bool>(true)
  private let shown = Atomic<Bool>(false)
  private let finished = DispatchSemaphore(value: 0)
  /// Signalled by `stop`, so the loop ends at once instead of after its current tick: every
  /// input at a terminal goes through here, and its answer must not wait for a tick.
  private let wake = DispatchSemaphore(value: 0)

  /// Starts watching `cancellation`'s progress for `input`; nil when there is nothing to show on.
  static func start(watching cancellation: Cancellation, input: String) -> ProgressLine? {
    guard enabled.load(ordering: .relaxed), Terminal.isTerminal(.error) else { return nil }
    let line = ProgressLine()
    let what = Self.head(of: input)
    DispatchQueue.global().async { line.loop(cancellation, what: what) }
    return line
  }

  /// The input's first line, shortened: what the line says runs when nothing says better.
  static func head(of input: String) -> String {
    let first = input.split(separator: "\n").first.map(String.init) ?? input
    let trimmed = first.trimmingCharacters(in: " \t")
    return trimmed.count <= 40 ? trimmed : String(trimmed.prefix(39)) + "…"
  }

  private func loop(_ cancellation: Cancellation, what: String) {
    var ticks = 0
    var estimate = Estimate()
    while running.load(ordering: .acquiring) {
      if wake.wait(timeout: .now() + .milliseconds(100)) == .success { break }
      ticks += 1
      let progress = cancellation.progress
      if let p = progress { estimate.observe(done: p.done, total: p.total, label: cancellation.label, tick: ticks) }
      guard ticks >= 5, ticks % 5 == 0, running.load(ordering: .acquiring) else { continue }
      let label = cancellation.label.isEmpty ? what : cancellation.label
      var text: String
      if let p = progress {
        text = "\(label): \(p.done) of \(p.total) runs"
        if let left = estimate.secondsLeft(done: p.done, total: p.total, tick: ticks) {
          text += ", about \(Self.duration(left)) left"
        }
      } else {
        text = "\(label): \(Self.duration(Double(ticks) / 10))"
      }
      if let message = Self.message.withLock({ $0 }) { text += " · " + message }
      text += " (Ctrl-C stops)"
      Terminal.rewriteLine(Self.fitted(text))
      shown.store(true, ordering: .releasing)
    }
    finished.signal()
  }

  /// Stops the display and erases it.
  func stop() {
    running.store(false, ordering: .releasing)
    wake.signal()
    finished.wait()
    if shown.load(ordering: .acquiring) { Terminal.rewriteLine("") }
    Self.message.withLock { $0 = nil }
  }

  /// `4 s`, `1 min 20 s`.
  static func duration(_ seconds: Double) -> String {
    let s = Int(seconds.rounded(.up))
    if seconds < 10 { return NumberFormat.string((seconds * 10).rounded() / 10) + " s" }
    return s < 60 ? "\(s) s" : "\(s / 60) min \(s % 60) s"
  }

  /// The text cut to the terminal's width, so that `\r` can always redraw it.
  static func fitted(_ text: String) -> String {
    let width = Terminal.columns(.error) ?? 80
    return text.count < width ? text : String(text.prefix(max(1, width - 2))) + "…"
  }

  /// Time left from the pace since the current counted computation began (a new label or
  /// total, or fewer runs done than before, begins a new one).
  struct Estimate {
    var label = ""
    var total = 0
    var lastDone = 0
    var startTick = 0
    var startDone = 0

    mutating func observe(done: Int, total: Int, label: String, tick: Int) {
      if label != self.label || total != self.total || done < lastDone {
        self.label = label
        self.total = total
        startTick = tick
        startDone = done
      }
      lastDone = done
    }

    func secondsLeft(done: Int, total: Int, tick: Int) -> Double? {
      let progressed = done - startDone
      guard progressed > 0, tick > startTick else { return nil }
      let perRun = Double(tick - startTick) / 10 / Double(progressed)
      return perRun * Double(total - done)
    }
  }
}

/// The shell's own progress messages (`calibrate fit`'s candidates): the latest is shown after
/// the counted progress on the same line.
extension ProgressLine {
  static let message = Mutex<String?>(nil)

  /// The message keeper for the shell: the progress line shows the latest message.
  static func writer() -> ((String) -> Void)? {
    { line in message.withLock { $0 = line } }
  }
}
