/// Every table a query can name, in display order: the data set's tables, `let`-bound
/// results and the tables that `allocate` and `simulate` produce.
public struct TableCatalog: Sendable {
  public enum Origin: String, Sendable {
    case data, `let`, result, `import`
  }

  public struct Entry: Sendable {
    public var table: Table
    public var origin: Origin
    /// For a result table: the command, scenario and run settings that made it.
    public var provenance: Provenance?
  }

  public private(set) var entries: [Entry] = []
  /// The data set's `as_of` day: what `today()` means in a query.
  public var asOf: Day?

  public init() {}

  public init(dataset: Dataset) {
    asOf = dataset.asOf
    for table in dataset.tables { entries.append(Entry(table: TableCatalog.keepingTextCodes(table), origin: .data)) }
  }

  public var names: [String] { entries.map(\.table.name) }

  public func table(named name: String) -> Table? { entries.first { $0.table.name == name }?.table }

  public func origin(of name: String) -> Origin? { entries.first { $0.table.name == name }?.origin }

  /// Adds a table, or replaces the one of the same name in place.
  public mutating func bind(_ table: Table, origin: Origin, provenance: Provenance? = nil) {
    let entry = Entry(table: TableCatalog.keepingTextCodes(table), origin: origin, provenance: provenance)
    if let i = entries.firstIndex(where: { $0.table.name == table.name }) {
      entries[i] = entry
    } else {
      entries.append(entry)
    }
  }

  /// The command, scenario and run settings that made a result table, if known.
  public func provenance(of name: String) -> Provenance? {
    entries.first { $0.table.name == name }?.provenance
  }

  public mutating func remove(named name: String) { entries.removeAll { $0.table.name == name } }

  /// The table with a place for each text column's dictionary codes, so that grouping by the
  /// column a second time does not encode its values again.
  static func keepingTextCodes(_ table: Table) -> Table {
    var table = table
    for i in table.columns.indices {
      if case .string = table.columns[i].storage, table.columns[i].textCodes == nil {
        table.columns[i].textCodes = TextCodes()
      }
    }
    return table
  }
}
