/// `.import FILE.csv [as NAME]`: a csv file of the analyst's own (a list of case ids from a
/// meeting) as a table the query language can join. The store's reader does the reading (`,`
/// or `;`, decimal commas in `;` files, a byte-order mark, CRLF, quoting); each column gets
/// the narrowest type all its values fit (whole number, number, true/false, date, text); an
/// empty cell is missing. A value that looks like a CPR number is refused, and every problem
/// is reported at its `file:line:column` (`StoreError.load`); nothing is imported then.
public enum TableImport {
  /// Reads the file at `path` into a table named `name`.
  public static func read(_ path: String, name: String) throws(StoreError) -> Table {
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(path)
    } catch {
      let reason: String
      switch error {
      case .notFound: reason = "no such file"
      case .isDirectory: reason = "is a folder, not a csv file"
      case .notRegular, .tooLarge, .unreadable: reason = error.message
      }
      throw .cannotRead(file: path, reason: reason)
    }
    return try table(bytes, file: path, name: name)
  }

  /// The name a file gets without `as NAME`: its base name, as a query can write it.
  public static func defaultName(for path: String) -> String {
    var base = String(path.split(separator: "/").last ?? "")
    if let dot = base.lastIndex(of: ".") { base = String(base[..<dot]) }
    return identifier(base)
  }

  /// Text as a field or table name: letters, digits and `_`, not starting with a digit.
  static func identifier(_ text: String) -> String {
    var out = String(text.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
    if out.isEmpty || out.first?.isNumber == true { out = "_" + out }
    return out
  }

  static func table(_ bytes: [UInt8], file: String, name: String) throws(StoreError) -> Table {
    var reader = CSVReader(bytes: bytes)
    var problems: [FileProblem] = []
    func problem(_ field: CSVField, _ message: String) {
      problems.append(FileProblem(file: file, line: field.line, column: reader.column(of: field), message: message))
    }
    var header: [CSVField] = []
    guard reader.nextRecord(into: &header), !(header.count == 1 && header[0].isEmpty) else {
      throw .load([FileProblem(file: file, line: 1, column: 1, message: "the file is empty; the first line names the columns")])
    }
    var names: [String] = []
    for f in header {
      let text = identifier(reader.string(f))
      if names.contains(text) { problem(f, "the column '\(text)' is named twice") }
      names.append(text)
    }
    var rows: [[CSVField]] = []
    var record: [CSVField] = []
    while reader.nextRecord(into: &record) {
      if record.count == 1, record[0].isEmpty { continue }  // a blank line
      if record.count != header.count {
        problem(record[0], "expected \(header.count) fields, found \(record.count)")
        continue
      }
      for f in record {
        let found = bytes.withUnsafeBufferPointer { CPRDetector.find(in: $0, f.start..<f.end) }
        if let at = found {
          let masked = bytes.withUnsafeBufferPointer { CPRDetector.masked($0, at: at) }
          problem(f, CPRDetector.message(masked))
        }
      }
      rows.append(record)
    }
    for issue in reader.issues {
      problems.append(FileProblem(file: file, line: issue.line, column: reader.column(of: issue), message: issue.message))
    }
    guard problems.isEmpty else { throw .load(problems) }
    let decimalComma = reader.separator == UInt8(ascii: ";")
    let columns = names.indices.map { c in
      column(names[c], rows.map { $0[c] }, reader, decimalComma: decimalComma)
    }
    return Table(name: name, columns: columns, rowCount: rows.count)
  }

  /// One column, typed by the narrowest type every non-empty value fits.
  static func column(_ name: String, _ cells: [CSVField], _ reader: CSVReader, decimalComma: Bool) -> Column {
    let missing = cells.map(\.isEmpty)
    let present = cells.filter { !$0.isEmpty }
    if !present.isEmpty, present.allSatisfy({ reader.int($0) != nil }) {
      return Column(name: name, storage: .int(cells.map { reader.int($0) ?? 0 }), missing: missing)
    }
    if !present.isEmpty, present.allSatisfy({ reader.double($0, decimalComma: decimalComma) != nil }) {
      return Column(
        name: name, storage: .double(cells.map { reader.double($0, decimalComma: decimalComma) ?? 0 }),
        missing: missing)
    }
    if !present.isEmpty, present.allSatisfy({ reader.bool($0) != nil }) {
      return Column(name: name, storage: .bool(cells.map { reader.bool($0) ?? false }), missing: missing)
    }
    let texts = cells.map { reader.string($0) }
    if !present.isEmpty, texts.enumerated().allSatisfy({ missing[$0.offset] || Day(iso: $0.element) != nil }) {
      return Column(name: name, storage: .date(texts.map { Day(iso: $0)?.ordinal ?? 0 }), missing: missing)
    }
    return Column(name: name, storage: .string(texts), missing: missing)
  }
}
