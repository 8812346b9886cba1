import Foundation

/// The XML of one worksheet written from a typed table: a bold header row frozen in place, an
/// autofilter over the table, column widths fitted to the content; numbers as numbers, dates
/// as date serials shown `yyyy-mm-dd`, booleans as booleans, text as shared strings, a missing
/// value as no cell at all. Rows are rendered straight to bytes, in blocks on all cores.
struct XlsxSheetXML {
  /// Style indexes in `XlsxWriter.styles`.
  static let headerStyle = 1
  static let dateStyle = 2
  /// Rows per block rendered in parallel.
  static let block = 8192

  private(set) var bytes: [UInt8] = []
  /// The shared strings after this sheet added its own.
  private(set) var sharedStrings: SharedStrings

  init(table: Table, strings: SharedStrings) {
    var strings = strings
    let columns = table.columns
    let letters = columns.indices.map { Array(CellReference.letters($0 + 1).utf8) }
    let last = String(decoding: letters.last ?? Array("A".utf8), as: UTF8.self) + String(table.rowCount + 1)
    let header = columns.map { strings.index($0.name) }
    let text = SheetStrings(columns, &strings)
    sharedStrings = strings
    let body = XlsxSheetRows(table: table, strings: text, letters: letters).render()
    var widths = columns.map { $0.name.count + 3 }
    for (c, column) in columns.enumerated() {
      widths[c] = max(widths[c], body.widths[c], text.width(c, strings), Self.width(of: column))
    }
    var out = OutputBytes(capacity: body.bytes.reduce(4096) { $0 + $1.count })
    out.append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    )
    out.append(text: "<worksheet xmlns=\"\(XlsxWriter.mainNS)\" xmlns:r=\"\(XlsxWriter.relNS)\">")
    out.append(text: "<dimension ref=\"A1:\(last)\"/>")
    out.append(
      "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
    )
    if !columns.isEmpty {
      out.append("<cols>")
      for c in columns.indices {
        let width = min(max(widths[c] + 1, 8), 60)
        out.append(text: "<col min=\"\(c + 1)\" max=\"\(c + 1)\" width=\"\(width)\" customWidth=\"1\"/>")
      }
      out.append("</cols>")
    }
    out.append("<sheetData><row r=\"1\">")
    for c in columns.indices {
      out.append("<c r=\"")
      out.append(letters[c])
      out.append(text: "1\" s=\"\(Self.headerStyle)\" t=\"s\"><v>\(header[c])</v></c>")
    }
    out.append("</row>")
    for piece in body.bytes { out.append(piece) }
    out.append("</sheetData>")
    if !columns.isEmpty { out.append(text: "<autoFilter ref=\"A1:\(last)\"/>") }
    out.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>")
    bytes = out.bytes
  }

  /// The width of what every value of the column may show, known without reading the values
  /// (booleans, dates, an enumeration's values); the rest is measured while rendering.
  static func width(of column: Column) -> Int {
    switch column.storage {
    case .int, .double, .string, .coded: 0
    case .bool: 5
    case .date: 10
    case .enumeration(_, let values): values.reduce(0) { max($0, $1.count) }
    }
  }
}

/// The shared string of each text cell: for a text column, one index per row; for an
/// enumeration, one per value (assigned when first used).
struct SheetStrings: @unchecked Sendable {
  /// By column: the rows' shared string indexes (text columns), else empty.
  var perRow: [[Int]]
  /// By column: each enumeration value's shared string index (-1: unused), else empty.
  var perCode: [[Int]]

  init(_ columns: [Column], _ strings: inout SharedStrings) {
    perRow = Array(repeating: [], count: columns.count)
    perCode = Array(repeating: [], count: columns.count)
    for (c, column) in columns.enumerated() {
      switch column.storage {
      case .string(let values):
        var indexes = [Int](repeating: -1, count: values.count)
        for (row, value) in values.enumerated() where !column.isMissing(row) {
          indexes[row] = (strings.index(value))
        }
        perRow[c] = indexes
      case .enumeration(let codes, let values):
        var indexes = [Int](repeating: -1, count: values.count)
        for (row, code) in codes.enumerated() where !column.isMissing(row) && indexes[Int(code)] < 0 {
          indexes[Int(code)] = (strings.index(values[Int(code)]))
        }
        perCode[c] = indexes
      default: break
      }
    }
  }

  /// The widest text of column `c`'s rows, in characters.
  func width(_ c: Int, _ strings: SharedStrings) -> Int {
    perRow[c].reduce(0) { $1 < 0 ? $0 : max($0, strings.widths[$1]) }
  }
}
