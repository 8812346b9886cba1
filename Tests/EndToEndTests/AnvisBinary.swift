import Foundation
import Testing

/// The built `anvis` executable and a way to run it through pipes.
enum AnvisBinary {
  /// `$ANVIS_BINARY`, else the `anvis` that the same build made beside the test runner (any
  /// configuration or `--scratch-path`), else `.build/debug/anvis` (or `.build/<triple>/debug/anvis`)
  /// next to this package; nil when it is not built.
  static let path: String? = {
    let fm = FileManager.default
    if let env = ProcessInfo.processInfo.environment["ANVIS_BINARY"], fm.isExecutableFile(atPath: env) {
      return env
    }
    var candidates: [String] = []
    // The test runner lives in the build's products folder (…/debug/anvisPackageTests.xctest),
    // beside the executables that the same `swift test` built.
    for runner in [Bundle.main.executablePath, CommandLine.arguments.first].compactMap({ $0 }) {
      var url = URL(fileURLWithPath: runner).resolvingSymlinksInPath()
      for _ in 0..<4 {
        url.deleteLastPathComponent()
        candidates.append(url.path + "/anvis")
      }
    }
    let root = packageRoot
    candidates.append(root + "/.build/debug/anvis")
    if let triples = try? fm.contentsOfDirectory(atPath: root + "/.build") {
      candidates += triples.sorted().map { root + "/.build/\($0)/debug/anvis" }
    }
    return candidates.first { fm.isExecutableFile(atPath: $0) && !isDirectory($0) }
  }()

  private static func isDirectory(_ path: String) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
  }

  static var isBuilt: Bool { path != nil }

  /// The package folder, from this file's path (Tests/EndToEndTests/AnvisBinary.swift).
  static let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  struct Result {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  /// Runs anvis with `arguments`, `stdin` as its standard input (never a terminal), in
  /// `directory`, with a clean environment; waits for it.
  static func run(
    _ arguments: [String], stdin: String = "", in directory: String? = nil,
    environment: [String: String] = [:], executable: String? = nil
  ) throws -> Result {
    let path = try executable ?? #require(path, "anvis is not built")
    let scratch = try TemporaryFolder()
    let inFile = scratch.path + "/stdin"
    let outFile = scratch.path + "/stdout"
    let errFile = scratch.path + "/stderr"
    try stdin.write(toFile: inFile, atomically: true, encoding: .utf8)
    try #require(FileManager.default.createFile(atPath: outFile, contents: nil))
    try #require(FileManager.default.createFile(atPath: errFile, contents: nil))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory ?? scratch.path)
    process.environment = cleanEnvironment(home: scratch.path).merging(environment) { $1 }
    process.standardInput = FileHandle(forReadingAtPath: inFile)
    process.standardOutput = FileHandle(forWritingAtPath: outFile)
    process.standardError = FileHandle(forWritingAtPath: errFile)
    try process.run()
    process.waitUntilExit()
    return Result(
      stdout: try String(contentsOfFile: outFile, encoding: .utf8),
      stderr: try String(contentsOfFile: errFile, encoding: .utf8),
      status: process.terminationStatus)
  }

  /// PATH only, a private HOME and history file, no colours.
  static func cleanEnvironment(home: String) -> [String: String] {
    [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "HOME": home, "ANVIS_HISTORY": home + "/history", "NO_COLOR": "1", "TERM": "dumb",
    ]
  }
}

/// A folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
  let path: String

  init() throws {
    // Letters only: a UUID's digits can look like a CPR number (`…200783-1234…`), which anvis
    // rightly refuses in a path such as ANVIS_HISTORY.
    let letters = Array("ghijklmnop")
    let name = String(UUID().uuidString.map { $0.wholeNumberValue.map { letters[$0] } ?? $0 })
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("anvis-e2e-\(name)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    path = url.path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}
