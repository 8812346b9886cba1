import AnvisKit

/// The terminal writer's colours: the only place anvis writes colour codes. The library marks
/// what a stretch of output is (`TextRole`); here a role becomes an ANSI code, only on a
/// terminal with colours allowed (`Terminal.colorAllowed`).
enum TerminalStyle {
  /// The SGR code a role is shown in.
  static func code(_ role: TextRole) -> String {
    switch role {
    case .heading: "1"
    case .error: "31"
    case .hint: "2"
    }
  }

  /// `text` as a terminal gets it: control characters from the data shown visibly
  /// (`TerminalText`), then, with `colours`, each role's stretch wrapped in its code.
  static func shown(_ text: StyledText, colours: Bool) -> String {
    guard colours, !text.spans.isEmpty else { return TerminalText.safe(text.text) }
    var out = ""
    for run in text.runs {
      let safe = TerminalText.safe(run.text)
      if let role = run.role {
        out += "\u{1B}[" + code(role) + "m" + safe + "\u{1B}[0m"
      } else {
        out += safe
      }
    }
    return out
  }

  /// A prompt in bold cyan, its codes wrapped in \001…\002 so readline measures it right.
  static func prompt(_ prompt: String, colours: Bool) -> String {
    guard colours else { return prompt }
    return "\u{1}\u{1B}[1;36m\u{2}" + prompt + "\u{1}\u{1B}[0m\u{2}"
  }
}
