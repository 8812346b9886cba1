/// Quoted string literals for the JSON and TOML that anvis writes. TOML's basic strings take
/// every escape JSON uses, so one escaping serves both; TOML also forbids a raw DEL.
enum StringLiteral {
  /// `text` in double quotes: `"` and `\` escaped, `\n`, `\r`, `\t` by name, other control
  /// characters (and DEL when `escapingDelete`) as `\u00XX`; everything else as UTF-8.
  static func quoted(_ text: String, escapingDelete: Bool = false) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || (escapingDelete && scalar.value == 0x7F) {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
