/// Rows grouped by the values of key columns. Each key is encoded as a small integer code
/// (enumeration codes and bools as they are, ints and dates by offset from their minimum when
/// the range is small, text and numbers through a hash table); composite keys combine codes
/// arithmetically, falling back to a hash table only when the combined range is large.
/// Group ids are dense and numbered in order of first appearance.
struct Grouping {
  /// For each selected row (by position in the selection), its group.
  var groupOf: [Int32]
  /// For each group, the base row where it first appears.
  var firstRow: [Int]

  var groupCount: Int { firstRow.count }

  /// Above this many combined codes, densify through a hash table rather than an array.
  static let directLimit = 1 << 22

  init(groupOf: [Int32], firstRow: [Int]) {
    self.groupOf = groupOf
    self.firstRow = firstRow
  }

  init(keys: [Column], frame: Frame) {
    let sel = frame.selection
    let n = frame.count
    guard !keys.isEmpty else {
      groupOf = [Int32](repeating: 0, count: n)
      firstRow = [sel?.first ?? 0]
      return
    }
    // One text key without missing values: its encoding is already dense, in order of first
    // appearance.
    if keys.count == 1, keys[0].missing == nil, case .string(let a) = keys[0].storage {
      if let cache = keys[0].textCodes {
        self = Grouping(cached: cache.codes(of: a), sel)
        return
      }
      let (codes, distinct) = Grouping.encodeStrings(a, nil, sel, n)
      var first = [Int](repeating: 0, count: distinct.count)
      var seen = 0
      for i in 0..<n where Int(codes[i]) == seen {
        first[seen] = sel?[i] ?? i
        seen += 1
      }
      groupOf = codes
      firstRow = first
      return
    }
    let limit = min(Grouping.directLimit, max(1 << 16, 2 * n))
    var (codes, cardinality) = Grouping.encode(keys[0], sel, frame.baseCount, limit: limit)
    for key in keys.dropFirst() {
      let (next, k) = Grouping.encode(key, sel, frame.baseCount, limit: limit)
      if cardinality.multipliedReportingOverflow(by: k).overflow || cardinality * k > limit {
        (codes, cardinality) = Grouping.densify(codes)
      }
      codes.withUnsafeMutableBufferPointer { codes in
        next.withUnsafeBufferPointer { next in
          for i in codes.indices { codes[i] = codes[i] * k + next[i] }
        }
      }
      cardinality *= k
    }
    // Dense ids in order of first appearance.
    var ids = [Int32](repeating: 0, count: n)
    var first: [Int] = []
    if cardinality <= limit {
      var table = [Int32](repeating: -1, count: cardinality)
      table.withUnsafeMutableBufferPointer { table in
        ids.withUnsafeMutableBufferPointer { ids in
          codes.withUnsafeBufferPointer { codes in
            for i in 0..<n {
              var g = table[codes[i]]
              if g < 0 {
                g = Int32(first.count)
                table[codes[i]] = g
                first.append(sel?[i] ?? i)
              }
              ids[i] = g
            }
          }
        }
      }
    } else {
      var table: [Int: Int32] = [:]
      for i in 0..<n {
        let g: Int32
        if let known = table[codes[i]] {
          g = known
        } else {
          g = Int32(first.count)
          table[codes[i]] = g
          first.append(sel?[i] ?? i)
        }
        ids[i] = g
      }
    }
    groupOf = ids
    firstRow = first
  }

  /// A column's cached codes (`TextCodes`) as groups of the selected rows: as they are for
  /// every row, else renumbered in order of first appearance in the selection.
  init(cached: (codes: [Int32], firstRow: [Int]), _ sel: [Int]?) {
    guard let sel else {
      self.init(groupOf: cached.codes, firstRow: cached.firstRow)
      return
    }
    var table = [Int32](repeating: -1, count: cached.firstRow.count)
    var ids = [Int32](repeating: 0, count: sel.count)
    var first: [Int] = []
    cached.codes.withUnsafeBufferPointer { codes in
      for (i, r) in sel.enumerated() {
        var g = table[Int(codes[r])]
        if g < 0 {
          g = Int32(first.count)
          table[Int(codes[r])] = g
          first.append(r)
        }
        ids[i] = g
      }
    }
    self.init(groupOf: ids, firstRow: first)
  }

  /// Renumbers codes densely (first appearance order).
  static func densify(_ codes: [Int]) -> ([Int], Int) {
    var table: [Int: Int] = [:]
    var out = [Int](repeating: 0, count: codes.count)
    for i in codes.indices {
      if let known = table[codes[i]] {
        out[i] = known
      } else {
        out[i] = table.count
        table[codes[i]] = out[i]
      }
    }
    return (out, max(1, table.count))
  }

