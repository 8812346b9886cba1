extension TableRenderer {
  /// RFC 4180: a header line, fields quoted when they hold `,`, `"`, CR or LF (quotes doubled),
  /// LF line ends, missing values empty.
  func csv(_ table: Table) -> String {
    func field(_ text: String) -> String {
      guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
      else { return text }
      return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
    var out = table.columns.map { field($0.name) }.joined(separator: ",") + "\n"
    for row in 0..<table.rowCount {
      out += table.columns.map { field($0[row].displayText) }.joined(separator: ",") + "\n"
    }
    return out
  }

  /// An array of objects, one line per row, keys in column order; numbers as numbers, dates
  /// as "YYYY-MM-DD" strings, missing values (and NaN, infinities) as null.
  func json(_ table: Table) -> String {
    if table.rowCount == 0 { return "[]\n" }
    let keys = table.columns.map { Self.jsonString($0.name) }
    var out = "[\n"
    for row in 0..<table.rowCount {
      var members = [String]()
      for (i, column) in table.columns.enumerated() {
        members.append(keys[i] + ": " + Self.jsonValue(column[row]))
      }
      out += "  {" + members.joined(separator: ", ") + "}" + (row + 1 < table.rowCount ? ",\n" : "\n")
    }
    return out + "]\n"
  }

  /// A pipe table; numeric columns right-aligned (`---:`), `|` in cells escaped.
  func markdown(_ table: Table) -> String {
    func cell(_ text: String) -> String {
      text.replacingAll("|", with: "\\|").replacingAll("\r\n", with: " ").replacingAll("\n", with: " ")
    }
    var out = "| " + table.columns.map { cell($0.name) }.joined(separator: " | ") + " |\n"
    out += "| " + table.columns.map { Self.isNumeric($0) ? "---:" : "---" }.joined(separator: " | ") + " |\n"
    for row in 0..<table.rowCount {
      out += "| " + table.columns.map { cell($0[row].displayText) }.joined(separator: " | ") + " |\n"
    }
    return out
  }

  static func jsonValue(_ value: Value) -> String {
    switch value {
    case .int(let v): String(v)
    case .double(let v): NumberFormat.isJSONNumber(v) ? NumberFormat.string(v) : "null"
    case .bool(let v): v ? "true" : "false"
    case .string(let v): jsonString(v)
    case .date(let v): jsonString(v.description)
    case .missing: "null"
    }
  }

  /// A JSON string literal; control characters escaped, other text as UTF-8.
  static func jsonString(_ text: String) -> String { StringLiteral.quoted(text) }
}

extension String {
  /// The text with every `target` replaced (no Foundation).
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, contains(target) else { return self }
    return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
