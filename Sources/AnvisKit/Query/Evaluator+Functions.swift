import Foundation

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
    case .month, .day:
      let month = function == .month
      return Column(
        name: "", storage: .int(first.intValues.map { month ? Day(ordinal: $0).components.month : Day(ordinal: $0).components.day }),
        missing: first.missing)
    case .trunc_month:
      let out = first.intValues.map { d -> Int in
        let c = Day(ordinal: d).components
        return Day(year: c.year, month: c.month, day: 1)?.ordinal ?? d
      }
      return Column(name: "", storage: .date(out), missing: first.missing)
    case .today:
      return Column.allMissing(type: .date, count: n)
    case .concat:
      var out = [String](repeating: "", count: n)
      for arg in args {
        for i in 0..<n where !arg.isMissing(i) { out[i] += Evaluator.csvText(arg, i) }
      }
      return Column(name: "", storage: .string(out))
    case .length:
      return Column(name: "", storage: .int(first.stringValues.map(\.count)), missing: first.missing)
    case .starts_with, .ends_with:
      let a = first.stringValues
      let b = args[1].stringValues
      var out = [Bool](repeating: false, count: a.count)
      let missing = unionMissing(first.missing, args[1].missing)
      let prefix = function == .starts_with
      for i in out.indices where !(missing?[i] ?? false) { out[i] = prefix ? a[i].hasPrefix(b[i]) : a[i].hasSuffix(b[i]) }
      return Column(name: "", storage: .bool(out))
    case .substr:
      let a = first.stringValues
      let start = args[1].intValues
      let length = args[2].intValues
      var missing = unionMissing(unionMissing(first.missing, args[1].missing), args[2].missing)
      var out = [String](repeating: "", count: a.count)
      for i in out.indices where !(missing?[i] ?? false) {
        guard length[i] >= 0 else {
          if missing == nil { missing = [Bool](repeating: false, count: a.count) }
          missing?[i] = true
          continue
        }
        out[i] = Evaluator.substring(a[i], from: start[i], length: length[i])
      }
      return Column(name: "", storage: .string(out), missing: missing)
    case .floor, .ceil:
      guard case .double(let a) = first.storage else { return first }
      let up = function == .ceil
      return Column(name: "", storage: .double(a.map { up ? $0.rounded(.up) : $0.rounded(.down) }), missing: first.missing)
    case .bin:
      if case .double(let a) = first.storage {
        let w = args[1].doubleValues
        return Evaluator.numeric(n, unionMissing(first.missing, args[1].missing)) { i in
          w[i] > 0 ? (a[i] / w[i]).rounded(.down) * w[i] : nil
        }
      }
      let a = first.intValues
      let w = args[1].intValues
      var missing = unionMissing(first.missing, args[1].missing) ?? [Bool](repeating: false, count: n)
      var out = [Int](repeating: 0, count: n)
      for i in 0..<n where !missing[i] {
        guard w[i] > 0 else {
          missing[i] = true
          continue
        }
        let r = a[i] % w[i]
        out[i] = a[i] - (r < 0 ? r + w[i] : r)
      }
      return Column(name: "", storage: .int(out), missing: missing)
    case .sqrt, .ln, .exp, .pow:
      let a = first.doubleValues
      let b = args.count > 1 ? args[1].doubleValues : a
      let missing = args.count > 1 ? unionMissing(first.missing, args[1].missing) : first.missing
      return Evaluator.numeric(n, missing) { i in
        let r: Double
        switch function {
        case .sqrt: r = a[i] < 0 ? .nan : a[i].squareRoot()
        case .ln: r = a[i] <= 0 ? .nan : Foundation.log(a[i])
        case .exp: r = Foundation.exp(a[i])
        default: r = Foundation.pow(a[i], b[i])
        }
        return r.isFinite ? r : nil
      }
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

  /// A number per row from `f` (nil: missing), skipping rows already missing.
  static func numeric(_ n: Int, _ missing: [Bool]?, _ f: (Int) -> Double?) -> Column {
    var out = [Double](repeating: 0, count: n)
    var gaps = missing ?? [Bool](repeating: false, count: n)
    for i in 0..<n where !gaps[i] {
      if let v = f(i) { out[i] = v } else { gaps[i] = true }
    }
    return Column(name: "", storage: .double(out), missing: gaps)
  }

  /// `substr`: `length` characters from the `start`-th (1-based; a start before 1 counts from 1).
  static func substring(_ s: String, from start: Int, length: Int) -> String {
    let chars = Array(s)
    let lo = max(0, start - 1)
    guard lo < chars.count, length > 0 else { return "" }
    return String(chars[lo..<min(chars.count, lo + length)])
  }

  /// A value as csv writes it (for concat).
  static func csvText(_ column: Column, _ i: Int) -> String {
    switch column.storage {
    case .double(let a): NumberFormat.string(a[i])
    default: column[i].description
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