  /// One key column as codes in 0..<cardinality, for each selected row. Missing gets its own code.
  static func encode(
    _ column: Column, _ sel: [Int]?, _ baseCount: Int, limit: Int
  ) -> (codes: [Int], cardinality: Int) {
    let m = column.missing
    let n = sel?.count ?? baseCount
    var codes = [Int](repeating: 0, count: n)
    codes.withUnsafeMutableBufferPointer { out in
      func fill(_ body: (Int) -> Int) {
        if let sel {
          sel.withUnsafeBufferPointer { sel in for i in 0..<n { out[i] = body(sel[i]) } }
        } else {
          for i in 0..<n { out[i] = body(i) }
        }
      }
      switch column.storage {
      case .enumeration(let c, let values):
        let missingCode = values.count
        c.withUnsafeBufferPointer { c in
          if let m {
            fill { r in m[r] ? missingCode : Int(c[r]) }
          } else {
            fill { r in Int(c[r]) }
          }
        }
      case .bool(let b):
        b.withUnsafeBufferPointer { b in fill { r in m?[r] == true ? 2 : (b[r] ? 1 : 0) } }
      default:
        break
      }
    }
    switch column.storage {
    case .enumeration(_, let values):
      return (codes, values.count + 1)
    case .bool:
      return (codes, 3)
    case .int(let a), .date(let a):
      return encodeInts(a, m, sel, n, limit: limit, into: &codes)
    case .double(let a):
      var table: [UInt64: Int] = [:]
      for i in 0..<n {
        let r = sel?[i] ?? i
        if m?[r] == true { continue }
        let bits = (a[r] == 0 ? 0.0 : a[r]).bitPattern
        if let known = table[bits] {
          codes[i] = known + 1
        } else {
          table[bits] = table.count
          codes[i] = table.count
        }
      }
      return (codes, table.count + 1)
    case .string(let a):
      if let cache = column.textCodes {
        let (cached, firstRow) = cache.codes(of: a)
        for i in 0..<n {
          let r = sel?[i] ?? i
          codes[i] = m?[r] == true ? 0 : Int(cached[r]) + 1
        }
        return (codes, firstRow.count + 1)
      }
      let (dense, distinct) = encodeStrings(a, m, sel, n)
      for i in 0..<n { codes[i] = Int(dense[i]) + 1 }
      return (codes, distinct.count + 1)
    case .coded(let c, let values):
      // Codes of equal texts made one, through the (few) texts rather than the rows.
      let (same, distinct) = encodeStrings(values, nil, nil, values.count)
      for i in 0..<n {
        let r = sel?[i] ?? i
        let k = Int(c[r])
        codes[i] = m?[r] == true || k < 0 || k >= same.count ? 0 : Int(same[k]) + 1
      }
      return (codes, distinct.count + 1)
    }
  }

  static func encodeInts(
    _ a: [Int], _ m: [Bool]?, _ sel: [Int]?, _ n: Int, limit: Int, into codes: inout [Int]
  ) -> (codes: [Int], cardinality: Int) {
    var lo = Int.max
    var hi = Int.min
    for i in 0..<n {
      let r = sel?[i] ?? i
      if m?[r] == true { continue }
      lo = min(lo, a[r])
      hi = max(hi, a[r])
    }
    if lo > hi { return (codes, 1) }
    let (span, overflow) = hi.subtractingReportingOverflow(lo)
    if !overflow, span < limit {
      let missingCode = span + 1
      for i in 0..<n {
        let r = sel?[i] ?? i
        codes[i] = m?[r] == true ? missingCode : a[r] - lo
      }
      return (codes, span + 2)
    }
    var table: [Int: Int] = [:]
    for i in 0..<n {
      let r = sel?[i] ?? i
      if m?[r] == true {
        codes[i] = 0
      } else if let known = table[a[r]] {
        codes[i] = known + 1
      } else {
        table[a[r]] = table.count
        codes[i] = table.count
      }
    }
    return (codes, table.count + 1)
  }

  /// Text as dense codes in order of first appearance (-1 for missing), and the distinct
  /// values. Data often comes in runs of one value (units by department), so the last value
  /// is checked before the hash table.
  static func encodeStrings(
    _ a: [String], _ m: [Bool]?, _ sel: [Int]?, _ n: Int
  ) -> (codes: [Int32], distinct: [String]) {
    var codes = [Int32](repeating: -1, count: n)
    var table: [String: Int32] = [:]
    var distinct: [String] = []
    var last = ""
    var lastBits = Grouping.bits(last)
    var lastCode: Int32 = -1
    a.withUnsafeBufferPointer { a in
      for i in 0..<n {
        let r = sel?[i] ?? i
        if m?[r] == true { continue }
        // The same bits are the same text (a short text is held in its bits).
        if lastCode >= 0, Grouping.bits(a[r]) == lastBits || a[r] == last {
          codes[i] = lastCode
          continue
        }
        let s = a[r]
        let code: Int32
        if let known = table[s] {
          code = known
        } else {
          code = Int32(distinct.count)
          table[s] = code
          distinct.append(s)
        }
        codes[i] = code
        last = s
        lastBits = Grouping.bits(s)
        lastCode = code
      }
    }
    return (codes, distinct)
  }

  /// A text's two words as held (equal words: equal texts; not the other way round).
  @inline(__always)
  static func bits(_ s: String) -> SIMD2<UInt64> { unsafeBitCast(s, to: SIMD2<UInt64>.self) }
}
