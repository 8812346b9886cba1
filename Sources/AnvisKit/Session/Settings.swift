/// How the shell presents its answers; changed by `.mode`, `.timer`, `.maxrows`, `.expanded`
/// and the executable's flags.
public struct Settings: Hashable, Sendable {
  /// How result tables are written.
  public var mode: OutputMode
  /// Whether a `Run Time:` line follows each input (measured by the shell's `Stopwatch`).
  public var timer: Bool
  /// Rows shown in table mode before `… N more rows`; 0 shows every row (`.maxrows N`).
  public var maxRows: Int
  /// Whether table mode cuts long results at `maxRows`. The executable turns it off when
  /// stdout is not a terminal (a pipe or a file gets every row); `.maxrows N` turns it on.
  public var limitsRows = true
  /// The screen's width in columns, which table mode fits tables to; nil: no limit (a pipe,
  /// a file, a transcript). The executable reads the terminal; the library never does.
  public var width: Int?
  /// When table mode writes one `field | value` block per row (`.expanded on|off|auto`).
  public var expanded: ExpandedSetting = .auto
  /// Bytes the `let` and result tables may keep together (`.limits memory SIZE`); nil: no
  /// budget. The executable sets a share of the machine's memory; the library never asks.
  public var memoryBudget: Int?
  /// `.bail on` (the default): a script stops at its first error; `off`: it goes on, and
  /// exits 1 at the end if any input failed.
  public var bail = true

  public init(mode: OutputMode = .table, timer: Bool = false, maxRows: Int = 40) {
    self.mode = mode
    self.timer = timer
    self.maxRows = maxRows
  }

  /// The rows table mode shows before `… N more rows`; nil: every row.
  public var rowLimit: Int? { limitsRows && maxRows > 0 ? maxRows : nil }

  /// These settings as a transcript records output: no screen width, and the row
  /// limit a fresh shell has unless `.maxrows` changed it, so a replay anywhere matches.
  public var forRecording: Settings {
    var out = self
    out.width = nil
    out.limitsRows = true
    return out
  }

  /// These settings for a file (`.output`, `.once`): every row, no screen width.
  public func forFile(mode fileMode: OutputMode?) -> Settings {
    var out = self
    out.mode = fileMode ?? mode
    out.width = nil
    out.limitsRows = false
    return out
  }
}

/// `.expanded on|off|auto`: whether table mode writes a `field | value` block per row.
public enum ExpandedSetting: String, CaseIterable, Sendable {
  /// Always.
  case on
  /// Never.
  case off
  /// When the table is wider than the screen (psql's `\x auto`).
  case auto
}
