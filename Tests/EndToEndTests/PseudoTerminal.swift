import Foundation
import Testing

/// Drives anvis through a pseudo-terminal with Python's pexpect: a script of steps (send
/// text, expect text, Ctrl-C, Ctrl-D, wait for the exit status).
struct PseudoTerminal {
  enum Step {
    case send(String)
    /// Waits for this exact text.
    case expect(String)
    /// Ctrl-C, as the terminal sends it (SIGINT to the foreground process).
    case interrupt
    /// Ctrl-D.
    case endOfInput
    /// Waits for the process to end with this status.
    case exit(Int32)
    /// Runs a shell command beside the terminal (e.g. to change a data file).
    case perform(String)
    /// SIGKILL to anvis, then waits for it to be gone.
    case kill
    /// SIGTERM to anvis (what `kill` sends), then waits for it to end by that signal.
    case terminate

    var json: [Any] {
      switch self {
      case .send(let text): ["send", text]
      case .expect(let text): ["expect", text]
      case .interrupt: ["intr"]
      case .endOfInput: ["eof"]
      case .exit(let status): ["exit", Int(status)]
      case .perform(let command): ["sh", command]
      case .kill: ["kill"]
      case .terminate: ["term"]
      }
    }
  }

  /// HOME, the history file and the inputrc live here.
  let home: TemporaryFolder

  init() throws {
    home = try TemporaryFolder()
    // The user's inputrc stays out; bracketed paste off so no escape codes surround input.
    try "set enable-bracketed-paste off\n".write(toFile: inputrc, atomically: true, encoding: .utf8)
  }

  var inputrc: String { home.path + "/inputrc" }
  var historyFile: String { home.path + "/history" }

  /// Runs the steps; returns what the terminal showed, or fails the test with it.
  @discardableResult
  func run(
    _ arguments: [String], _ steps: [Step], colour: Bool = false, columns: Int = 120,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let binary = try #require(AnvisBinary.path, "anvis is not built")
    var environment: [String: String] = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "TERM": "xterm",
      "INPUTRC": inputrc, "HOME": home.path, "ANVIS_HISTORY": historyFile, "LANG": "C.UTF-8",
    ]
    if !colour { environment["NO_COLOR"] = "1" }
    let plan: [String: Any] = [
      "binary": binary, "args": arguments, "env": environment, "steps": steps.map(\.json),
      "columns": columns,
    ]
    let (status, transcript) = try Self.runPython(
      Self.driver, plan: plan, planFile: home.path + "/plan-\(UUID().uuidString).json",
      driverFile: home.path + "/driver.py")
    #expect(status == 0, "\(transcript)", sourceLocation: sourceLocation)
    return transcript
  }

  /// Runs the Python `driver` on `plan` (written as JSON to `planFile`), with no standard
  /// input; its exit status and everything it printed.
  static func runPython(_ driver: String, plan: [String: Any], planFile: String, driverFile: String) throws
    -> (status: Int32, output: String)
  {
    try JSONSerialization.data(withJSONObject: plan).write(to: URL(fileURLWithPath: planFile))
    try driver.write(toFile: driverFile, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", driverFile, planFile]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// The pexpect side: follows the plan, prints the terminal's text, exits 1 on a mismatch.
  static let driver = #"""
    import json, sys
    try:
        import pexpect
    except ImportError:
        print("pexpect is missing: pip install pexpect"); sys.exit(2)
    plan = json.load(open(sys.argv[1]))
    # anvis starts with SIGTERM and SIGHUP blocked, as a child of a thread that blocks them
    # does (a test's own thread often does): anvis must unblock what it has to answer.
    import signal
    signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGTERM, signal.SIGHUP])
    child = pexpect.spawn(plan["binary"], plan["args"], env=plan["env"], dimensions=(24, plan.get("columns", 120)),
                          encoding="utf-8", timeout=15)
    seen = []
    leave = "eof"
    def show():
        return "".join(seen) + (child.before or "")
    try:
        for step in plan["steps"]:
            kind = step[0]
            if kind == "send":
                child.send(step[1])
                if step[1].strip() in (".quit", ".exit"):
                    leave = "quit"
            elif kind == "expect":
                child.expect_exact(step[1])
                seen.append(child.before + child.after)
            elif kind == "intr":
                child.sendintr()
            elif kind == "eof":
                child.sendeof()
                leave = "eof"
            elif kind == "kill":
                import os, signal
                os.kill(child.pid, signal.SIGKILL)
                child.expect(pexpect.EOF)
                seen.append(child.before)
                child.close()
            elif kind == "term":
                import os
                os.kill(child.pid, signal.SIGTERM)
                child.expect(pexpect.EOF, timeout=5)
                seen.append(child.before)
                child.close()
                if child.signalstatus != signal.SIGTERM:
                    print("".join(seen))
                    print(f"\n--- expected the end by SIGTERM, got status {child.exitstatus} (signal {child.signalstatus})")
                    sys.exit(1)
            elif kind == "sh":
                import subprocess
                subprocess.run(step[1], shell=True, check=True)
            elif kind == "exit":
                # Leaving with unsaved steps warns once; `exit` insists as the user would.
                if child.expect([pexpect.EOF, r"not saved: \.save NAME, or (Ctrl-D|\.quit) again to leave"]) == 1:
                    seen.append(child.before + child.after)
                    # Answer at the next prompt, as a user would: an end of input sent while
                    # the shell is still between prompts can be lost.
                    child.expect(r"anvis(\[[^\]\r\n]*\])?> ")
                    seen.append(child.before + child.after)
                    if leave == "quit":
                        child.send(".quit\r")
                    else:
                        child.sendeof()
                    child.expect(pexpect.EOF)
                seen.append(child.before)
                child.close()
                if child.exitstatus != step[1]:
                    print("".join(seen))
                    print(f"\n--- expected exit status {step[1]}, got {child.exitstatus} (signal {child.signalstatus})")
                    sys.exit(1)
    except (pexpect.TIMEOUT, pexpect.EOF) as e:
        print(show())
        print(f"\n--- step {step!r} failed: {type(e).__name__}")
        try:
            print([l for l in open(f"/proc/{child.pid}/status").read().splitlines() if l.startswith("Sig") or l.startswith("Shd")])
            import termios; print("lflag", termios.tcgetattr(child.child_fd)[3])
        except Exception as x:
            print(x)
        sys.exit(1)
    print("".join(seen))
    """#
}
