import Foundation

/// A fresh folder under the system's temporary folder, removed by `remove()`.
struct SessionTestFolder {
  let path: String

  init(_ label: String = "sessions") throws {
    path = NSTemporaryDirectory() + "anvis-\(label)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }

  func files() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

  func mode(_ name: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path + "/" + name)
    return (attributes[.posixPermissions] as? Int) ?? -1
  }

  func read(_ name: String) -> String? {
    FileManager.default.contents(atPath: path + "/" + name).flatMap { String(data: $0, encoding: .utf8) }
  }
}
