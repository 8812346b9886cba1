/// `join [kind=inner|left|semi|anti] TABLE on field`: a hash join. Output rows follow the left
/// rows in order and, for each, the matching right rows in their order. Missing keys match
/// nothing.
extension Evaluator {
  /// Joins producing more rows than this are refused rather than exhausting memory.
  static let maximumJoinRows = 20_000_000

  static func join(_ join: Plan.Join, _ frame: Frame, allowance: Int = .max) throws(Diagnostic) -> Frame {
    let right = join.right
    let rightKey = right.columns[join.rightKey]
    let leftKey = frame.columns[join.leftKey].decoded
    let rm = rightKey.missing
    // Each distinct left key is looked up once: enumerations by code, text through a dense
    // encoding of the left column, other types through a hash table of right rows.
    let matches: [[Int]]
    let leftCodes: [Int32]
    switch leftKey.storage {
    case .enumeration(let codes, let values):
      let index = Evaluator.rightIndex(rightKey.stringValues, rm)
      matches = values.map { index[$0] ?? [] }
      leftCodes = Evaluator.codes(codes, leftKey.missing, frame)
    case .string(let a):
      let (codes, distinct) = Evaluator.textKeyCodes(leftKey, a, frame)
      let index = Evaluator.rightIndex(rightKey.stringValues, rm)
      matches = distinct.map { index[$0] ?? [] }
      leftCodes = codes
    default:
      var dense = [Int32](repeating: -1, count: frame.count)
      var distinctMatches: [[Int]] = []
      func encode<K: Hashable>(_ left: [K], _ right: [K]) {
        var index: [K: [Int]] = [:]
        for r in right.indices where rm?[r] != true { index[right[r], default: []].append(r) }
        var seen: [K: Int32] = [:]
        let lm = leftKey.missing
        for i in 0..<frame.count {
          let l = frame.selection?[i] ?? i
          if lm?[l] == true { continue }
          if let code = seen[left[l]] {
            dense[i] = code
          } else {
            let code = Int32(distinctMatches.count)
            seen[left[l]] = code
            distinctMatches.append(index[left[l]] ?? [])
            dense[i] = code
          }
        }
      }
      switch (leftKey.storage, rightKey.storage) {
      case (.int(let a), .int(let b)), (.date(let a), .date(let b)): encode(a, b)
      case (.bool(let a), .bool(let b)): encode(a, b)
      default: break
      }
      matches = distinctMatches
      leftCodes = dense
    }
    // Matches as one flat array (no array per key in the hot loop).
    var matchStart = [Int](repeating: 0, count: matches.count + 1)
    for (i, m) in matches.enumerated() { matchStart[i + 1] = matchStart[i] + m.count }
    let matchRows = matches.flatMap { $0 }
    if join.kind == .semi || join.kind == .anti {
      // Keep the left rows with (semi) or without (anti) a match; a missing key matches nothing.
      let keepMatched = join.kind == .semi
      var out = frame
      var kept: [Int] = []
      for i in 0..<frame.count {
        let code = Int(leftCodes[i])
        let matched = code >= 0 && matchStart[code + 1] > matchStart[code]
        if matched == keepMatched { kept.append(frame.selection?[i] ?? i) }
      }
      out.selection = kept
      return out
    }
    if let one = try oneToOne(join, frame, leftCodes, matchStart, matchRows, allowance: allowance) { return one }
    return try gather(join, frame, leftCodes, matchStart, matchRows, allowance: allowance)
  }

  /// A text key's codes for the frame's rows and its distinct values: from the column's kept
  /// codes (`TextCodes`, a catalog table's column after its first grouping or join) when it has
  /// no missing values, else by hashing every selected value.
  static func textKeyCodes(_ key: Column, _ a: [String], _ frame: Frame) -> (codes: [Int32], distinct: [String]) {
    guard key.missing == nil, let cache = key.textCodes else {
      return Grouping.encodeStrings(a, key.missing, frame.selection, frame.count)
    }
    let grouping = Grouping(cached: cache.codes(of: a), frame.selection)
    return (grouping.groupOf, grouping.firstRow.map { a[$0] })
  }

