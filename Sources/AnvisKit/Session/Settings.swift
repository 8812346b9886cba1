/// How the shell presents its answers; changed by `.mode`, `.timer` and the executable's flags.
public struct Settings: Hashable, Sendable {
  /// How result tables are written.
  public var mode: OutputMode
  /// Whether the executable prints a `Run Time:` line after each input (the library never
  /// reads the clock; it only keeps the switch).
  public var timer: Bool
  /// Whether output may contain ANSI colours (only on a terminal, never with `NO_COLOR`).
  public var color: Bool
  /// Rows shown in table mode before `… N more rows`.
  public var maxRows: Int

  public init(mode: OutputMode = .table, timer: Bool = false, color: Bool = false, maxRows: Int = 40) {
    self.mode = mode
    self.timer = timer
    self.color = color
    self.maxRows = maxRows
  }
}
