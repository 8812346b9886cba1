import Foundation

/// The names in a folder, for the stores that keep one file per saved thing (scenarios,
/// sessions, autosave journals). The one place a store lists a folder.
enum FolderListing {
  /// Names in `folder` that end in `suffix`, sorted by their bytes; hidden names (a leading
  /// `.`) only when `hidden` is true. An empty list when the folder is missing or unreadable.
  static func names(in folder: String, endingIn suffix: String, hidden: Bool = false) -> [String] {
    let all = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return all.filter { $0.hasSuffix(suffix) && (hidden || !$0.hasPrefix(".")) }
      .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }
}
