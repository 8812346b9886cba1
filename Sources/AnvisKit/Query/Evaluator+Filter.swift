/// `where`: narrows the selection. Conjunctions narrow step by step, and a field compared
/// with a constant runs as one tight loop over the column, without building vectors.
extension Evaluator {
  static func filter(_ e: TypedExpr, _ frame: Frame) throws(Diagnostic) -> [Int] {
    let sel = frame.selection
    let n = frame.baseCount
    // Over a whole table, a combination of simple tests runs as one pass per test over
    // true/false arrays (loops the compiler vectorises) instead of narrowing step by step.
    if sel == nil, e.isCombination, let keep = mask(e, frame) {
      return keep.withUnsafeBufferPointer { keep in filterRows(nil, n) { keep[$0] } }
    }
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

  /// Rows of the whole table where a simple test holds (missing: false), as true/false per
  /// row; nil when the test is not a combination of field-against-constant comparisons.
  static func mask(_ e: TypedExpr, _ frame: Frame) -> [Bool]? {
    func combine(_ a: [Bool], _ b: [Bool], _ f: (Bool, Bool) -> Bool) -> [Bool] {
      var out = a
      out.withUnsafeMutableBufferPointer { out in
        b.withUnsafeBufferPointer { b in for i in out.indices { out[i] = f(out[i], b[i]) } }
      }
      return out
    }
    func clearMissing(_ out: inout [Bool], _ column: Column) {
      guard let m = column.missing else { return }
      for i in out.indices where m[i] { out[i] = false }
    }
    switch e.node {
    case .and(let l, let r):
      guard var a = mask(l, frame) else { return nil }
      // A simple right side narrows the left mask in place: one pass, no second array.
      if narrow(&a, by: r, frame) { return a }
      guard let b = mask(r, frame) else { return nil }
      return combine(a, b) { $0 && $1 }
    case .or(let l, let r):
      guard let a = mask(l, frame), let b = mask(r, frame) else { return nil }
      return combine(a, b) { $0 || $1 }
    case .not(let inner):
      guard var a = mask(inner, frame) else { return nil }
      for i in a.indices { a[i] = !a[i] }
      return a
    case .enumIn(let inner, let mask):
      guard case .column(let i) = inner.node else { return nil }
      let column = frame.columns[i]
      var out = mask.withUnsafeBufferPointer { mask in column.enumCodes.map { mask[Int($0)] } }
      clearMissing(&out, column)
      return out
    case .compare(let op, let l, let r):
      guard case .column(let i) = l.node, case .constant(let k) = r.node else { return nil }
      let column = frame.columns[i]
      var out: [Bool]
      switch (column.storage, k) {
      case (.int(let a), .int(let v)): out = compareArrays(op, a, v)
      case (.date(let a), .date(let v)): out = compareArrays(op, a, v.ordinal)
      case (.double(let a), .double(let v)): out = compareArrays(op, a, v)
      default: return nil
      }
      clearMissing(&out, column)
      return out
    default:
      return nil
    }
  }

  /// `out[i] = out[i] && test(i)` for a field tested against a constant or a set of
  /// enumeration values (missing: false); false when the test is not of that kind.
  static func narrow(_ out: inout [Bool], by e: TypedExpr, _ frame: Frame) -> Bool {
    func apply<T: Comparable>(_ a: [T], _ k: T, _ op: TypedExpr.Comparison, _ m: [Bool]?) {
      out.withUnsafeMutableBufferPointer { out in
        a.withUnsafeBufferPointer { a in
          switch op {
          case .equal: for i in out.indices { out[i] = out[i] && a[i] == k }
          case .notEqual: for i in out.indices { out[i] = out[i] && a[i] != k }
          case .less: for i in out.indices { out[i] = out[i] && a[i] < k }
          case .lessEqual: for i in out.indices { out[i] = out[i] && a[i] <= k }
          case .greater: for i in out.indices { out[i] = out[i] && a[i] > k }
          case .greaterEqual: for i in out.indices { out[i] = out[i] && a[i] >= k }
          }
        }
      }
      if let m { for i in out.indices where m[i] { out[i] = false } }
    }
    switch e.node {
    case .compare(let op, let l, let r):
      guard case .column(let i) = l.node, case .constant(let k) = r.node else { return false }
      let column = frame.columns[i]
      switch (column.storage, k) {
      case (.int(let a), .int(let v)): apply(a, v, op, column.missing)
      case (.date(let a), .date(let v)): apply(a, v.ordinal, op, column.missing)
      case (.double(let a), .double(let v)): apply(a, v, op, column.missing)
      default: return false
      }
      return true
    case .enumIn(let inner, let mask):
      guard case .column(let i) = inner.node else { return false }
      let column = frame.columns[i]
      let codes = column.enumCodes
      out.withUnsafeMutableBufferPointer { out in
        codes.withUnsafeBufferPointer { codes in
          mask.withUnsafeBufferPointer { mask in
            for i in out.indices { out[i] = out[i] && mask[Int(codes[i])] }
          }
        }
      }
      if let m = column.missing { for i in out.indices where m[i] { out[i] = false } }
      return true
    default:
      return false
    }
  }

  /// How many rows of the frame pass the test (for `where … | count`).
  static func count(_ e: TypedExpr, _ frame: Frame) throws(Diagnostic) -> Int {
    if frame.selection == nil, let keep = mask(e, frame) {
      return keep.withUnsafeBufferPointer { keep in
        var n = 0
        for k in keep where k { n &+= 1 }
        return n
      }
    }
    return try filter(e, frame).count
  }
}

extension TypedExpr {
  /// `and`, `or` or `not` at the top.
  var isCombination: Bool {
    switch node {
    case .and, .or, .not: true
    default: false
    }
  }
}
