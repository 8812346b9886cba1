/// What a table keeps in memory, estimated from its fields' types: the memory budget of the
/// catalog (`.limits`) is counted in these, and a join is refused on them before it is built.
extension FieldType {
  /// Bytes one value takes in a column: 8 for numbers and dates, 1 for a bool, 4 for an
  /// enumeration code, 16 for a text (Swift's `String`; longer texts picked by a query share
  /// their storage with the table they came from).
  public var bytesPerValue: Int {
    switch self {
    case .int, .double, .date: 8
    case .bool: 1
    case .string: 16
    case .enumeration: 4
    }
  }
}

extension Column {
  /// The column's values and missing marks, estimated.
  public var estimatedBytes: Int { count * (type.bytesPerValue + (missing == nil ? 0 : 1)) }
}

extension Table {
  /// The table's columns, estimated.
  public var estimatedBytes: Int { columns.reduce(0) { $0 + $1.estimatedBytes } }
}

extension TableCatalog {
  /// Bytes kept by the tables the budget covers: `let` and result tables (the data set's
  /// own tables are there from the start and cannot be dropped).
  public var keptBytes: Int {
    entries.reduce(0) { $0 + ($1.origin == .data ? 0 : $1.table.estimatedBytes) }
  }

  /// The help under anything refused for the memory budget.
  public static let budgetHint =
    ".limits shows what the tables keep; .drop NAME frees one, .limits memory SIZE sets the budget"
}
