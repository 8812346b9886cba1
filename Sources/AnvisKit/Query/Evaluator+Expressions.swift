/// Vectorised evaluation of typed expressions: each node runs one typed loop over the
/// selected rows and yields a dense vector (an unnamed `Column`).
extension Evaluator {
  static func evaluate(_ e: TypedExpr, in frame: Frame) throws(Diagnostic) -> Column {
    let n = frame.count
    switch e.node {
    case .column(let i):
      // Coded text (a join's right side) is decoded here: expressions read plain columns.
      return frame.dense(frame.columns[i]).decoded
    case .constant(let v):
      return Column.constant(v, type: e.type, count: n)
    case .toDouble(let inner):
      let v = try evaluate(inner, in: frame)
      return Column(name: "", storage: .double(v.intValues.map(Double.init)), missing: v.missing)
    case .enumText(let inner):
      let v = try evaluate(inner, in: frame)
      return Column(name: "", storage: .string(v.stringValues), missing: v.missing)
    case .negate(let inner, let range):
      let v = try evaluate(inner, in: frame)
      if case .double(let a) = v.storage {
        return Column(name: "", storage: .double(a.map { -$0 }), missing: v.missing)
      }
      var out = v.intValues
      for i in out.indices {
        let (r, overflow) = Int(0).subtractingReportingOverflow(out[i])
        if overflow { throw overflowError(at: range) }
        out[i] = r
      }
      return Column(name: "", storage: .int(out), missing: v.missing)
    case .arithmetic(let op, let l, let r, let range):
      return try arithmetic(op, try evaluate(l, in: frame), try evaluate(r, in: frame), at: range)
    case .compare(let op, let l, let r):
      let left = try evaluate(l, in: frame)
      if case .constant(let k) = r.node { return Column(name: "", storage: .bool(compare(op, left, k))) }
      return Column(name: "", storage: .bool(compare(op, left, try evaluate(r, in: frame))))
    case .enumIn(let inner, let mask):
      let v = try evaluate(inner, in: frame)
      let codes = v.enumCodes
      var out = [Bool](repeating: false, count: codes.count)
      for i in codes.indices { out[i] = mask[Int(codes[i])] }
      if let m = v.missing { for i in out.indices where m[i] { out[i] = false } }
      return Column(name: "", storage: .bool(out))
    case .and(let l, let r):
      let a = truth(try evaluate(l, in: frame))
      let b = truth(try evaluate(r, in: frame))
      return Column(name: "", storage: .bool(zip(a, b).map { $0 && $1 }))
    case .or(let l, let r):
      let a = truth(try evaluate(l, in: frame))
      let b = truth(try evaluate(r, in: frame))
      return Column(name: "", storage: .bool(zip(a, b).map { $0 || $1 }))
    case .not(let inner):
      return Column(name: "", storage: .bool(truth(try evaluate(inner, in: frame)).map { !$0 }))
    case .isMissing(let inner, let negated):
      let m: [Bool]
      if case .column(let i) = inner.node {
        // A field's missing marks are read as they are, without its values.
        let marks = frame.columns[i].missing
        m =
          marks.map { marks in frame.selection.map { $0.map { marks[$0] } } ?? marks }
          ?? [Bool](repeating: false, count: frame.count)
      } else {
        let v = try evaluate(inner, in: frame)
        m = v.missing ?? [Bool](repeating: false, count: v.count)
      }
      return Column(name: "", storage: .bool(negated ? m.map { !$0 } : m))
    case .call(let function, let args, let range):
      var values: [Column] = []
      for arg in args { values.append(try evaluate(arg, in: frame)) }
      return try call(function, values, type: e.type, count: n, at: range)
    case .choose(let branches, let otherwise):
      var result = try evaluate(otherwise, in: frame)
      for branch in branches.reversed() {
        let take = truth(try evaluate(branch.condition, in: frame))
        let v = try evaluate(branch.value, in: frame)
        var missing: [Bool]? = nil
        if result.missing != nil || v.missing != nil {
          missing = (0..<n).map { take[$0] ? v.isMissing($0) : result.isMissing($0) }
        }
        result = Column(name: "", storage: merge(result.storage, v.storage, take), missing: missing)
      }
      return result
    case .inPipeline(let inner, let plan, let negated):
      let v = try evaluate(inner, in: frame)
      let other = try Evaluator.run(plan, name: "in").columns[0]
      return Column(name: "", storage: .bool(membership(v, in: other, negated: negated)))
    case .window(let w):
      return try window(w, in: frame)
    case .matches(let inner, let regex):
      let v = try evaluate(inner, in: frame)
      var known: [String: Bool] = [:]
      var out = [Bool](repeating: false, count: v.count)
      for (i, s) in v.stringValues.enumerated() where !v.isMissing(i) {
        if let k = known[s] {
          out[i] = k
        } else {
          let k = regex.matches(s)
          if known.count < 100_000 { known[s] = k }
          out[i] = k
        }
      }
      return Column(name: "", storage: .bool(out))
    }
  }

