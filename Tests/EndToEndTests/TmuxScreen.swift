import Foundation
import Testing

/// The screen a user sees, through tmux: anvis runs in a detached tmux session of a fixed
/// size (its own server socket), keys are typed with `send-keys`, and `capture-pane` reads
/// the screen as drawn, so a test can assert where `^C` and the next prompt landed (pexpect
/// sees the bytes, not the screen).
final class TmuxScreen {
  let home: TemporaryFolder
  var socket: String { home.path + "/tmux.sock" }

  static var isInstalled: Bool { (try? TmuxScreen.tmux(["-V"], socket: nil)) != nil }

  /// Starts `anvis ARGUMENTS` on a `columns`×`rows` screen, in `folder` (the test's by default).
  init(_ arguments: [String], columns: Int = 80, rows: Int = 24, in folder: String? = nil) throws {
    home = try TemporaryFolder()
    let binary = try #require(AnvisBinary.path, "anvis is not built")
    try "set enable-bracketed-paste off\n".write(
      toFile: home.path + "/inputrc", atomically: true, encoding: .utf8)
    let environment = [
      "TERM=xterm", "INPUTRC=\(home.path)/inputrc", "HOME=\(home.path)", "ANVIS_HISTORY=\(home.path)/history",
      "ANVIS_SESSIONS=\(home.path)", "NO_COLOR=1", "LANG=C.UTF-8",
    ]
    var command = (["env"] + environment + [binary] + arguments).map(Self.quoted).joined(separator: " ")
    if let folder { command = "cd \(Self.quoted(folder)) && " + command }
    // `sleep` keeps the pane (and what anvis drew) after anvis ends.
    // The server is born from this call and lives on: started through Python with every
    // descriptor above 2 closed, so it holds no pipe that this process (or a test running
    // beside it) waits to see closed, and with no signal blocked: a test runs on a thread that
    // blocks SIGTERM and SIGHUP, a child inherits that, and a server that cannot take the
    // SIGTERM `kill-server` sends itself outlives the test (with anvis in its pane).
    let start = [
      "tmux", "-S", socket, "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", command + "; sleep 60",
    ]
    let launcher = Process()
    launcher.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    launcher.arguments =
      [
        "python3", "-c",
        "import signal, subprocess, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); "
          + "sys.exit(subprocess.run(sys.argv[1:], close_fds=True).returncode)",
      ] + start
    launcher.standardInput = FileHandle.nullDevice
    launcher.standardOutput = FileHandle.nullDevice
    launcher.standardError = FileHandle.nullDevice
    try launcher.run()
    launcher.waitUntilExit()
    guard launcher.terminationStatus == 0 else { throw TmuxFailure(arguments: start) }
  }

  deinit { _ = try? Self.tmux(["kill-server"], socket: socket) }

  /// Types `text` as it stands (no key names).
  func type(_ text: String) throws { try Self.tmux(["send-keys", "-l", text], socket: socket) }

  /// Presses keys by tmux's names: `C-c`, `C-a`, `Enter`, `Tab`.
  func press(_ keys: String...) throws { try Self.tmux(["send-keys"] + keys, socket: socket) }

  /// The screen's lines, without trailing blanks.
  func screen() throws -> [String] {
    try Self.tmux(["capture-pane", "-p"], socket: socket).split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map { String($0).replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
  }

  /// Waits until the screen satisfies `condition` (10 seconds at most); returns the screen.
  @discardableResult
  func wait(
    for what: String, sourceLocation: SourceLocation = #_sourceLocation, _ condition: ([String]) -> Bool
  ) throws -> [String] {
    var lines: [String] = []
    for _ in 0..<200 {
      lines = try screen()
      if condition(lines) { return lines }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record(
      "waited for \(what); the screen:\n\(lines.joined(separator: "\n"))", sourceLocation: sourceLocation)
    return lines
  }

  @discardableResult
  static func tmux(_ arguments: [String], socket: String?) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["tmux"] + (socket.map { ["-S", $0] } ?? []) + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw TmuxFailure(arguments: arguments) }
    return String(decoding: data, as: UTF8.self)
  }

  static func quoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  struct TmuxFailure: Error { let arguments: [String] }
}
