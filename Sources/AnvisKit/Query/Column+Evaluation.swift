/// Typed access to a column's storage for the evaluator's loops. The checker guarantees the
/// types, so a mismatch here is a bug in anvis; it yields empty arrays, which the callers
/// treat as missing values rather than trapping.
extension Column {
  var intValues: [Int] {
    switch storage {
    case .int(let a), .date(let a): a
    default: []
    }
  }

  var doubleValues: [Double] {
    if case .double(let a) = storage { return a }
    return []
  }

  var boolValues: [Bool] {
    if case .bool(let a) = storage { return a }
    return []
  }

  var stringValues: [String] {
    switch storage {
    case .string(let a): return a
    case .enumeration(let codes, let values): return codes.map { values[Int($0)] }
    case .coded(let codes, let values): return codes.map { Column.text($0, values) }
    default: return []
    }
  }

  var enumCodes: [Int32] {
    if case .enumeration(let codes, _) = storage { return codes }
    return []
  }

  /// A vector (unnamed column) of `count` copies of a constant.
  static func constant(_ value: Value, type: FieldType, count: Int) -> Column {
    switch value {
    case .int(let v): return Column(name: "", storage: .int(Array(repeating: v, count: count)))
    case .double(let v): return Column(name: "", storage: .double(Array(repeating: v, count: count)))
    case .bool(let v): return Column(name: "", storage: .bool(Array(repeating: v, count: count)))
    case .string(let v): return Column(name: "", storage: .string(Array(repeating: v, count: count)))
    case .date(let v): return Column(name: "", storage: .date(Array(repeating: v.ordinal, count: count)))
    case .missing: return Column.allMissing(type: type, count: count)
    }
  }

  /// A column of `count` missing values of a type.
  static func allMissing(type: FieldType, count: Int, name: String = "") -> Column {
    let missing = [Bool](repeating: true, count: count)
    switch type {
    case .int: return Column(name: name, storage: .int(Array(repeating: 0, count: count)), missing: missing)
    case .double:
      return Column(name: name, storage: .double(Array(repeating: 0, count: count)), missing: missing)
    case .bool:
      return Column(name: name, storage: .bool(Array(repeating: false, count: count)), missing: missing)
    case .string:
      return Column(name: name, storage: .string(Array(repeating: "", count: count)), missing: missing)
    case .date: return Column(name: name, storage: .date(Array(repeating: 0, count: count)), missing: missing)
    case .enumeration(let values):
      return Column(
        name: name, storage: .enumeration(codes: Array(repeating: 0, count: count), values: values),
        missing: missing)
    }
  }

  func renamed(_ name: String) -> Column {
    var c = self
    c.name = name
    return c
  }
}

/// The union of two missing masks.
func unionMissing(_ a: [Bool]?, _ b: [Bool]?) -> [Bool]? {
  guard let a else { return b }
  guard let b else { return a }
  var out = a
  for i in out.indices where b[i] { out[i] = true }
  return out
}

extension Column {
  /// The given rows of this column, in that order (like `gather`, without bounds checks in
  /// the loop: every row index comes from the evaluator's own selections).
  func picking(_ rows: [Int]) -> Column {
    func pick<T>(_ a: [T]) -> [T] {
      a.withUnsafeBufferPointer { a in
        rows.withUnsafeBufferPointer { rows in
          [T](unsafeUninitializedCapacity: rows.count) { out, count in
            for i in 0..<rows.count { out.initializeElement(at: i, to: a[rows[i]]) }
            count = rows.count
          }
        }
      }
    }
    let newMissing = missing.map { pick($0) }
    let storage: Storage
    switch self.storage {
    case .int(let a): storage = .int(pick(a))
    case .double(let a): storage = .double(pick(a))
    case .bool(let a): storage = .bool(pick(a))
    case .string(let a): storage = .string(pick(a))
    case .date(let a): storage = .date(pick(a))
    case .enumeration(let codes, let values): storage = .enumeration(codes: pick(codes), values: values)
    case .coded(let codes, let values): storage = .coded(codes: pick(codes), values: values)
    }
    return Column(name: name, storage: storage, missing: newMissing)
  }
}
