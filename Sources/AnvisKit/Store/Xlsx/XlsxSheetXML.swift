/// The XML of one worksheet written from a typed table: a bold header row frozen in place, an
/// autofilter over the table, column widths fitted to the content; numbers as numbers, dates
/// as date serials shown `yyyy-mm-dd`, booleans as booleans, text as shared strings, a missing
/// value as no cell at all.
struct XlsxSheetXML {
  /// Style indexes in `XlsxWriter.styles`.
  static let headerStyle = 1
  static let dateStyle = 2

  private(set) var bytes: [UInt8] = []
  private var strings: SharedStrings

  init(table: Table, strings: SharedStrings) {
    self.strings = strings
    let columns = table.columns
    let letters = columns.indices.map { CellReference.letters($0 + 1) }
    let last = (letters.last ?? "A") + String(table.rowCount + 1)
    bytes.reserveCapacity(64 + table.rowCount * columns.count * 24)
    append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"\(XlsxWriter.mainNS)\" xmlns:r=\"\(XlsxWriter.relNS)\">"
    )
    append("<dimension ref=\"A1:\(last)\"/>")
    append(
      "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
    )
    if !columns.isEmpty {
      append("<cols>")
      for (i, column) in columns.enumerated() {
        let width = Self.width(of: column, rows: table.rowCount)
        append("<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(width)\" customWidth=\"1\"/>")
      }
      append("</cols>")
    }
    append("<sheetData><row r=\"1\">")
    for (i, column) in columns.enumerated() {
      append("<c r=\"\(letters[i])1\" s=\"\(Self.headerStyle)\" t=\"s\"><v>\(self.strings.index(column.name))</v></c>")
    }
    append("</row>")
    for row in 0..<table.rowCount {
      let r = String(row + 2)
      append("<row r=\"\(r)\">")
      for (i, column) in columns.enumerated() where !column.isMissing(row) {
        cell(column.storage, row, ref: letters[i] + r)
      }
      append("</row>")
    }
    append("</sheetData>")
    if !columns.isEmpty { append("<autoFilter ref=\"A1:\(last)\"/>") }
    append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>")
  }

  /// The shared strings after this sheet added its own.
  var sharedStrings: SharedStrings { strings }

  private mutating func cell(_ storage: Column.Storage, _ row: Int, ref: String) {
    switch storage {
    case .int(let a): append("<c r=\"\(ref)\"><v>\(a[row])</v></c>")
    case .double(let a):
      guard a[row].isFinite else { return }
      append("<c r=\"\(ref)\"><v>\(SheetHandler.numberText(a[row]))</v></c>")
    case .bool(let a): append("<c r=\"\(ref)\" t=\"b\"><v>\(a[row] ? 1 : 0)</v></c>")
    case .date(let a):
      append("<c r=\"\(ref)\" s=\"\(Self.dateStyle)\"><v>\(ExcelDate.serial(of: Day(ordinal: a[row])))</v></c>")
    case .string(let a): text(a[row], ref)
    case .enumeration(let codes, let values): text(values[Int(codes[row])], ref)
    }
  }

  private mutating func text(_ value: String, _ ref: String) {
    append("<c r=\"\(ref)\" t=\"s\"><v>\(strings.index(value))</v></c>")
  }

  private mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }

  /// Characters of the widest value (header included), plus room for the filter button; 8 to 60.
  static func width(of column: Column, rows: Int) -> Int {
    var widest = column.name.count + 3
    switch column.storage {
    case .int(let a): for v in a { widest = max(widest, String(v).utf8.count) }
    case .double(let a): for v in a where v.isFinite { widest = max(widest, SheetHandler.numberText(v).utf8.count) }
    case .bool: widest = max(widest, 5)
    case .date: widest = max(widest, 10)
    case .string(let a): for v in a { widest = max(widest, v.count) }
    case .enumeration(_, let values): for v in values { widest = max(widest, v.count) }
    }
    return min(max(widest + 1, 8), 60)
  }
}

/// The workbook's shared strings: each distinct text once, by first use.
struct SharedStrings {
  private(set) var list: [String] = []
  private var index: [String: Int] = [:]

  mutating func index(_ text: String) -> Int {
    if let i = index[text] { return i }
    index[text] = list.count
    list.append(text)
    return list.count - 1
  }
}
