/// How ids sort: runs of digits compare as numbers, so `org-2` comes before `org-10` and
/// `u-9` before `u-10`; the rest compares by Unicode scalar, as all other text does. Equal
/// numbers with different zeros (`a-01`, `a-1`) fall back to plain text order.
///
/// Used for every id anvis sorts for display and by `sort` on an id field (`isIDField`).
public enum NaturalOrder {
  /// Whether `a` sorts before `b`.
  public static func less(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

  /// -1, 0 or 1.
  public static func compare(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    var i = 0
    var j = 0
    while i < x.count, j < y.count {
      if isDigit(x[i]), isDigit(y[j]) {
        let si = i
        let sj = j
        while i < x.count, isDigit(x[i]) { i += 1 }
        while j < y.count, isDigit(y[j]) { j += 1 }
        let order = compareDigits(x[si..<i], y[sj..<j])
        if order != 0 { return order }
        continue
      }
      if x[i] != y[j] { return x[i].value < y[j].value ? -1 : 1 }
      i += 1
      j += 1
    }
    if i < x.count || j < y.count { return i < x.count ? 1 : -1 }
    return a == b ? 0 : (a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : 1)
  }

  /// Whether a field holds ids: named `id`, ending in `_id`, or named after a kind of record
  /// (`case`, `unit`, `organisation`, `department`, `area`, `team`).
  public static func isIDField(_ name: String) -> Bool {
    name == "id" || name.hasSuffix("_id") || recordFields.contains(name)
  }

  static let recordFields: Set<String> = ["case", "unit", "organisation", "department", "area", "team"]

  private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

  /// Two digit runs by value: leading zeros dropped, then the longer is larger.
  private static func compareDigits(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>) -> Int {
    let a = a.drop { $0 == "0" }
    let b = b.drop { $0 == "0" }
    if a.count != b.count { return a.count < b.count ? -1 : 1 }
    for (p, q) in zip(a, b) where p != q { return p.value < q.value ? -1 : 1 }
    return 0
  }
}

extension Sequence<String> {
  /// The ids in natural order (`org-2` before `org-10`).
  public func naturallySorted() -> [String] { sorted(by: NaturalOrder.less) }
}