  /// A bool vector with missing read as false.
  static func truth(_ v: Column) -> [Bool] {
    var b = v.boolValues
    if let m = v.missing { for i in b.indices where m[i] { b[i] = false } }
    return b
  }

  static func overflowError(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      "whole-number overflow in '\(range.length == 1 ? "arithmetic" : "expression")'", line: range.line,
      column: range.column, length: range.length,
      hint: "the result is beyond ±9.2e18; compute with decimals, e.g. 1.0 * x")
  }

  static func arithmetic(
    _ op: TypedExpr.Arithmetic, _ l: Column, _ r: Column, at range: SourceRange
  ) throws(Diagnostic) -> Column {
    var missing = unionMissing(l.missing, r.missing)
    func ints(_ f: (Int, Int) -> (partialValue: Int, overflow: Bool)) throws(Diagnostic) -> [Int] {
      let a = l.intValues
      let b = r.intValues
      var out = [Int](repeating: 0, count: a.count)
      for i in out.indices {
        let (v, overflow) = f(a[i], b[i])
        if overflow, !(missing?[i] ?? false) { throw overflowError(at: range) }
        out[i] = v
      }
      return out
    }
    switch op {
    case .addInt:
      return Column(name: "", storage: .int(try ints { $0.addingReportingOverflow($1) }), missing: missing)
    case .subtractInt:
      return Column(
        name: "", storage: .int(try ints { $0.subtractingReportingOverflow($1) }), missing: missing)
    case .multiplyInt:
      return Column(
        name: "", storage: .int(try ints { $0.multipliedReportingOverflow(by: $1) }), missing: missing)
    case .addDays:
      return Column(name: "", storage: .date(try ints { $0.addingReportingOverflow($1) }), missing: missing)
    case .subtractDays:
      return Column(
        name: "", storage: .date(try ints { $0.subtractingReportingOverflow($1) }), missing: missing)
    case .daysBetween:
      return Column(
        name: "", storage: .int(try ints { $1.subtractingReportingOverflow($0) }), missing: missing)
    case .addDouble:
      return try decimals(l, r, missing, at: range) { $0 + $1 }
    case .subtractDouble:
      return try decimals(l, r, missing, at: range) { $0 - $1 }
    case .multiplyDouble:
      return try decimals(l, r, missing, at: range) { $0 * $1 }
    case .divide:
      let a = l.doubleValues
      let b = r.doubleValues
      var out = [Double](repeating: 0, count: a.count)
      for i in out.indices {
        if b[i] == 0 {
          if missing == nil { missing = [Bool](repeating: false, count: a.count) }
          missing?[i] = true
        } else {
          out[i] = a[i] / b[i]
        }
      }
      return try decimals(out, missing, at: range)
    }
  }

  /// `f` of two decimal vectors, element by element; a result beyond the largest decimal
  /// (±1.8e308) is an error, as whole-number overflow is, so no infinity or NaN enters a column.
  @inline(__always)
  static func decimals(
    _ l: Column, _ r: Column, _ missing: [Bool]?, at range: SourceRange, _ f: (Double, Double) -> Double
  ) throws(Diagnostic) -> Column {
    try decimals(zip(l.doubleValues, r.doubleValues).map(f), missing, at: range)
  }

  static func decimals(_ out: [Double], _ missing: [Bool]?, at range: SourceRange) throws(Diagnostic)
    -> Column
  {
    for i in out.indices where !out[i].isFinite && !(missing?[i] ?? false) {
      throw decimalOverflowError(at: range)
    }
    return Column(name: "", storage: .double(out), missing: missing)
  }

  static func decimalOverflowError(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      "decimal overflow in '\(range.length == 1 ? "arithmetic" : "expression")'", line: range.line,
      column: range.column, length: range.length, hint: "the result is beyond ±1.8e308")
  }

  /// Compares two vectors element by element; missing on either side gives false.
  static func compare(_ op: TypedExpr.Comparison, _ l: Column, _ r: Column) -> [Bool] {
    var out: [Bool]
    switch (l.storage, r.storage) {
    case (.int(let a), .int(let b)), (.date(let a), .date(let b)): out = compareArrays(op, a, b)
    case (.double(let a), .double(let b)): out = compareArrays(op, a, b)
    case (.string(let a), .string(let b)): out = compareArrays(op, a, b)
    case (.bool(let a), .bool(let b)): out = compareArrays(op, a.map { $0 ? 1 : 0 }, b.map { $0 ? 1 : 0 })
    default: out = [Bool](repeating: false, count: l.count)
    }
    if let m = unionMissing(l.missing, r.missing) { for i in out.indices where m[i] { out[i] = false } }
    return out
  }

  /// Compares a vector with a constant; missing gives false.
  static func compare(_ op: TypedExpr.Comparison, _ l: Column, _ k: Value) -> [Bool] {
    var out: [Bool]
    switch (l.storage, k) {
    case (.int(let a), .int(let v)): out = compareArrays(op, a, v)
    case (.date(let a), .date(let v)): out = compareArrays(op, a, v.ordinal)
    case (.double(let a), .double(let v)): out = compareArrays(op, a, v)
    case (.string(let a), .string(let v)): out = compareArrays(op, a, v)
    case (.bool(let a), .bool(let v)): out = compareArrays(op, a.map { $0 ? 1 : 0 }, v ? 1 : 0)
    default: out = [Bool](repeating: false, count: l.count)
    }
    if let m = l.missing { for i in out.indices where m[i] { out[i] = false } }
    return out
  }

  @inline(__always)
  static func compareArrays<T: Comparable>(_ op: TypedExpr.Comparison, _ a: [T], _ b: [T]) -> [Bool] {
    switch op {
    case .equal: zip(a, b).map { $0 == $1 }
    case .notEqual: zip(a, b).map { $0 != $1 }
    case .less: zip(a, b).map { $0 < $1 }
    case .lessEqual: zip(a, b).map { $0 <= $1 }
    case .greater: zip(a, b).map { $0 > $1 }
    case .greaterEqual: zip(a, b).map { $0 >= $1 }
    }
  }

  @inline(__always)
  static func compareArrays<T: Comparable>(_ op: TypedExpr.Comparison, _ a: [T], _ k: T) -> [Bool] {
    switch op {
    case .equal: a.map { $0 == k }
    case .notEqual: a.map { $0 != k }
    case .less: a.map { $0 < k }
    case .lessEqual: a.map { $0 <= k }
    case .greater: a.map { $0 > k }
    case .greaterEqual: a.map { $0 >= k }
    }
  }
}
