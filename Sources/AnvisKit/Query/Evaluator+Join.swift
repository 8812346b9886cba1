/// `join TABLE on field`: an inner hash join. Output rows follow the left rows in order and,
/// for each, the matching right rows in their order. Missing keys match nothing.
extension Evaluator {
  static func join(_ join: Plan.Join, _ frame: Frame) -> Frame {
    let right = join.right
    let rightKey = right.columns[join.rightKey]
    let leftKey = frame.columns[join.leftKey]
    var leftRows: [Int] = []
    var rightRows: [Int] = []
    leftRows.reserveCapacity(frame.count)
    rightRows.reserveCapacity(frame.count)
    let rm = rightKey.missing
    let lm = leftKey.missing

    func probe<K: Hashable>(_ rightKeys: [K], _ leftKey: (Int) -> K) {
      var index: [K: [Int]] = [:]
      for r in rightKeys.indices where rm?[r] != true { index[rightKeys[r], default: []].append(r) }
      var lastKey: K?
      var lastMatches: [Int] = []
      forEachRow(frame.selection, frame.baseCount) { l in
        if lm?[l] == true { return }
        let k = leftKey(l)
        if k != lastKey {
          lastMatches = index[k] ?? []
          lastKey = k
        }
        for r in lastMatches {
          leftRows.append(l)
          rightRows.append(r)
        }
      }
    }
    switch (leftKey.storage, rightKey.storage) {
    case (.enumeration(let codes, let values), _):
      // Match each enumeration value once, then look up by code.
      let rightText = rightKey.stringValues
      var byText: [String: [Int]] = [:]
      for r in rightText.indices where rm?[r] != true { byText[rightText[r], default: []].append(r) }
      let matches = values.map { byText[$0] ?? [] }
      forEachRow(frame.selection, frame.baseCount) { l in
        if lm?[l] == true { return }
        for r in matches[Int(codes[l])] {
          leftRows.append(l)
          rightRows.append(r)
        }
      }
    case (.string(let a), _): probe(rightKey.stringValues) { a[$0] }
    case (.int(let a), .int(let b)), (.date(let a), .date(let b)): probe(b) { a[$0] }
    case (.bool(let a), .bool(let b)): probe(b) { a[$0] }
    default: break
    }
    var columns: [Column] = []
    for (i, column) in frame.columns.enumerated() {
      columns.append(isNeeded(join, i) ? column.gather(leftRows) : placeholder(column))
    }
    let offset = frame.columns.count
    for (k, rc) in join.rightColumns.enumerated() {
      let column = right.columns[rc.index]
      columns.append(isNeeded(join, offset + k) ? column.gather(rightRows).renamed(rc.name) : placeholder(column))
    }
    return Frame(columns: columns, baseCount: leftRows.count)
  }

  private static func isNeeded(_ join: Plan.Join, _ i: Int) -> Bool { join.needed?.contains(i) ?? true }

  /// A column no later stage reads: typed, but empty.
  private static func placeholder(_ column: Column) -> Column { Column.allMissing(type: column.type, count: 0) }
}
