/// The manifest of a single workbook without `anvis.toml` beside it: a sheet named `anvis`
/// with `key | value` rows (`name | Aalborg`, `as_of | 2026-11-01`, `flow.acceptance | 0.8`),
/// read as the TOML lines `key = value` and checked by the same rules as `anvis.toml`.
extension DatasetLoader {
  /// Whether the folder holds `anvis.toml` or `anvis.yaml`.
  var hasManifestFile: Bool {
    guard FileBytes.kind(directory) == .directory else { return false }
    return FileBytes.exists(DatasetReader.path(directory, DatasetReader.manifestFile))
      || FileBytes.exists(DatasetReader.path(directory, DatasetReader.yamlManifestFile))
  }

  mutating func readManifestSheet(_ path: String) {
    guard let book = workbook(at: path, report: true) else { return }
    guard let sheet = book.sheet(named: Self.manifestSheet) else {
      problems.append(
        FileProblem(
          file: path, line: 1, column: 1,
          message:
            "no manifest: the workbook has no sheet named '\(Self.manifestSheet)' (key | value rows) and there is no \(DatasetReader.manifestFile) beside it"
        ))
      return
    }
    let handler: SheetHandler
    do {
      handler = try XlsxWorkbook.parse(
        book.package, sheet.path,
        SheetHandler(sharedStrings: book.sharedStrings, dateStyles: book.dateStyles, date1904: book.date1904))
    } catch {
      problems.append(FileProblem(file: path, line: 1, column: 1, message: error.message))
      return
    }
    var list = ProblemList(file: path, limit: DatasetReader.problemsPerFile, sheet: sheet.name)
    for (cell, message) in handler.problems { list.add(line: cell.row, column: cell.column, message) }
    let (text, rowOfLine) = Self.toml(handler.cells)
    var tomlProblems = ProblemList(file: path, limit: DatasetReader.problemsPerFile)
    manifest = ManifestReader.read(text: text, problems: &tomlProblems)
    for p in tomlProblems.problems {
      let row = p.line >= 1 && p.line <= rowOfLine.count ? rowOfLine[p.line - 1] : 1
      list.add(line: row, column: p.column > 1 ? 2 : 1, p.message)
    }
    if !list.isEmpty { manifest = nil }
    problems += list.problems
  }

  /// The TOML text of `key | value` rows and the sheet row of each of its lines. A first row
  /// `key | value` is a header and skipped.
  static func toml(_ sheet: SheetCells) -> (String, [Int]) {
    var lines: [String] = []
    var rowOfLine: [Int] = []
    for row in sheet.rows {
      let key = sheet.string(row: row, column: 1) ?? ""
      let value = sheet.string(row: row, column: 2) ?? ""
      if rowOfLine.isEmpty, key.lowercased() == "key", value.lowercased() == "value" { continue }
      guard !key.isEmpty || !value.isEmpty else { continue }
      lines.append("\(key) = \(literal(value))")
      rowOfLine.append(row.number)
    }
    return (lines.joined(separator: "\n") + "\n", rowOfLine)
  }

  /// A cell's text as a TOML value: numbers, booleans, dates, arrays and inline tables as they
  /// are, anything else as a quoted string.
  static func literal(_ text: String) -> String {
    if text == "true" || text == "false" || Day(iso: text) != nil { return text }
    if let first = text.first, first == "[" || first == "{" { return text }
    if Double(text) != nil, text.first != "+", !text.contains("x"), !text.lowercased().contains("n") {
      return text
    }
    var out = "\""
    for ch in text.unicodeScalars {
      switch ch {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if ch.value < 32 { out += "\\u" + String(repeating: "0", count: 4 - String(ch.value, radix: 16).count) + String(ch.value, radix: 16) } else { out.unicodeScalars.append(ch) }
      }
    }
    return out + "\""
  }
}
