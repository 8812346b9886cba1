/// Text on its way to a terminal. Nothing that came from the data may drive the user's
/// terminal (set its title, clear the screen, move the cursor), whatever the output mode: on
/// a terminal every control character except the line feed and the tab is shown visibly
/// (`\u{1B}`, `\r`, as table mode shows them in cells). Files and pipes get the exact bytes.
public enum TerminalText {
  /// The colour codes `TextStyle` writes, kept when colours are on.
  static let styles = ["\u{1B}[0m", "\u{1B}[1m", "\u{1B}[2m", "\u{1B}[31m", "\u{1B}[36m"]

  /// `text` with its control characters shown visibly; with `keepingStyles`, anvis's own
  /// colour codes stay as they are.
  public static func safe(_ text: String, keepingStyles: Bool) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var out = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let s = scalars[i]
      if s == "\u{1B}", keepingStyles, let style = styles.first(where: { starts(scalars, at: i, with: $0) }) {
        out.append(contentsOf: style.unicodeScalars)
        i += style.unicodeScalars.count
        continue
      }
      if isUnsafe(s) {
        out.append(contentsOf: visible(s).unicodeScalars)
      } else {
        out.append(s)
      }
      i += 1
    }
    return String(out)
  }

  /// Whether `text` holds no control character but line feeds and tabs (safe to hand to
  /// readline, which writes completion candidates to the terminal itself).
  public static func isSafe(_ text: String) -> Bool { !text.unicodeScalars.contains(where: isUnsafe) }

  /// A control character as text.
  static func visible(_ s: Unicode.Scalar) -> String {
    switch s {
    case "\r": "\\r"
    default: "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
    }
  }

  static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
    (s.value < 0x20 && s != "\n" && s != "\t") || (0x7F...0x9F).contains(s.value)
  }

  private static func starts(_ scalars: [Unicode.Scalar], at i: Int, with style: String) -> Bool {
    let want = Array(style.unicodeScalars)
    guard i + want.count <= scalars.count else { return false }
    return Array(scalars[i..<(i + want.count)]) == want
  }
}
