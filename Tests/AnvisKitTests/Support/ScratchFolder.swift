import Foundation

/// A fresh, empty folder under the system's temporary folder for one test; removed on deinit.
final class ScratchFolder {
  let path: String

  init(_ label: String = "anvis") throws {
    let base = FileManager.default.temporaryDirectory.path
    path = base + "/\(label)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// `name` inside this folder.
  func file(_ name: String) -> String { path + "/" + name }

  /// The names in `folder` (this one by default), sorted.
  func listing(_ folder: String? = nil) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder ?? path).sorted()
  }

  func read(_ name: String) throws -> String {
    try String(contentsOfFile: file(name), encoding: .utf8)
  }

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
