import Foundation

/// A fresh, empty folder under the system's temporary folder for one test; removed on deinit.
final class ScratchFolder {
  let path: String

  init(_ label: String = "anvis") throws {
    let base = FileManager.default.temporaryDirectory.path
    path = base + "/\(label)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
  }

  deinit { remove() }

  /// Removes the folder now (a `defer` keeps it until the end of a test's scope).
  func remove() { try? FileManager.default.removeItem(atPath: path) }

  /// `name` inside this folder.
  func file(_ name: String) -> String { path + "/" + name }

  /// The names in `folder` (this one by default), sorted.
  func listing(_ folder: String? = nil) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder ?? path).sorted()
  }

  func read(_ name: String) throws -> String {
    try String(contentsOfFile: file(name), encoding: .utf8)
  }

  /// The names in this folder, sorted; none if it cannot be read.
  func files() -> [String] { (try? listing()) ?? [] }

  /// The text of `name`, or nil when it is missing or not UTF-8.
  func contents(_ name: String) -> String? {
    FileManager.default.contents(atPath: file(name)).flatMap { String(data: $0, encoding: .utf8) }
  }

  /// Permission bits of `name` in this folder.
  func mode(_ name: String) throws -> Int { try Self.mode(file(name)) }

  /// Permission bits of `path`.
  static func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int) ?? -1
  }

  static func inode(_ path: String) throws -> UInt64 {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.systemFileNumber] as? UInt64) ?? 0
  }
}
