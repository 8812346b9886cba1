/// `count by f, …`: rows per combination of keys, sorted by count descending, then by the keys.
extension Evaluator {
  static func countBy(_ keys: [Int], _ frame: Frame) -> Frame {
    let keyColumns = keys.map { frame.columns[$0] }
    if let (small, counts) = smallKeyCounts(keyColumns, frame) {
      let order = RowOrder(small.map { ($0, false) })
      let groups = Array(counts.indices).sorted { a, b in
        if counts[a] != counts[b] { return counts[a] > counts[b] }
        let o = order.compare(a, b)
        return o != 0 ? o < 0 : a < b
      }
      let columns =
        small.map { $0.picking(groups) } + [Column(name: "count", storage: .int(groups.map { counts[$0] }))]
      return Frame(columns: columns, baseCount: groups.count)
    }
    let grouping = Grouping(keys: keyColumns, frame: frame)
    let counts = Aggregation.counts(grouping.groupOf, grouping.groupCount, missing: nil)
    let order = RowOrder(keyColumns.map { ($0, false) })
    let first = grouping.firstRow
    let groups = Array(0..<grouping.groupCount).sorted { a, b in
      if counts[a] != counts[b] { return counts[a] > counts[b] }
      let o = order.compare(first[a], first[b])
      return o != 0 ? o < 0 : a < b
    }
    let rows = groups.map { first[$0] }
    let columns =
      keyColumns.map { $0.picking(rows) } + [Column(name: "count", storage: .int(groups.map { counts[$0] }))]
    return Frame(columns: columns, baseCount: rows.count)
  }
}
