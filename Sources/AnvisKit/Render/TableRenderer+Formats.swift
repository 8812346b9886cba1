extension TableRenderer {
  /// Writes the table to `sink`: csv, json and markdown row by row in pieces of about `chunk`
  /// bytes (see `TableWriter`), table mode in one piece (it holds only the rows it shows).
  /// The bytes are those `render` returns.
  public func write(_ table: Table, to sink: inout some TextSink, chunk: Int = 1 << 18) {
    switch mode {
    case .table, .line: sink.write(layout.render(table))
    case .csv, .json, .markdown: TableWriter(mode: mode, chunk: chunk).write(table, to: &sink)
    }
  }

  /// RFC 4180: a header line, fields quoted when they hold `,`, `"`, CR or LF (quotes doubled),
  /// LF line ends, missing values empty, numbers exact (`NumberFormat.exact`).
  func csv(_ table: Table) -> String { whole(table, .csv) }

  /// An array of objects, one line per row, keys in column order; numbers as numbers (exact),
  /// dates as "YYYY-MM-DD" strings, missing values (and NaN, infinities) as null.
  func json(_ table: Table) -> String { whole(table, .json) }

  /// A pipe table; numeric columns right-aligned (`---:`), `|` in cells escaped.
  func markdown(_ table: Table) -> String { whole(table, .markdown) }

  private func whole(_ table: Table, _ mode: OutputMode) -> String {
    var sink = StringSink()
    TableWriter(mode: mode, chunk: .max).write(table, to: &sink)
    return sink.text
  }

  static func jsonValue(_ value: Value) -> String {
    switch value {
    case .int(let v): String(v)
    case .double(let v): NumberFormat.isJSONNumber(v) ? NumberFormat.exact(v) : "null"
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
