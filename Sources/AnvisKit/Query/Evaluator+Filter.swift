/// `where`: narrows the selection. Conjunctions narrow step by step, and a field compared
/// with a constant runs as one tight loop over the column, without building vectors.
extension Evaluator {
  static func filter(_ e: TypedExpr, _ frame: Frame) throws(Diagnostic) -> [Int] {
    let sel = frame.selection
    let n = frame.baseCount
    // Over a whole table, simple tests and their combinations run a block at a time
    // (Evaluator+Mask.swift) instead of narrowing step by step.
    if sel == nil, let test = MaskTest(e, frame) { return test.rows(n) }
    switch e.node {
    case .and(let l, let r):
      var narrowed = frame
      narrowed.selection = try filter(l, frame)
      return try filter(r, narrowed)
    case .enumIn(let inner, let mask):
      guard case .column(let i) = inner.node else { break }
      let codes = frame.columns[i].enumCodes
      if let m = frame.columns[i].missing { return filterRows(sel, n) { !m[$0] && mask[Int(codes[$0])] } }
      return mask.withUnsafeBufferPointer { mask in
        codes.withUnsafeBufferPointer { codes in filterRows(sel, n) { mask[Int(codes[$0])] } }
      }
    case .compare(let op, let l, let r):
      guard case .column(let i) = l.node, case .constant(let k) = r.node else { break }
      let column = frame.columns[i]
      switch (column.storage, k) {
      case (.int(let a), .int(let v)): return scan(op, a, v, column.missing, sel, n)
      case (.date(let a), .date(let v)): return scan(op, a, v.ordinal, column.missing, sel, n)
      case (.double(let a), .double(let v)): return scan(op, a, v, column.missing, sel, n)
      case (.string(let a), .string(let v)): return scan(op, a, v, column.missing, sel, n)
      default: break
      }
    case .isMissing(let inner, let negated):
      guard case .column(let i) = inner.node else { break }
      guard let m = frame.columns[i].missing else { return negated ? frame.rows : [] }
      return filterRows(sel, n) { m[$0] != negated }
    case .column(let i):
      let column = frame.columns[i]
      let b = column.boolValues
      if let m = column.missing { return filterRows(sel, n) { !m[$0] && b[$0] } }
      return filterRows(sel, n) { b[$0] }
    default: break
    }
    let keep = truth(try evaluate(e, in: frame))
    guard let sel else { return filterRows(nil, n) { keep[$0] } }
    var out: [Int] = []
    for (i, r) in sel.enumerated() where keep[i] { out.append(r) }
    return out
  }

  @inline(__always)
  static func scan<T: Comparable>(
    _ op: TypedExpr.Comparison, _ a: [T], _ k: T, _ missing: [Bool]?, _ sel: [Int]?, _ n: Int
  ) -> [Int] {
    if let m = missing {
      return filterRows(sel, n) { !m[$0] && op.holds(a[$0] < k ? -1 : a[$0] == k ? 0 : 1) }
    }
    return a.withUnsafeBufferPointer { a in
      switch op {
      case .equal: filterRows(sel, n) { a[$0] == k }
      case .notEqual: filterRows(sel, n) { a[$0] != k }
      case .less: filterRows(sel, n) { a[$0] < k }
      case .lessEqual: filterRows(sel, n) { a[$0] <= k }
      case .greater: filterRows(sel, n) { a[$0] > k }
      case .greaterEqual: filterRows(sel, n) { a[$0] >= k }
      }
    }
  }

  /// How many rows of the frame pass the test (for `where … | count`).
  static func count(_ e: TypedExpr, _ frame: Frame) throws(Diagnostic) -> Int {
    if frame.selection == nil, let test = MaskTest(e, frame) { return test.count(frame.baseCount) }
    return try filter(e, frame).count
  }

  /// Whether a condition holds for each selected row (missing: false); simple tests over a
  /// whole table run a block at a time.
  static func condition(_ e: TypedExpr, _ frame: Frame) throws(Diagnostic) -> [Bool] {
    if frame.selection == nil, let test = MaskTest(e, frame) { return test.truth(frame.baseCount) }
    return truth(try evaluate(e, in: frame))
  }
}
