/// The ids seen so far in one file, with the line each was first on, to find duplicates
/// and to resolve references.
///
/// Files written by anvis list ids in ascending order; while that holds, a duplicate is
/// impossible and no hash table is built (the national units file has ~590,000 ids).
struct IDRegistry: Sendable {
  private var ascending: [(id: String, line: Int)] = []
  private var firstLine: [String: Int] = [:]
  private var hashed = false
  /// False when the file could not be read far enough to know its ids (missing file or
  /// `id` column): references into it are then not checked.
  var isKnown = true

  /// Whether every id so far came in ascending order (so none repeats); then `first` and
  /// `last` are the smallest and largest.
  var isAscending: Bool { !hashed }
  var first: String? { ascending.first?.id }
  var last: String? { ascending.last?.id }

  /// Registers `id`; returns the line it was first seen on when it is a duplicate.
  mutating func register(_ id: String, line: Int) -> Int? {
    if !hashed {
      if let last = ascending.last, !(last.id < id) {
        buildHashTable()
      } else {
        ascending.append((id, line))
        return nil
      }
    }
    if let first = firstLine[id] { return first }
    firstLine[id] = line
    return nil
  }

  /// Whether `id` was registered.
  mutating func contains(_ id: String) -> Bool {
    buildHashTable()
    return firstLine[id] != nil
  }

  private mutating func buildHashTable() {
    guard !hashed else { return }
    hashed = true
    firstLine.reserveCapacity(ascending.count * 2)
    for (id, line) in ascending { firstLine[id] = line }
    ascending = []
  }
}
