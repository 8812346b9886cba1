/// How the shell presents its answers; changed by `.mode`, `.timer` and the executable's flags.
public struct Settings: Hashable, Sendable {
  /// How result tables are written.
  public var mode: OutputMode
  /// Whether a `Run Time:` line follows each input (measured by the shell's `Stopwatch`).
  public var timer: Bool
  /// Whether output may contain ANSI colours (only on a terminal, never with `NO_COLOR`).
  public var color: Bool
  /// Rows shown in table mode before `… N more rows`.
  public var maxRows: Int
  /// Bytes the `let` and result tables may keep together (`.limits memory SIZE`); nil: no
  /// budget. The executable sets a share of the machine's memory; the library never asks.
  public var memoryBudget: Int?
  /// `.bail on` (the default): a script stops at its first error; `off`: it goes on, and
  /// exits 1 at the end if any input failed.
  public var bail = true

  public init(mode: OutputMode = .table, timer: Bool = false, color: Bool = false, maxRows: Int = 40) {
    self.mode = mode
    self.timer = timer
    self.color = color
    self.maxRows = maxRows
  }
}
