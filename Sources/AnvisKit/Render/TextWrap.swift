/// Word wrapping for narration shown on a terminal.
public enum TextWrap {
  /// `text` broken at spaces into lines of at most `width` characters; a word longer than
  /// `width` stands on a line of its own. A width below 20 leaves the text as it is.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width >= 20, text.count > width else { return [text] }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      if line.isEmpty {
        line = String(word)
      } else if line.count + 1 + word.count <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    lines.append(line)
    return lines
  }
}