  /// The common join on a key that names at most one right row (a department's id): when
  /// every left row gives exactly one output row (a left join, or an inner join where every
  /// row matches), the output rows are the left rows in order. The left columns are kept as
  /// they are (or picked by the selection), and each right column is picked once per distinct
  /// key and then spread by the keys' codes, with no row index arrays. nil: not such a join.
  static func oneToOne(
    _ join: Plan.Join, _ frame: Frame, _ leftCodes: [Int32], _ matchStart: [Int], _ matchRows: [Int],
    allowance: Int
  ) throws(Diagnostic) -> Frame? {
    let distinct = matchStart.count - 1
    var rightOfCode = [Int](repeating: -1, count: distinct)
    for c in 0..<distinct {
      switch matchStart[c + 1] - matchStart[c] {
      case 0: if join.kind != .left { return nil }
      case 1: rightOfCode[c] = matchRows[matchStart[c]]
      default: return nil
      }
    }
    if join.kind != .left, leftCodes.contains(where: { $0 < 0 }) { return nil }
    try checkSize(join, frame, rows: frame.count, allowance: allowance)
    let columns = joinedColumns(
      join, frame, left: { frame.dense($0) },
      right: { column in
        // Right text stays coded: the key codes index the texts of the distinct keys.
        let perCode = column.pickingOrMissing(rightOfCode)
        guard case .string(let texts) = perCode.storage else { return perCode.pickingOrMissing(codes: leftCodes) }
        return Column.coded(name: column.name, rows: leftCodes, values: texts, valuesMissing: perCode.missing)
      })
    return Frame(columns: columns, baseCount: frame.count)
  }

  /// Refuses a join of `rows` rows before it is built: over the join cap, or over what is left of
  /// the memory budget (`allowance` bytes, estimated from the fields' types).
  static func checkSize(_ join: Plan.Join, _ frame: Frame, rows total: Int, allowance: Int) throws(Diagnostic) {
    guard total <= maximumJoinRows else {
      throw Diagnostic(
        "this join would give \(total) rows, more than the \(maximumJoinRows) anvis allows",
        line: join.range.line, column: join.range.column, length: join.range.length,
        hint: "join on a field that identifies one row of the right table, such as its id")
    }
    let needed = estimatedBytes(join, frame, rows: total)
    guard needed <= allowance else {
      throw Diagnostic(
        "this join would give \(total) rows, about \(ByteSize.text(needed)), more than the \(ByteSize.text(max(allowance, 0))) left of the memory budget",
        line: join.range.line, column: join.range.column, length: join.range.length,
        hint: TableCatalog.budgetHint)
    }
  }

  /// The joined rows: for each left row in order, its matching right rows in their order; a
  /// left join (`kind=left`) also keeps each left row without a match once, its right fields
  /// missing. The size is checked before any row is built.
  static func gather(
    _ join: Plan.Join, _ frame: Frame, _ leftCodes: [Int32], _ matchStart: [Int], _ matchRows: [Int],
    allowance: Int
  ) throws(Diagnostic) -> Frame {
    let keepUnmatched = join.kind == .left
    var total = 0
    for code in leftCodes {
      let matched = code < 0 ? 0 : matchStart[Int(code) + 1] - matchStart[Int(code)]
      total += keepUnmatched ? max(1, matched) : matched
    }
    try checkSize(join, frame, rows: total, allowance: allowance)
    var leftRows = [Int](repeating: 0, count: total)
    var rightRows = [Int](repeating: -1, count: total)
    leftRows.withUnsafeMutableBufferPointer { leftOut in
      rightRows.withUnsafeMutableBufferPointer { rightOut in
        var k = 0
        for i in 0..<frame.count {
          let code = Int(leftCodes[i])
          let l = frame.selection?[i] ?? i
          if code < 0 || matchStart[code + 1] == matchStart[code] {
            if keepUnmatched {
              leftOut[k] = l
              k += 1
            }
            continue
          }
          for j in matchStart[code]..<matchStart[code + 1] {
            leftOut[k] = l
            rightOut[k] = matchRows[j]
            k += 1
          }
        }
      }
    }
    // Only a left join has rows without a right row (-1). Right text stays coded by row.
    var rightCodes: [Int32]?
    let columns = joinedColumns(
      join, frame, left: { $0.picking(leftRows) },
      right: { column in
        guard case .string(let texts) = column.storage, texts.count < Int(Int32.max) else {
          return keepUnmatched ? column.pickingOrMissing(rightRows) : column.picking(rightRows)
        }
        if rightCodes == nil { rightCodes = rightRows.map { Int32(truncatingIfNeeded: $0) } }
        return Column.coded(name: column.name, rows: rightCodes ?? [], values: texts, valuesMissing: column.missing)
      })
    return Frame(columns: columns, baseCount: leftRows.count)
  }

