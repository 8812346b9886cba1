import Foundation

/// Writes a table in csv, json or markdown to a `TextSink`, row by row, in pieces of about
/// `chunk` bytes that each end at a row's end: a result of any length costs a few buffers, never
/// one string of the whole output. Long csv and json results are rendered by all cores, one
/// block of `block` rows each, and handed to the sink in order.
///
/// The bytes are exactly those `TableRenderer.render` returns for the same table and mode.
struct TableWriter {
  let mode: OutputMode
  let chunk: Int
  /// Rows per block rendered in parallel; results shorter than two blocks are written by one core.
  let block: Int

  init(mode: OutputMode, chunk: Int = 1 << 18, block: Int = 4096) {
    self.mode = mode
    self.chunk = max(1, chunk)
    self.block = max(1, block)
  }

  /// The cores to render on.
  static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

  func write(_ table: Table, to sink: inout some TextSink) {
    var out = OutputBytes(capacity: min(chunk, 1 << 20) + 4096)
    switch mode {
    case .csv:
      header(table, &out)
      ColumnCursor.with(table.columns, encode: { $1.append(csvField: $0) }) { cursors in
        rows(table.rowCount, &out, &sink) { Self.csv(cursors, $0, &$1) }
      }
    case .json:
      guard table.rowCount > 0 else {
        out.append("[]\n")
        break
      }
      out.append("[\n")
      let keys = Self.jsonKeys(table)
      let last = table.rowCount - 1
      ColumnCursor.with(table.columns, encode: { $1.append(jsonString: $0) }) { cursors in
        rows(table.rowCount, &out, &sink) { Self.json(cursors, keys, last, $0, &$1) }
      }
      out.append("]\n")
    case .markdown, .table, .line: markdown(table, &out, &sink)
    }
    if out.count > 0 { sink.write(out.bytes) }
  }

  /// Renders rows `0..<count` with `render` (a pure function of a row range), a piece at a time:
  /// by one core in order, or in blocks by all cores, each batch handed on in order.
  private func rows(
    _ count: Int, _ out: inout OutputBytes, _ sink: inout some TextSink,
    _ render: @Sendable (Range<Int>, inout OutputBytes) -> Void
  ) {
    let workers = Self.cores
    guard workers > 1, chunk >= 1 << 16, count >= 2 * block else {
      for row in 0..<count {
        render(row..<(row + 1), &out)
        flush(&out, &sink)
      }
      return
    }
    // The header (or `[`) goes first, on its own.
    if out.count > 0 {
      sink.write(out.bytes)
      out.removeAll()
    }
    let blocks = (count + block - 1) / block
    let batch = 2 * workers
    var first = 0
    var pieces = [OutputBytes](repeating: OutputBytes(), count: batch)
    while first < blocks {
      let n = min(batch, blocks - first)
      let size = block
      pieces.withUnsafeMutableBufferPointer { buffer in
        let shared = SharedPieces(buffer: buffer)
        let start = first
        DispatchQueue.concurrentPerform(iterations: n) { i in
          let b = start + i
          shared.buffer[i].removeAll()
          render((b * size)..<min(count, (b + 1) * size), &shared.buffer[i])
        }
      }
      for i in 0..<n { sink.write(pieces[i].bytes) }
      first += n
    }
  }

  /// Hands the buffer to the sink once it holds a chunk; called at the end of each row.
  private func flush(_ out: inout OutputBytes, _ sink: inout some TextSink) {
    guard out.count >= chunk else { return }
    sink.write(out.bytes)
    out.removeAll()
  }

  private func header(_ table: Table, _ out: inout OutputBytes) {
    for (i, column) in table.columns.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      out.append(csvField: column.name)
    }
    out.append(UInt8(ascii: "\n"))
  }

  private static func csv(_ columns: [ColumnCursor], _ rows: Range<Int>, _ out: inout OutputBytes) {
    for row in rows {
      for c in columns.indices {
        if c > 0 { out.append(UInt8(ascii: ",")) }
        let cells = columns[c]
        if cells.isMissing(row) { continue }
        switch cells.kind {
        case .int: out.append(int: cells.words[row])
        case .double: out.append(exact: cells.doubles[row])
        case .bool: out.append(cells.bools[row] ? "true" : "false")
        case .text: out.append(csvField: cells.texts[row])
        case .date: out.append(day: cells.words[row])
        case .coded: out.append(cells.code(row))
        }
      }
      out.append(UInt8(ascii: "\n"))
    }
  }

  /// `{"name": ` for the first member, `, "name": ` for the others.
  /// All members' keys in one buffer (key `c` is `bytes[offsets[c]..<offsets[c + 1]]`), so that
  /// writing a cell's key touches no reference count (an array per key cost a retain and a
  /// release per cell: 45 % of writing 116,000 rows).
  private static func jsonKeys(_ table: Table) -> (bytes: [UInt8], offsets: [Int]) {
    var b = OutputBytes()
    var offsets = [0]
    for (i, column) in table.columns.enumerated() {
      b.append(i == 0 ? "{" : ", ")
      b.append(jsonString: column.name)
      b.append(": ")
      offsets.append(b.count)
    }
    return (b.bytes, offsets)
  }

  private static func json(
    _ columns: [ColumnCursor], _ keys: (bytes: [UInt8], offsets: [Int]), _ last: Int, _ rows: Range<Int>,
    _ out: inout OutputBytes
  ) {
    keys.bytes.withUnsafeBufferPointer { key in
      keys.offsets.withUnsafeBufferPointer { offsets in
        json(columns, key: key, offsets: offsets, last, rows, &out)
      }
    }
  }

  private static func json(
    _ columns: [ColumnCursor], key: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int>, _ last: Int,
    _ rows: Range<Int>, _ out: inout OutputBytes
  ) {
    for row in rows {
      out.append("  ")
      if columns.isEmpty { out.append("{") }
      for c in columns.indices {
        out.append(UnsafeBufferPointer(rebasing: key[offsets[c]..<offsets[c + 1]]))
        let cells = columns[c]
        if cells.isMissing(row) {
          out.append("null")
          continue
        }
        switch cells.kind {
        case .int: out.append(int: cells.words[row])
        case .double:
          let v = cells.doubles[row]
          if v.isFinite { out.append(exact: v) } else { out.append("null") }
        case .bool: out.append(cells.bools[row] ? "true" : "false")
        case .text: out.append(jsonString: cells.texts[row])
        case .date:
          out.append(UInt8(ascii: "\""))
          out.append(day: cells.words[row])
          out.append(UInt8(ascii: "\""))
        case .coded: out.append(cells.code(row))
        }
      }
      out.append(row < last ? "},\n" : "}\n")
    }
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
}

/// Buffers that parallel workers fill at disjoint places.
private struct SharedPieces: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<OutputBytes>
}
