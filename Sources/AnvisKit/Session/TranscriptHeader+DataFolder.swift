/// Where a session's data set is: a saved header names the folder relative to the session
/// file, so a sessions folder and its data set move together and replay from any folder.
/// An older header (and a journal) names it relative to where anvis ran.
extension TranscriptHeader {
  /// The header as written into `sessionsFolder`: an existing data folder relative to it,
  /// marked so; anything else (in memory, already relative, missing) is left as it is.
  func saved(in sessionsFolder: String, workingFolder: String?) -> TranscriptHeader {
    guard !dataRelativeToFile, let workingFolder, POSIX.isFolder(dataFolder) == true else { return self }
    var header = self
    header.dataFolder = FolderPath.relative(dataFolder, from: sessionsFolder, workingFolder: workingFolder)
    header.dataRelativeToFile = true
    return header
  }

  /// Where to look for the data set, first to last. Relative to the file: the folder beside
  /// the sessions folder's path. Older headers: the folder as recorded (relative to where
  /// anvis runs), then beside the sessions folder and inside it.
  func dataFolderCandidates(sessionsFolder: String) -> [String] {
    if dataFolder.hasPrefix("/") { return [dataFolder] }
    if dataRelativeToFile { return [FolderPath.joined(sessionsFolder, dataFolder)] }
    var out = [dataFolder]
    for base in [sessionsFolder + "/..", sessionsFolder] {
      let candidate = FolderPath.joined(base, dataFolder)
      if !out.contains(candidate) { out.append(candidate) }
    }
    return out
  }
}

/// Path arithmetic on folder names, by their text (symbolic links are not followed).
enum FolderPath {
  /// `target` as seen from `base`; both relative to `workingFolder` unless absolute.
  static func relative(_ target: String, from base: String, workingFolder: String) -> String {
    let to = absolute(target, workingFolder: workingFolder)
    let from = absolute(base, workingFolder: workingFolder)
    var common = 0
    while common < min(to.count, from.count), to[common] == from[common] { common += 1 }
    let parts = Array(repeating: "..", count: from.count - common) + to[common...]
    return parts.isEmpty ? "." : parts.joined(separator: "/")
  }

  /// `relative` read from `base`, without `.` and with each `..` taken back where it can be.
  static func joined(_ base: String, _ relative: String) -> String {
    if relative.hasPrefix("/") { return relative }
    let parts = normalized(components(base) + components(relative))
    let text = parts.joined(separator: "/")
    if base.hasPrefix("/") { return "/" + text }
    return text.isEmpty ? "." : text
  }

  /// The folder's components from the root.
  static func absolute(_ path: String, workingFolder: String) -> [String] {
    normalized(path.hasPrefix("/") ? components(path) : components(workingFolder) + components(path))
  }

  static func components(_ path: String) -> [String] {
    path.split(separator: "/").map(String.init).filter { $0 != "." }
  }

  static func normalized(_ parts: [String]) -> [String] {
    var out: [String] = []
    for part in parts {
      if part == "..", let last = out.last, last != ".." {
        out.removeLast()
      } else {
        out.append(part)
      }
    }
    return out
  }
}
