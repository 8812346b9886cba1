import Synchronization

/// A text column's values as dense codes in order of first appearance, with the row where each
/// code first appears. Computed the first time a query groups by the column and kept with it
/// (the catalog's tables hold one per text column), so that grouping by text again costs what
/// grouping by an enumeration does. A column whose values change drops it (`Column.storage`).
public final class TextCodes: Sendable {
  private let cached = Mutex<(codes: [Int32], firstRow: [Int])?>(nil)

  public init() {}

  /// The codes of `values`, which must be the column's own values.
  func codes(of values: [String]) -> (codes: [Int32], firstRow: [Int]) {
    if let known = cached.withLock({ $0 }) { return known }
    let (codes, distinct) = Grouping.encodeStrings(values, nil, nil, values.count)
    var first = [Int](repeating: 0, count: distinct.count)
    var seen = 0
    for i in codes.indices where Int(codes[i]) == seen {
      first[seen] = i
      seen += 1
      if seen == distinct.count { break }
    }
    let result = (codes, first)
    cached.withLock { $0 = result }
    return result
  }
}
