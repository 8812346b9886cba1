import Foundation

/// The test fixtures (`Tests/AnvisKitTests/Fixtures/`), e.g. `tiny`, a small valid data set.
enum TestFixtures {
  struct Missing: Error, CustomStringConvertible {
    var description: String
  }

  /// The path of fixture `name` (a folder under `Fixtures/`).
  static func path(_ name: String) throws -> String {
    guard let root = Bundle.module.resourceURL?.appendingPathComponent("Fixtures").path else {
      throw Missing(description: "no resource bundle")
    }
    let path = root + "/" + name
    guard FileManager.default.fileExists(atPath: path) else {
      throw Missing(description: "no fixture \(path)")
    }
    return path
  }
}

/// A scratch copy of a fixture data set in a fresh temporary folder, to break on purpose.
struct ScratchDataset: ~Copyable {
  let directory: String

  /// Copies fixture `name` (default `tiny`) into a new temporary folder.
  init(copying name: String = "tiny") throws {
    let source = try TestFixtures.path(name)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("anvis-test-\(UUID().uuidString)").path
    try FileManager.default.copyItem(atPath: source, toPath: directory)
    self.directory = directory
  }

  deinit { try? FileManager.default.removeItem(atPath: directory) }

  func path(_ file: String) -> String { directory + "/" + file }

  func read(_ file: String) throws -> String { try String(contentsOfFile: path(file), encoding: .utf8) }

  func write(_ file: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path(file)))
  }

  func write(_ file: String, bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path(file)))
  }

  func remove(_ file: String) throws { try FileManager.default.removeItem(atPath: path(file)) }

  /// Line `number` (1-based) of `file`.
  func line(_ file: String, _ number: Int) throws -> String {
    String(try read(file).split(separator: "\n", omittingEmptySubsequences: false)[number - 1])
  }

  /// Replaces line `number` (1-based) of `file`.
  func replaceLine(_ file: String, _ number: Int, with line: String) throws {
    var lines = try read(file).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines[number - 1] = line
    try write(file, lines.joined(separator: "\n"))
  }

  /// The bytes of the file at `path`.
  static func bytes(of path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  /// Appends lines to `file`.
  func append(_ file: String, _ lines: String...) throws {
    try write(file, try read(file) + lines.map { $0 + "\n" }.joined())
  }
}
