/// Where replies' standard output goes besides the screen: the file `.output FILE` names
/// (every reply from then on) and the file `.once FILE` names (the next input's reply only).
public struct OutputTargets: Sendable {
  /// A file that receives what would go to standard output.
  public struct Target: Sendable {
    public var path: String
    /// The mode the file is written in: given with the file (`.once out.txt csv`), else the
    /// one its name asks for (`.csv`, `.json`, `.md`); nil: the current `.mode`.
    public var mode: OutputMode?
    /// Tells one arming from another (`.once a.csv` twice).
    var serial: Int
    /// What `.output` has written so far; the file is rewritten whole after each reply.
    var text = ""
    /// The tables so far, when `path` is a workbook (.xlsx): one sheet each.
    var tables: [Table] = []
  }

  /// Set by `.output FILE`; nil: replies go to the screen.
  public internal(set) var output: Target?
  /// Set by `.once FILE`; disarmed by the next input, whatever it is.
  public internal(set) var once: Target?
  private var serials = 0

  public init() {}

  /// A target for `path`, in `mode` or the one the file's name asks for.
  mutating func target(_ path: String, mode: OutputMode?) -> Target {
    serials += 1
    return Target(path: path, mode: mode ?? OutputMode.forFile(path), serial: serials)
  }

  /// The `.once` target armed before an input runs. The input may arm a new one (`.once`
  /// again); `disarm(_:)` then leaves the new one alone.
  mutating func disarm(_ armed: Target?) {
    guard let armed, once?.serial == armed.serial else { return }
    once = nil
  }

  /// Whether `.output` or `.once` sends output to a file (a query's chart then writes rows).
  var armed: Bool { output != nil || once != nil }

  /// The `.once` file ready for the next input, or the `.output` file: where this input's
  /// standard output goes (nil: the screen).
  func destination(armed: Target?) -> Target? { armed ?? output }

  static func nothingWritten(_ path: String, failed: Bool) -> String {
    failed
      ? "note: .once \(path): the command failed, nothing was written; .once is disarmed"
      : "note: .once \(path): the command wrote nothing; .once is disarmed"
  }
}
