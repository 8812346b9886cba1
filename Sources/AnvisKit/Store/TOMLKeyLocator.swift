/// Finds where `key = value` is written in a TOML text, so that a bad value can be reported
/// at its line and column (TOMLKit gives positions only for syntax errors).
///
/// It understands `[table]` headers and plain or quoted keys at the start of a line; a key it
/// cannot find (dotted keys, inline tables) has no position.
struct TOMLKeyLocator {
  private var positions: [String: (line: Int, column: Int, keyColumn: Int)] = [:]

  /// A locator over positions found elsewhere (the YAML manifest): `table\0key` (and
  /// `table\0` for the table itself) to the value's line and column and the key's column.
  init(positions: [String: (line: Int, column: Int, keyColumn: Int)]) {
    self.positions = positions
  }

  init(text: String) {
    var table = ""
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = Array(rawLine)
      var i = 0
      while i < line.count && (line[i] == " " || line[i] == "\t" || line[i] == "\u{FEFF}") { i += 1 }
      guard i < line.count else { continue }
      if line[i] == "[" {
        guard let close = line[i...].firstIndex(of: "]") else { continue }
        table = String(line[(i + 1)..<close]).trimmingSpaces.split(separator: ".")
          .map { $0.trimmingCharacters(quotes: true) }.joined(separator: ".")
        if positions["\(table)\u{0}"] == nil { positions["\(table)\u{0}"] = (lineNumber, i + 1, i + 1) }
        continue
      }
      guard let equals = line[i...].firstIndex(of: "=") else { continue }
      let key = String(line[i..<equals]).trimmingSpaces.trimmingCharacters(quotes: true)
      var value = equals + 1
      while value < line.count && (line[value] == " " || line[value] == "\t") { value += 1 }
      let id = "\(table)\u{0}\(key)"
      if positions[id] == nil { positions[id] = (lineNumber, value + 1, i + 1) }
      // A dotted key (`a.b.c = 1`) also defines `a` in this table, `b` in `table.a`, and so on:
      // a problem with any of them is on this line.
      let parts = key.split(separator: ".").map { String($0).trimmingSpaces.trimmingCharacters(quotes: true) }
      guard parts.count > 1 else { continue }
      var path = table
      for part in parts {
        let partID = "\(path)\u{0}\(part)"
        if positions[partID] == nil { positions[partID] = (lineNumber, value + 1, i + 1) }
        path = path.isEmpty ? part : path + "." + part
      }
    }
  }

  /// The recorded place of `key` in `table`: the key's own line, else the header of the table
  /// it names (`[table.key]`), else the header of `table`.
  private func find(table: String, key: String) -> (line: Int, column: Int, keyColumn: Int)? {
    let child = table.isEmpty ? key : table + "." + key
    return positions["\(table)\u{0}\(key)"] ?? positions["\(child)\u{0}"] ?? positions["\(table)\u{0}"]
  }

  /// The line and column of the value of `key` in `[table]` ("" for the top level), or of the
  /// table's header when the key is not written.
  func position(table: String, key: String) -> (line: Int, column: Int)? {
    find(table: table, key: key).map { ($0.line, $0.column) }
  }

  /// The line and column of `key` itself in `[table]`.
  func keyPosition(table: String, key: String) -> (line: Int, column: Int)? {
    find(table: table, key: key).map { ($0.line, $0.keyColumn) }
  }
}

extension StringProtocol {
  fileprivate func trimmingCharacters(quotes: Bool) -> String {
    var s = String(self)
    if s.count >= 2, let f = s.first, f == "\"" || f == "'", s.last == f {
      s = String(s.dropFirst().dropLast())
    }
    return s
  }
}
