/// The row of each id of one table, for look-ups by id (`show unit u-000123`, lever values).
///
/// Files written by anvis list ids in ascending order; then the index is the id column itself,
/// searched by halving, and no hash table is built (on the national preset a dictionary of the
/// ~590,000 unit ids cost about 25 MB and a fifth of the load's time). Ids in any other order
/// are hashed.
public struct IDIndex: Sendable {
  /// The ids by row; shares its storage with the table's `id` column.
  private let ids: [String]
  /// Row by id, built only when `ids` are not strictly ascending.
  private let rows: [String: Int]?

  /// The id of a row that repeats an earlier one.
  public struct Duplicate: Error, Sendable {
    public let id: String
  }

  /// Indexes `ids`; throws the first id that appears twice.
  public init(_ ids: [String]) throws(Duplicate) {
    self.ids = ids
    if IDIndex.isStrictlyAscending(ids) {
      rows = nil
      return
    }
    var rows = [String: Int](minimumCapacity: ids.count)
    for (i, id) in ids.enumerated() where rows.updateValue(i, forKey: id) != nil {
      throw Duplicate(id: id)
    }
    self.rows = rows
  }

  /// The row holding `id`, or nil.
  public subscript(id: String) -> Int? {
    if let rows { return rows[id] }
    var low = 0
    var high = ids.count
    while low < high {
      let mid = (low + high) / 2
      if ids[mid] < id { low = mid + 1 } else { high = mid }
    }
    return low < ids.count && ids[low] == id ? low : nil
  }

  public var count: Int { ids.count }

  private static func isStrictlyAscending(_ ids: [String]) -> Bool {
    var i = 1
    while i < ids.count {
      guard ids[i - 1] < ids[i] else { return false }
      i += 1
    }
    return true
  }
}
