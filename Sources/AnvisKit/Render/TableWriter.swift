/// Writes a table in csv, json or markdown to a `TextSink`, row by row, in pieces of about
/// `chunk` bytes that each end at a row's end: a result of any length costs one buffer, never
/// one string of the whole output.
///
/// The bytes are exactly those `TableRenderer.render` returns for the same table and mode.
struct TableWriter {
  /// One column, ready to write: its values unboxed, enumerated values encoded once.
  enum Cells {
    case int([Int])
    case double([Double])
    case bool([Bool])
    case text([String])
    case date([Int])
    case coded([Int32], encoded: [[UInt8]])
  }

  let mode: OutputMode
  let chunk: Int

  init(mode: OutputMode, chunk: Int = 1 << 18) {
    self.mode = mode
    self.chunk = max(1, chunk)
  }

  func write(_ table: Table, to sink: inout some TextSink) {
    var out = OutputBytes(capacity: min(chunk, 1 << 20) + 4096)
    switch mode {
    case .csv: csv(table, &out, &sink)
    case .json: json(table, &out, &sink)
    case .markdown, .table: markdown(table, &out, &sink)
    }
    if out.count > 0 { sink.write(out.bytes) }
  }

  /// Hands the buffer to the sink once it holds a chunk; called at the end of each row.
  private func flush(_ out: inout OutputBytes, _ sink: inout some TextSink) {
    guard out.count >= chunk else { return }
    sink.write(out.bytes)
    out.removeAll()
  }

  private func csv(_ table: Table, _ out: inout OutputBytes, _ sink: inout some TextSink) {
    for (i, column) in table.columns.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      out.append(csvField: column.name)
    }
    out.append(UInt8(ascii: "\n"))
    let columns = table.columns.map { Self.cells($0, encode: { var b = OutputBytes(); b.append(csvField: $0); return b.bytes }) }
    let missing = table.columns.map(\.missing)
    for row in 0..<table.rowCount {
      for c in columns.indices {
        if c > 0 { out.append(UInt8(ascii: ",")) }
        if let m = missing[c], m[row] { continue }
        switch columns[c] {
        case .int(let a): out.append(int: a[row])
        case .double(let a): out.append(exact: a[row])
        case .bool(let a): out.append(a[row] ? "true" : "false")
        case .text(let a): out.append(csvField: a[row])
        case .date(let a): out.append(day: a[row])
        case .coded(let codes, let encoded): out.append(encoded[Int(codes[row])])
        }
      }
      out.append(UInt8(ascii: "\n"))
      flush(&out, &sink)
    }
  }

  private func json(_ table: Table, _ out: inout OutputBytes, _ sink: inout some TextSink) {
    guard table.rowCount > 0 else {
      out.append("[]\n")
      return
    }
    // `{"name": ` for the first member, `, "name": ` for the others.
    let keys = table.columns.enumerated().map { i, column in
      var b = OutputBytes()
      b.append(i == 0 ? "{" : ", ")
      b.append(jsonString: column.name)
      b.append(": ")
      return b.bytes
    }
    let columns = table.columns.map { Self.cells($0, encode: { var b = OutputBytes(); b.append(jsonString: $0); return b.bytes }) }
    let missing = table.columns.map(\.missing)
    out.append("[\n")
    for row in 0..<table.rowCount {
      out.append("  ")
      for c in columns.indices {
        out.append(keys[c])
        if let m = missing[c], m[row] {
          out.append("null")
          continue
        }
        switch columns[c] {
        case .int(let a): out.append(int: a[row])
        case .double(let a):
          if a[row].isFinite { out.append(exact: a[row]) } else { out.append("null") }
        case .bool(let a): out.append(a[row] ? "true" : "false")
        case .text(let a): out.append(jsonString: a[row])
        case .date(let a):
          out.append(UInt8(ascii: "\""))
          out.append(day: a[row])
          out.append(UInt8(ascii: "\""))
        case .coded(let codes, let encoded): out.append(encoded[Int(codes[row])])
        }
      }
      if table.columns.isEmpty { out.append("{") }
      out.append(row + 1 < table.rowCount ? "},\n" : "}\n")
      flush(&out, &sink)
    }
    out.append("]\n")
  }

  /// A pipe table; numeric columns right-aligned (`---:`), `|` in cells escaped, line breaks
  /// in cells as spaces; numbers rounded for people (`NumberFormat.string`).
  private func markdown(_ table: Table, _ out: inout OutputBytes, _ sink: inout some TextSink) {
    func cell(_ text: String) -> String {
      text.replacingAll("|", with: "\\|").replacingAll("\r\n", with: " ").replacingAll("\n", with: " ")
    }
    out.append(text: "| " + table.columns.map { cell($0.name) }.joined(separator: " | ") + " |\n")
    out.append(
      text: "| " + table.columns.map { TableRenderer.isNumeric($0) ? "---:" : "---" }.joined(separator: " | ")
        + " |\n")
    for row in 0..<table.rowCount {
      out.append(text: "| " + table.columns.map { cell($0[row].displayText) }.joined(separator: " | ") + " |\n")
      flush(&out, &sink)
    }
  }

  /// A column's values for writing; an enumeration's values encoded once by `encode`.
  static func cells(_ column: Column, encode: (String) -> [UInt8]) -> Cells {
    switch column.storage {
    case .int(let a): .int(a)
    case .double(let a): .double(a)
    case .bool(let a): .bool(a)
    case .string(let a): .text(a)
    case .date(let a): .date(a)
    case .enumeration(let codes, let values): .coded(codes, encoded: values.map(encode))
    }
  }
}
