import AnvisKit
import CReadline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The readline history and its file (`~/.anvis_history`, or `$ANVIS_HISTORY`).
///
/// A multi-line input is one entry; in the file its newlines are written as \x01 (psql does
/// the same). Consecutive duplicates are dropped; at most `limit` entries are kept. The file
/// is rewritten atomically, mode 0600, after every entry, so a killed shell loses nothing.
final class HistoryFile {
  static let limit: Int32 = 1000
  static let newlineMark: Character = "\u{1}"

  let path: String
  /// A failed save is reported once per shell, not after every entry.
  private var warned = false

  init(path: String) { self.path = path }

  /// `$ANVIS_HISTORY`, else `~/.anvis_history`; nil when neither can be found.
  static func standardPath() -> String? {
    if let path = Terminal.environment("ANVIS_HISTORY"), !path.isEmpty { return path }
    return Terminal.home.map { $0 + "/.anvis_history" }
  }

  /// Starts readline's history and reads the file, if there is one.
  func load() {
    using_history()
    stifle_history(Self.limit)
    guard let text = try? ReadFile.text(path) else { return }
    for line in text.split(separator: "\n") where !line.isEmpty && !Shell.holdsPersonalData(String(line)) {
      add_history(Self.decode(String(line)))
    }
  }

  /// Adds an entry unless it repeats the last one or holds a CPR-like value (the shell
  /// refuses those inputs, and the history never keeps them), then saves the file.
  func add(_ entry: String) {
    guard !entry.trimmingCharacters(in: " \t\n").isEmpty, !Shell.holdsPersonalData(entry) else { return }
    if entries().last == entry { return }
    add_history(entry)
    save()
  }

  /// The entries readline holds, oldest first.
  func entries() -> [String] {
    guard let list = history_list() else { return [] }
    var out = [String]()
    var i = 0
    while let entry = list[i] {
      if let line = entry.pointee.line { out.append(String(cString: line)) }
      i += 1
    }
    return out
  }

  /// Writes every entry to the file (atomically, mode 0600), never one holding a CPR-like
  /// value; a failure is reported once.
  func save() {
    let text =
      entries().filter { !Shell.holdsPersonalData($0) }.map(Self.encode).joined(separator: "\n") + "\n"
    do {
      try AtomicFile.write(text, to: path, mode: 0o600)
    } catch {
      if !warned {
        warned = true
        Terminal.write("anvis: cannot write history to '\(path)': \(ErrorRenderer.message(error))\n", to: .error)
      }
    }
  }

  static func encode(_ entry: String) -> String {
    String(entry.map { $0 == "\n" ? newlineMark : $0 })
  }

  static func decode(_ line: String) -> String {
    String(line.map { $0 == newlineMark ? "\n" : $0 })
  }
}

extension String {
  func trimmingCharacters(in set: String) -> String {
    guard let first = firstIndex(where: { !set.contains($0) }),
      let last = lastIndex(where: { !set.contains($0) })
    else { return "" }
    return String(self[first...last])
  }
}
