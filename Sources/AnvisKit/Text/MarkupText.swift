/// Escaping for markup text and attribute values: the HTML of an exported transcript and the
/// XML parts of a workbook use this one.
public enum MarkupText {
  /// `&`, `<`, `>`, `"` and `'` as entities.
  public static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
      return text
    }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(c)
      }
    }
    return out
  }
}
