/// The type of a table's field, as the query language sees it.
public enum FieldType: Hashable, Sendable, CustomStringConvertible {
  case int, double, bool, string, date
  /// Text restricted to a closed set of values (e.g. a unit's `type`).
  case enumeration([String])

  public var description: String {
    switch self {
    case .int: "int"
    case .double: "number"
    case .bool: "bool"
    case .string: "text"
    case .date: "date"
    case .enumeration(let values): "enum(" + values.joined(separator: "|") + ")"
    }
  }
}

/// One typed column of values. Missing values are marked in `missing` (nil: none missing);
/// the storage holds a placeholder (0, "", false) in their place.
public struct Column: Sendable {
  public enum Storage: Sendable {
    case int([Int])
    case double([Double])
    case bool([Bool])
    case string([String])
    /// Day ordinals (days since 1970-01-01).
    case date([Int])
    /// Indexes into `values`.
    case enumeration(codes: [Int32], values: [String])
    /// Text held as indexes into `values` (which may repeat a text); a code outside `values`
    /// (-1) stands for a missing row. Of type text, like `string`: a join gives its right
    /// table's text columns so, without copying a text per row. Queries read it through
    /// `decoded` except where a stage handles it natively; a finished table holds none.
    case coded(codes: [Int32], values: [String])
  }

  public var name: String
  public var storage: Storage {
    didSet { textCodes = nil }
  }
  public var missing: [Bool]?
  /// Dictionary codes of a text column, once a query has grouped by it (`TextCodes`); the
  /// catalog gives its tables' text columns one, new values drop it.
  public var textCodes: TextCodes?

  public init(name: String, storage: Storage, missing: [Bool]? = nil) {
    self.name = name
    self.storage = storage
    self.missing = missing.flatMap { $0.contains(true) ? $0 : nil }
  }

  public var type: FieldType {
    switch storage {
    case .int: .int
    case .double: .double
    case .bool: .bool
    case .string, .coded: .string
    case .date: .date
    case .enumeration(_, let values): .enumeration(values)
    }
  }

  public var count: Int {
    switch storage {
    case .int(let a): a.count
    case .double(let a): a.count
    case .bool(let a): a.count
    case .string(let a): a.count
    case .date(let a): a.count
    case .enumeration(let a, _), .coded(let a, _): a.count
    }
  }

  public func isMissing(_ row: Int) -> Bool { missing?[row] ?? false }

  /// The value at `row`, boxed; for display and tests, not for hot loops.
  public subscript(row: Int) -> Value {
    if isMissing(row) { return .missing }
    switch storage {
    case .int(let a): return .int(a[row])
    case .double(let a): return .double(a[row])
    case .bool(let a): return .bool(a[row])
    case .string(let a): return .string(a[row])
    case .date(let a): return .date(Day(ordinal: a[row]))
    case .enumeration(let codes, let values): return .string(values[Int(codes[row])])
    case .coded(let codes, let values): return .string(Column.text(codes[row], values))
    }
  }

  /// A column holding the given rows of this one, in that order.
  public func gather(_ rows: [Int]) -> Column {
    let newMissing = missing.map { m in rows.map { m[$0] } }
    switch storage {
    case .int(let a): return Column(name: name, storage: .int(rows.map { a[$0] }), missing: newMissing)
    case .double(let a): return Column(name: name, storage: .double(rows.map { a[$0] }), missing: newMissing)
    case .bool(let a): return Column(name: name, storage: .bool(rows.map { a[$0] }), missing: newMissing)
    case .string(let a): return Column(name: name, storage: .string(rows.map { a[$0] }), missing: newMissing)
    case .date(let a): return Column(name: name, storage: .date(rows.map { a[$0] }), missing: newMissing)
    case .enumeration(let codes, let values):
      return Column(name: name, storage: .enumeration(codes: rows.map { codes[$0] }, values: values), missing: newMissing)
    case .coded(let codes, let values):
      return Column(name: name, storage: .coded(codes: rows.map { codes[$0] }, values: values), missing: newMissing)
    }
  }
}

/// A boxed value, for display, tests and literals.
public enum Value: Hashable, Sendable, CustomStringConvertible {
  case int(Int)
  case double(Double)
  case bool(Bool)
  case string(String)
  case date(Day)
  case missing

  public var description: String {
    switch self {
    case .int(let v): String(v)
    case .double(let v): v.description
    case .bool(let v): v ? "true" : "false"
    case .string(let v): v
    case .date(let v): v.description
    case .missing: ""
    }
  }
}

/// A named table of equally long typed columns.
public struct Table: Sendable {
  public var name: String
  public var columns: [Column]
  public var rowCount: Int

  public init(name: String, columns: [Column], rowCount: Int? = nil) {
    self.name = name
    self.columns = columns
    self.rowCount = rowCount ?? columns.first?.count ?? 0
  }

  public func column(named name: String) -> Column? { columns.first { $0.name == name } }

  public var fieldNames: [String] { columns.map(\.name) }

  /// A table holding the given rows, in that order.
  public func gather(_ rows: [Int]) -> Table {
    Table(name: name, columns: columns.map { $0.gather(rows) }, rowCount: rows.count)
  }
}

/// Builds a column from entities, one closure per field.
///
/// Each row is read in place (`mapped`): `Array.map` copies every row, retaining and releasing
/// its strings, which on the national units was most of the time of building their columns.
/// A column of optional values gets its `missing` flags only when one is missing (`Column`
/// drops an all-false list anyway).
enum ColumnBuilder {
  static func ints<T>(_ name: String, _ rows: [T], _ f: (T) -> Int?) -> Column {
    var anyMissing = false
    let values = mapped(rows) { r -> Int in
      if let v = f(r) { return v }
      anyMissing = true
      return 0
    }
    return Column(
      name: name, storage: .int(values), missing: anyMissing ? mapped(rows) { f($0) == nil } : nil)
  }

  static func doubles<T>(_ name: String, _ rows: [T], _ f: (T) -> Double) -> Column {
    Column(name: name, storage: .double(mapped(rows, f)))
  }

  static func bools<T>(_ name: String, _ rows: [T], _ f: (T) -> Bool) -> Column {
    Column(name: name, storage: .bool(mapped(rows, f)))
  }

  static func strings<T>(_ name: String, _ rows: [T], _ f: (T) -> String) -> Column {
    Column(name: name, storage: .string(mapped(rows, f)))
  }

  static func dates<T>(_ name: String, _ rows: [T], _ f: (T) -> Day?) -> Column {
    var anyMissing = false
    let values = mapped(rows) { r -> Int in
      if let v = f(r) { return v.ordinal }
      anyMissing = true
      return 0
    }
    return Column(
      name: name, storage: .date(values), missing: anyMissing ? mapped(rows) { f($0) == nil } : nil)
  }

  static func enums<T, E: FieldEnum>(_ name: String, _ rows: [T], _ f: (T) -> E) -> Column {
    // A linear search of a handful of cases; hashing each of ~590,000 values cost ~0.1 s.
    let all = Array(E.allCases)
    return Column(
      name: name,
      storage: .enumeration(
        codes: mapped(rows) { Int32(all.firstIndex(of: f($0)) ?? 0) }, values: E.allowedValues))
  }

  /// `rows.map(f)`, each row read in place rather than copied.
  @inline(__always)
  static func mapped<T, R>(_ rows: [T], _ f: (T) -> R) -> [R] {
    rows.withUnsafeBufferPointer { p in
      [R](unsafeUninitializedCapacity: p.count) { out, n in
        for i in 0..<p.count { out.initializeElement(at: i, to: f(p[i])) }
        n = p.count
      }
    }
  }
}
