/// The built-in functions: lower, upper, round, year, days_between, contains, coalesce, abs.
extension Evaluator {
  static func call(
    _ function: TypedExpr.Function, _ args: [Column], type: FieldType, count n: Int, at range: SourceRange
  ) throws(Diagnostic) -> Column {
    guard let first = args.first else { return Column.allMissing(type: type, count: n) }
    switch function {
    case .lower:
      return Column(
        name: "", storage: .string(first.stringValues.map { $0.lowercased() }), missing: first.missing)
    case .upper:
      return Column(
        name: "", storage: .string(first.stringValues.map { $0.uppercased() }), missing: first.missing)
    case .round:
      guard case .double(let a) = first.storage else { return first }
      var digits = 0
      if args.count > 1, let d = args[1].intValues.first { digits = d }
      var scale = 1.0
      for _ in 0..<digits { scale *= 10 }
      let out = a.map { x -> Double in
        let r = digits == 0 ? x.rounded() : (x * scale).rounded() / scale
        return r.isFinite ? r : x
      }
      return Column(name: "", storage: .double(out), missing: first.missing)
    case .year:
      return Column(
        name: "", storage: .int(first.intValues.map { Day(ordinal: $0).year }), missing: first.missing)
    case .days_between:
      return try arithmetic(.daysBetween, first, args[1], at: range)
    case .contains:
      let a = first.stringValues
      let b = args[1].stringValues
      var out = [Bool](repeating: false, count: a.count)
      let missing = unionMissing(first.missing, args[1].missing)
      for i in out.indices where !(missing?[i] ?? false) { out[i] = b[i].isEmpty || a[i].contains(b[i]) }
      return Column(name: "", storage: .bool(out))
    case .abs:
      if case .double(let a) = first.storage {
        return Column(name: "", storage: .double(a.map { Swift.abs($0) }), missing: first.missing)
      }
      var out = first.intValues
      for i in out.indices where out[i] < 0 {
        guard out[i] != Int.min else { throw overflowError(at: range) }
        out[i] = -out[i]
      }
      return Column(name: "", storage: .int(out), missing: first.missing)
    case .coalesce:
      var result = first
      for other in args.dropFirst() {
        guard let m = result.missing else { break }
        result = Column(
          name: "", storage: merge(result.storage, other.storage, m),
          missing: zip(m, other.missing ?? m.map { _ in false }).map { $0 && $1 })
      }
      return result
    }
  }

  /// Where `take[i]`, the value from `b`; otherwise from `a`.
  static func merge(_ a: Column.Storage, _ b: Column.Storage, _ take: [Bool]) -> Column.Storage {
    func pick<T>(_ x: [T], _ y: [T]) -> [T] {
      var out = x
      for i in out.indices where take[i] { out[i] = y[i] }
      return out
    }
    switch (a, b) {
    case (.int(let x), .int(let y)): return .int(pick(x, y))
    case (.date(let x), .date(let y)): return .date(pick(x, y))
    case (.double(let x), .double(let y)): return .double(pick(x, y))
    case (.bool(let x), .bool(let y)): return .bool(pick(x, y))
    case (.string(let x), .string(let y)): return .string(pick(x, y))
    case (.enumeration(let x, let values), .enumeration(let y, _)):
      return .enumeration(codes: pick(x, y), values: values)
    default: return a
    }
  }
}
