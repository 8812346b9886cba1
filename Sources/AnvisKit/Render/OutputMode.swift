/// How result tables are written: `.mode table|csv|json|markdown|line` and `--format`.
public enum OutputMode: String, CaseIterable, Sendable {
  /// Aligned columns under a header rule; long results are cut.
  case table
  /// RFC 4180 quoting, a header line, LF line ends.
  case csv
  /// An array of objects, one per row; numbers as numbers, missing values as null.
  case json
  /// A pipe table.
  case markdown
  /// One `field | value` block per row (table mode's expanded layout, always).
  case line

  public static var names: [String] { allCases.map(\.rawValue) }

  /// csv and json are read by programs: only tables go to standard output, and a reply's
  /// other items (summaries, charts, notes) go to standard error.
  public var isForPrograms: Bool { self == .csv || self == .json }

  /// The mode a file's name asks for: `.csv`, `.json`, `.md` (or `.markdown`); nil otherwise.
  public static func forFile(_ path: String) -> OutputMode? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: ".") else { return nil }
    switch name[name.index(after: dot)...].lowercased() {
    case "csv": return .csv
    case "json": return .json
    case "md", "markdown": return .markdown
    default: return nil
    }
  }
}
