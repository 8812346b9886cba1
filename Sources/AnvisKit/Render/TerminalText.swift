/// Text on its way to a terminal. Nothing that came from the data may drive the user's
/// terminal (set its title, clear the screen, move the cursor), whatever the output mode: on
/// a terminal every control character except the line feed and the tab is shown visibly
/// (`\u{1B}`, `\r`, as table mode shows them in cells). Files and pipes get the exact bytes.
public enum TerminalText {
  /// `text` with its control characters shown visibly. (The library writes no colour codes:
  /// the terminal writer adds them around the roles of a `StyledText` after this.)
  public static func safe<S: StringProtocol>(_ text: S) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return String(text) }
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      if isUnsafe(s) {
        out.append(contentsOf: visible(s).unicodeScalars)
      } else {
        out.append(s)
      }
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
}
