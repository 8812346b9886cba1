import Foundation

/// A tool a test needs (the built binary, chromium, python3 with pexpect or duckdb). On a developer's
/// machine a missing tool skips the test; with `ANVIS_REQUIRE_ALL=1` (as `.ci/run` sets) or
/// under CI the test runs and fails, so a green CI cannot hide a missing install step.
public enum RequiredTool {
  public static let isRequired: Bool = ["ANVIS_REQUIRE_ALL", "CI"].contains { name in
    guard let value = ProcessInfo.processInfo.environment[name] else { return false }
    return !value.isEmpty && value != "0" && value.lowercased() != "false"
  }

  /// True when a test that needs a tool should run: the tool is there, or CI must fail without it.
  public static func runs(_ available: Bool) -> Bool { available || isRequired }

  /// Whether `python3` can import `modules` (e.g. "duckdb", "numpy, scipy.optimize").
  public static func pythonImports(_ modules: String) -> Bool {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import " + modules]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    do {
      try p.run()
      p.waitUntilExit()
      return p.terminationStatus == 0
    } catch {
      return false
    }
  }
}
