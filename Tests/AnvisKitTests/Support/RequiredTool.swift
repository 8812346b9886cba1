import Foundation

/// A tool a unit test needs (python3 with duckdb). On a developer's machine a missing tool skips
/// the test; under CI (`CI` set, as `.ci/run` runs) the test runs and fails, so a green CI cannot
/// hide a missing install step.
enum RequiredTool {
  static let isCI: Bool = {
    guard let value = ProcessInfo.processInfo.environment["CI"] else { return false }
    return !value.isEmpty && value != "0" && value.lowercased() != "false"
  }()

  /// True when a test that needs a tool should run: the tool is there, or CI must fail without it.
  static func runs(_ available: Bool) -> Bool { available || isCI }
}
