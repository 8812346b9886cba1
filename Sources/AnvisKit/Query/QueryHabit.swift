/// Hints for habits brought from SQL and KQL: the word a user typed and what anvis writes
/// instead (`limit 5` → `take 5`, `group by` → `summarize … by`, `select * from units` → `units`).
enum QueryHabit {
  /// The hint for a stage word anvis does not have, given the token after it.
  static func stageHint(_ word: String, next: Token) -> String? {
    switch word.lowercased() {
    case "limit":
      if case .integer(let n) = next.kind { return "use take \(n)" }
      return "use take N"
    case "group": return "use summarize … by, e.g. summarize n = count() by area (or count by area)"
    case "order": return "use sort, e.g. sort rent desc"
    case "project": return "use select"
    case "having": return "use where after summarize"
    case "filter": return "use where"
    default: return nil
    }
  }

  /// The hint for an input that starts like SQL: `select * from units` → `write: units`,
  /// `select id, age from cases` → `write: cases | select id, age`.
  static func inputHint(_ input: String) -> String? {
    let words = input.split(whereSeparator: \.isWhitespace).map(String.init)
    guard let first = words.first?.lowercased(), first == "select" || first == "from" else { return nil }
    guard let from = words.firstIndex(where: { $0.lowercased() == "from" }), from + 1 < words.count else {
      return first == "select" ? "a query starts with its table: TABLE | select FIELDS" : nil
    }
    let table = words[from + 1].trimmingCharacters(in: ";")
    let fields = words[1..<max(1, from)].joined(separator: " ")
    if fields.isEmpty || fields == "*" { return "write: \(table)" }
    return "write: \(table) | select \(fields)"
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    var s = Substring(self)
    while s.last == set { s.removeLast() }
    return String(s)
  }
}
