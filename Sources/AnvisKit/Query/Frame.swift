/// The table flowing between stages: columns over a base row space, and the selection of
/// base rows (in order) that are in the table. Filtering, sorting and taking only change the
/// selection; nothing is copied until a stage needs new columns or the result is built.
struct Frame {
  var columns: [Column]
  /// Rows in the base row space.
  var baseCount: Int
  /// The rows in the table, in order; nil: all base rows in order.
  var selection: [Int]?

  init(columns: [Column], baseCount: Int, selection: [Int]? = nil) {
    self.columns = columns
    self.baseCount = baseCount
    self.selection = selection
  }

  init(_ table: Table) { self.init(columns: table.columns, baseCount: table.rowCount) }

  /// Rows in the table.
  var count: Int { selection?.count ?? baseCount }

  /// The selection as explicit base rows.
  var rows: [Int] { selection ?? Array(0..<baseCount) }

  /// A column's values for the selected rows, in order.
  func dense(_ column: Column) -> Column {
    guard let selection else { return column }
    return column.picking(selection)
  }

  /// Copies the selected rows of every column into a new base row space.
  func compacted() -> Frame {
    guard let selection else { return self }
    return Frame(columns: columns.map { $0.picking(selection) }, baseCount: selection.count)
  }

  /// The finished table.
  func table(named name: String) -> Table {
    Table(name: name, columns: columns.map { dense($0).decoded }, rowCount: count)
  }
}

/// Calls `body` with each selected base row, in order.
@inline(__always)
func forEachRow<E: Error>(_ selection: [Int]?, _ count: Int, _ body: (Int) throws(E) -> Void) throws(E) {
  if let selection {
    for r in selection { try body(r) }
  } else {
    for r in 0..<count { try body(r) }
  }
}

/// The selected base rows for which `keep` holds, in order.
@inline(__always)
func filterRows(_ selection: [Int]?, _ count: Int, _ keep: (Int) -> Bool) -> [Int] {
  var out: [Int] = []
  if let selection {
    out.reserveCapacity(selection.count / 2)
    for r in selection where keep(r) { out.append(r) }
  } else {
    out.reserveCapacity(count / 2)
    for r in 0..<count where keep(r) { out.append(r) }
  }
  return out
}