  /// The joined columns: the left frame's, then the right table's under their output names;
  /// columns no later stage reads are placeholders (see `isNeeded`).
  private static func joinedColumns(
    _ join: Plan.Join, _ frame: Frame, left: (Column) -> Column, right: (Column) -> Column
  ) -> [Column] {
    var columns: [Column] = []
    for (i, column) in frame.columns.enumerated() {
      columns.append(isNeeded(join, i) ? left(column) : placeholder(column))
    }
    let offset = frame.columns.count
    for (k, rc) in join.rightColumns.enumerated() {
      let column = join.right.columns[rc.index]
      columns.append(isNeeded(join, offset + k) ? right(column).renamed(rc.name) : placeholder(column))
    }
    return columns
  }

  /// Right rows by key text, in order; missing keys left out.
  static func rightIndex(_ keys: [String], _ missing: [Bool]?) -> [String: [Int]] {
    var index: [String: [Int]] = [:]
    for r in keys.indices where missing?[r] != true { index[keys[r], default: []].append(r) }
    return index
  }

  /// Enumeration codes of the selected rows, -1 where missing.
  static func codes(_ codes: [Int32], _ missing: [Bool]?, _ frame: Frame) -> [Int32] {
    var out = [Int32](repeating: -1, count: frame.count)
    for i in 0..<frame.count {
      let r = frame.selection?[i] ?? i
      if missing?[r] != true { out[i] = codes[r] }
    }
    return out
  }

  /// Bytes a join of `rows` output rows builds: two row indexes, and each column a later
  /// stage reads, by its type.
  static func estimatedBytes(_ join: Plan.Join, _ frame: Frame, rows: Int) -> Int {
    var perRow = 16
    for (i, column) in frame.columns.enumerated() where isNeeded(join, i) {
      perRow += column.type.bytesPerValue + (column.missing == nil ? 0 : 1)
    }
    for (k, rc) in join.rightColumns.enumerated() where isNeeded(join, frame.columns.count + k) {
      let column = join.right.columns[rc.index]
      perRow += column.type.bytesPerValue + (column.missing == nil ? 0 : 1)
    }
    let (bytes, overflow) = rows.multipliedReportingOverflow(by: perRow)
    return overflow ? .max : bytes
  }

  static func isNeeded(_ join: Plan.Join, _ i: Int) -> Bool { join.needed?.contains(i) ?? true }

  /// A column no later stage reads: typed, but empty.
  static func placeholder(_ column: Column) -> Column {
    Column.allMissing(type: column.type, count: 0)
  }
}

extension Column {
  /// The given rows of this column, in that order; a row of -1 gives a missing value (one
  /// pass, for a left join's right side).
  func pickingOrMissing(_ rows: [Int]) -> Column {
    pickingOrMissing(rows, Int.self)
  }

  /// As `pickingOrMissing(_:)`, by 32-bit rows (a join's key codes).
  func pickingOrMissing(codes: [Int32]) -> Column {
    pickingOrMissing(codes, Int32.self)
  }

  private func pickingOrMissing<I: BinaryInteger>(_ rows: [I], _: I.Type) -> Column {
    var gaps = [Bool](repeating: false, count: rows.count)
    let old = missing
    func pick<T>(_ a: [T], _ fill: T) -> [T] {
      a.withUnsafeBufferPointer { a in
        rows.withUnsafeBufferPointer { rows in
          gaps.withUnsafeMutableBufferPointer { gaps in
            [T](unsafeUninitializedCapacity: rows.count) { out, count in
              for i in 0..<rows.count {
                let r = Int(truncatingIfNeeded: rows[i])
                if r < 0 {
                  out.initializeElement(at: i, to: fill)
                  gaps[i] = true
                } else {
                  out.initializeElement(at: i, to: a[r])
                  if let old, old[r] { gaps[i] = true }
                }
              }
              count = rows.count
            }
          }
        }
      }
    }
    let storage: Storage
    switch self.storage {
    case .int(let a): storage = .int(pick(a, 0))
    case .double(let a): storage = .double(pick(a, 0))
    case .bool(let a): storage = .bool(pick(a, false))
    case .string(let a): storage = .string(pick(a, ""))
    case .date(let a): storage = .date(pick(a, 0))
    case .enumeration(let codes, let values): storage = .enumeration(codes: pick(codes, 0), values: values)
    case .coded(let codes, let values): storage = .coded(codes: pick(codes, -1), values: values)
    }
    return Column(name: name, storage: storage, missing: gaps.contains(true) ? gaps : nil)
  }
}
