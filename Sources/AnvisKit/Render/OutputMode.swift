/// How result tables are written: `.mode table|csv|json|markdown` and `--format`.
public enum OutputMode: String, CaseIterable, Sendable {
  /// Aligned columns under a header rule; long results are cut.
  case table
  /// RFC 4180 quoting, a header line, LF line ends.
  case csv
  /// An array of objects, one per row; numbers as numbers, missing values as null.
  case json
  /// A pipe table.
  case markdown

  public static var names: [String] { allCases.map(\.rawValue) }

  /// csv and json are read by programs: only tables go to standard output, and a reply's
  /// other items (summaries, charts, notes) go to standard error.
  public var isForPrograms: Bool { self == .csv || self == .json }
}
