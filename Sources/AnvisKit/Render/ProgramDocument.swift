/// What csv and json modes write to standard output for one reply: a single document a
/// program can parse.
///
/// json: one table is an array of objects; several tables (`why`) are one object with a key
/// per table name, each an array. csv: the first table, the reply's main one; the others go
/// to standard error under a `name:` line. A reply without tables writes nothing.
struct ProgramDocument {
  var stdout = ""
  var stderr = ""

  init(tables: [Table], renderer: TableRenderer) {
    guard let first = tables.first else { return }
    if tables.count == 1 || renderer.mode == .csv {
      stdout = renderer.render(first)
      for table in tables.dropFirst() { stderr += table.name + ":\n" + renderer.render(table) }
      return
    }
    var members = [String]()
    var used = Set<String>()
    for table in tables {
      var key = table.name
      var n = 2
      while used.contains(key) {
        key = "\(table.name)_\(n)"
        n += 1
      }
      used.insert(key)
      let array = renderer.render(table).trimmingTrailingWhitespace()
      members.append(TableRenderer.jsonString(key) + ": " + array)
    }
    stdout = "{\n" + members.joined(separator: ",\n") + "\n}\n"
  }
}
