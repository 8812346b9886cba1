/// Turns a `Reply` into the text the executable prints, following the settings.
public struct ReplyRenderer: Sendable {
  public var settings: Settings

  public init(settings: Settings) { self.settings = settings }

  /// Every item in order, each ending in a newline.
  public func render(_ reply: Reply) -> String {
    let style = TextStyle(enabled: settings.color)
    let tables = TableRenderer(mode: settings.mode, maxRows: settings.maxRows, style: style)
    var out = ""
    for item in reply.items {
      switch item {
      case .table(let table): out += tables.render(table)
      case .text(let text), .chart(let text): out += Self.line(text)
      case .notice(let text): out += Self.line(style.dim(text))
      }
    }
    return out
  }

  static func line(_ text: String) -> String {
    text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
  }
}
