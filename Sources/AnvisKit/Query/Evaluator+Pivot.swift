/// `pivot F`: one row per combination of the other keys (sorted by them), one column per value
/// of F holding the value field; a missing combination is 0 for a count, missing otherwise.
/// Rows whose F is missing are left out; two rows for one cell are an error.
extension Evaluator {
  static func pivot(_ p: Plan.Pivot, _ input: Frame) throws(Diagnostic) -> Frame {
    let frame = Frame(columns: input.columns.map(input.dense), baseCount: input.count)
    let n = frame.count
    let spread = frame.columns[p.column]
    let value = frame.columns[p.value]
    let keyColumns = p.keys.map { frame.columns[$0] }
    // The labels: known when checked (enumerations, bools), else the values found, sorted.
    let byLabel = Grouping(keys: [spread], frame: frame)
    var labelOf = [Int](repeating: -1, count: byLabel.groupCount)
    var labels = p.labels
    if labels.isEmpty {
      let order = RowOrder([(spread, false)])
      let present = byLabel.firstRow.enumerated().filter { !spread.isMissing($0.element) }
      let sorted = present.sorted { a, b in
        let o = order.compare(a.element, b.element)
        return o != 0 ? o < 0 : a.offset < b.offset
      }
      let keyNames = Set(keyColumns.map(\.name))
      for (k, item) in sorted.enumerated() {
        labelOf[item.offset] = k
        let text = Evaluator.text(spread[item.element])
        labels.append((text, keyNames.contains(text) ? spread.name + "_" + text : text))
      }
    } else {
      for (g, r) in byLabel.firstRow.enumerated() where n > 0 && !spread.isMissing(r) {
        let text = Evaluator.text(spread[r])
        labelOf[g] = labels.firstIndex { $0.value == text } ?? -1
      }
    }
    // The rows: groups of the other keys, in key order.
    var grouping = Grouping(keys: keyColumns, frame: frame)
    if n == 0 { grouping = Grouping(groupOf: [], firstRow: []) }
    let order = RowOrder(keyColumns.map { ($0, false) })
    let first = grouping.firstRow
    let groups = Array(0..<grouping.groupCount).sorted { a, b in
      let o = order.compare(first[a], first[b])
      return o != 0 ? o < 0 : a < b
    }
    var rank = [Int](repeating: 0, count: groups.count)
    for (k, g) in groups.enumerated() { rank[g] = k }
    // cell[label][row]: the input row holding that cell, or -1.
    var cells = [[Int]](repeating: [Int](repeating: -1, count: groups.count), count: labels.count)
    for i in 0..<n {
      let l = labelOf[Int(byLabel.groupOf[i])]
      if l < 0 { continue }
      let row = rank[Int(grouping.groupOf[i])]
      if cells[l][row] >= 0 {
        let keys = keyColumns.map { "'\(Evaluator.text($0[i]))'" }.joined(separator: ", ")
        throw Diagnostic(
          "pivot found two rows for \(keys.isEmpty ? "" : keys + " and ")'\(labels[l].name)'",
          line: p.range.line, column: p.range.column, length: p.range.length,
          hint: "give pivot one row per combination, e.g. count by … or summarize … by … first")
      }
      cells[l][row] = i
    }
    var columns = keyColumns.map { $0.picking(groups.map { first[$0] }) }
    for (l, label) in labels.enumerated() {
      columns.append(Evaluator.gather(value, cells[l], zero: p.zeroFill).renamed(label.name))
    }
    return Frame(columns: columns, baseCount: groups.count)
  }

  /// A value as a column name or in a message: text as it is, numbers and dates as shown.
  static func text(_ v: Value) -> String {
    switch v {
    case .double(let d): NumberFormat.string(d)
    default: v.description
    }
  }

  /// The rows of `column`; -1 gives missing (or 0 when `zero`).
  static func gather(_ column: Column, _ rows: [Int], zero: Bool) -> Column {
    let safe = rows.map { max(0, $0) }
    var out = column.count > 0 ? column.picking(safe) : Column.allMissing(type: column.type, count: rows.count)
    var missing = out.missing ?? [Bool](repeating: false, count: rows.count)
    for (i, r) in rows.enumerated() where r < 0 { missing[i] = !zero }
    if zero {
      switch out.storage {
      case .int(var a):
        for (i, r) in rows.enumerated() where r < 0 { a[i] = 0 }
        out.storage = .int(a)
      case .double(var a):
        for (i, r) in rows.enumerated() where r < 0 { a[i] = 0 }
        out.storage = .double(a)
      default: break
      }
    }
    out.missing = missing.contains(true) ? missing : nil
    return out
  }
}
