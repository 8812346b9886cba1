import AnvisKit
import Synchronization

/// The shell's progress lines (`calibrate fit`) on stderr when it is a terminal: each line
/// overwrites the last (`\r`, erase to the end), and the line is wiped before the answer is
/// printed. Nothing is written to a pipe or a file, so scripts and transcripts never see it.
enum ProgressLine {
  /// A progress line is on the screen.
  static let shown = Atomic<Bool>(false)

  /// Installs the writer on `shell` when stderr is a terminal.
  static func install(on shell: Shell) {
    guard Terminal.isTerminal(.error) else { return }
    let width = Terminal.columns(.error) ?? 80
    shell.progress = { line in
      let fitted = line.count < width ? line : String(line.prefix(max(1, width - 2))) + "…"
      Terminal.write("\r\u{1B}[K" + fitted, to: .error)
      shown.store(true, ordering: .relaxed)
    }
  }

  /// Wipes the progress line, if any.
  static func clear() {
    if shown.exchange(false, ordering: .relaxed) { Terminal.write("\r\u{1B}[K", to: .error) }
  }
}
