/// What a command produced, as values; `Render/` turns it into text for the current `.mode`.
public struct Reply: Sendable {
  /// One piece of a reply, rendered in order.
  public enum Item: Sendable {
    /// A result table; rendered as table, csv, json or markdown by the output mode.
    case table(Table)
    /// Plain text, printed as it is in every mode (help, descriptions).
    case text(String)
    /// A chart as a value: a text chart on the terminal, SVG in the HTML export.
    case chart(ChartSpec)
    /// Labelled numbers with their p5–p95 bands (simulate's summary): aligned lines on the
    /// terminal, a table in the exports.
    case metrics(MetricList)
    /// A short remark about the result (e.g. "mode set to csv"); printed as it is.
    case notice(String)
    /// A `--step` replay for the executable to drive with its line editor; prints nothing.
    case stepReplay(StepReplayRequest)
  }

  public var items: [Item]
  /// Ask the executable to leave after this reply.
  public var quit: Bool

  public init(_ items: [Item] = [], quit: Bool = false) {
    self.items = items
    self.quit = quit
  }

  public static func table(_ table: Table) -> Reply { Reply([.table(table)]) }
  public static func text(_ text: String) -> Reply { Reply([.text(text)]) }
  public static func notice(_ text: String) -> Reply { Reply([.notice(text)]) }
  public static let none = Reply()

  /// The `--step` replay this reply asks for, if any.
  public var stepReplay: StepReplayRequest? {
    for case .stepReplay(let request) in items { return request }
    return nil
  }
}

/// A `--step` replay that `.replay NAME --step` prepared, handed to the executable in the
/// reply: it drives `setup.stepper()` over `setup.shell` with its line editor.
/// It is sent only from the shell to the executable on the one thread that runs both.
public final class StepReplayRequest: Hashable, @unchecked Sendable {
  public let setup: SessionReplaySetup

  init(_ setup: SessionReplaySetup) { self.setup = setup }

  public static func == (a: StepReplayRequest, b: StepReplayRequest) -> Bool { a === b }
  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
