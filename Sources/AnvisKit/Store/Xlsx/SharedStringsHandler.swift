/// `xl/sharedStrings.xml`: the text of every `<si>`, its runs joined, phonetic hints left out.
struct SharedStringsHandler: XMLEventHandler {
  var strings = SharedStringTable()
  private var current: [UInt8] = []
  private var inText = false
  private var inPhonetic = false
  let stop = false

  mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes) {
    if name.is("si") {
      current.removeAll(keepingCapacity: true)
    } else if name.is("t") {
      inText = !inPhonetic
    } else if name.is("rPh") {
      inPhonetic = true
    } else if name.is("sst"), let count = attributes["uniqueCount"]?.int {
      strings.reserveCapacity(min(count, 1 << 20))
    }
  }

  mutating func text(_ text: XMLBytes) { if inText { current.append(contentsOf: text.bytes) } }

  mutating func end(_ name: XMLBytes) {
    if name.is("si") {
      let text = current
      OOXMLText.decode(text) { strings.append($0) }
    } else if name.is("t") {
      inText = false
    } else if name.is("rPh") {
      inPhonetic = false
    }
  }
}

/// `xl/styles.xml`: which cell styles (`<cellXfs>`, by index) show their number as a date.
struct StylesHandler: XMLEventHandler {
  var dateStyles: [Bool] = []
  private var customFormats: [Int: String] = [:]
  private var formatIDs: [Int] = []
  private var inCellXfs = false
  let stop = false

  mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes) {
    if name.is("numFmt") {
      if let id = attributes["numFmtId"]?.int { customFormats[id] = attributes["formatCode"]?.string ?? "" }
    } else if name.is("cellXfs") {
      inCellXfs = true
    } else if name.is("xf"), inCellXfs {
      formatIDs.append(attributes["numFmtId"]?.int ?? 0)
    }
  }

  func text(_ text: XMLBytes) {}

  mutating func end(_ name: XMLBytes) {
    if name.is("cellXfs") { inCellXfs = false }
    if name.is("styleSheet") { dateStyles = formatIDs.map(isDate) }
  }

  private func isDate(_ id: Int) -> Bool {
    if let code = customFormats[id] { return Self.isDateFormat(code) }
    // Built-in formats that show dates (14–17, 22, 27–36, 45–47, 50–58 in East Asian locales).
    return (14...17).contains(id) || id == 22 || (27...36).contains(id) || (45...47).contains(id)
      || (50...58).contains(id)
  }

  /// A format code shows a date when, outside quoted text, escapes and `[…]` sections, it holds
  /// a day or year code (`d`, `y`), or an `m` with no hour or second beside it.
  static func isDateFormat(_ code: String) -> Bool {
    var plain: [Character] = []
    var inQuote = false
    var inBracket = false
    var escaped = false
    for ch in code {
      if escaped {
        escaped = false
        continue
      }
      switch ch {
      case "\"": inQuote.toggle()
      case "\\" where !inQuote: escaped = true
      case "[" where !inQuote: inBracket = true
      case "]" where !inQuote: inBracket = false
      default: if !inQuote && !inBracket { plain.append(Character(ch.lowercased())) }
      }
    }
    if plain.contains("d") || plain.contains("y") { return true }
    return plain.contains("m") && !plain.contains("h") && !plain.contains("s")
  }
}

/// OOXML's escape for characters XML cannot hold: `_x000D_` is a carriage return, `_x005F_`
/// an underscore that starts such a sequence.
enum OOXMLText {
  /// Hands `body` the bytes of `text` decoded: `text` itself unless it holds `_x`.
  static func decode<R>(_ text: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if holdsEscape(text) {
      var decoded = decode(String(decoding: text, as: UTF8.self))
      return decoded.withUTF8 { body($0) }
    }
    return text.withUnsafeBufferPointer { body($0) }
  }

  /// Whether `text` holds `_x`, which may start an escape.
  static func holdsEscape(_ text: [UInt8]) -> Bool {
    guard text.count >= 2 else { return false }
    for k in 0..<(text.count - 1) where text[k] == UInt8(ascii: "_") && text[k + 1] == UInt8(ascii: "x") {
      return true
    }
    return false
  }

  static func decode(_ text: String) -> String {
    guard text.contains("_x") else { return text }
    var out = ""
    var chars = Substring(text)
    while let start = chars.range(of: "_x") {
      out += chars[..<start.lowerBound]
      let rest = chars[start.upperBound...]
      let hex = rest.prefix(5)
      if hex.count == 5, hex.last == "_", let code = UInt32(hex.dropLast(), radix: 16),
        let scalar = Unicode.Scalar(code)
      {
        out.unicodeScalars.append(scalar)
        chars = rest.dropFirst(5)
      } else {
        out += "_x"
        chars = rest
      }
    }
    return out + chars
  }

  /// Escapes what XML 1.0 cannot hold (control characters but tab and line feed) and an
  /// underscore that would read as an escape, so that `decode` gives the text back.
  static func encode(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { ($0.value < 32 && $0 != "\t" && $0 != "\n") || $0 == "_" }) else {
      return text
    }
    var out = ""
    let scalars = Array(text.unicodeScalars)
    for (i, s) in scalars.enumerated() {
      if s.value < 32 && s != "\t" && s != "\n" {
        out += "_x" + hex4(s.value) + "_"
      } else if s == "_", isEscapeAhead(scalars, i) {
        out += "_x005F_"
      } else {
        out.unicodeScalars.append(s)
      }
    }
    return out
  }

  private static func isEscapeAhead(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    guard i + 6 < s.count, s[i + 1] == "x", s[i + 6] == "_" else { return false }
    return s[(i + 2)...(i + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
  }

  private static func hex4(_ v: UInt32) -> String {
    let h = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - h.count) + h
  }
}
