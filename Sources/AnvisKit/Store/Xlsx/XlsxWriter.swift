import Foundation
import ZIPFoundation

/// Writes typed tables as an Excel workbook (.xlsx), one sheet per table. Zip and deflate are
/// ZIPFoundation's; the parts are the few every Excel, LibreOffice and openpyxl reads.
public enum XlsxWriter {
  static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  private static let packageRelNS = "http://schemas.openxmlformats.org/package/2006/relationships"

  /// Whether results written to `path` go in a workbook: its name ends in `.xlsx`.
  public static func isWorkbookPath(_ path: String) -> Bool { path.lowercased().hasSuffix(".xlsx") }

  /// The bytes of a workbook with one sheet per table, named after the table (made unique and
  /// cut to Excel's 31 characters). Checks every limit before building anything.
  public static func workbook(_ tables: [Table]) throws(StoreError) -> [UInt8] {
    guard !tables.isEmpty else { throw .noSheets }
    for t in tables {
      if t.rowCount + 1 > CellReference.maxRows { throw .tooManyRows(sheet: t.name, rows: t.rowCount) }
      if t.columns.count > CellReference.maxColumns { throw .tooManyColumns(sheet: t.name, columns: t.columns.count) }
    }
    let names = sheetNames(tables.map(\.name))
    var strings = SharedStrings()
    var parts: [(String, [UInt8])] = []
    for (i, table) in tables.enumerated() {
      let sheet = XlsxSheetXML(table: table, strings: strings)
      strings = sheet.sharedStrings
      parts.append(("xl/worksheets/sheet\(i + 1).xml", sheet.bytes))
    }
    let fixed: [(String, String)] = [
      ("[Content_Types].xml", contentTypes(tables.count)),
      ("_rels/.rels", rootRels),
      ("xl/workbook.xml", workbookXML(names, tables)),
      ("xl/_rels/workbook.xml.rels", workbookRels(tables.count)),
      ("xl/styles.xml", styles),
    ]
    let all = fixed.map { ($0.0, Array($0.1.utf8)) } + [("xl/sharedStrings.xml", sharedStringsXML(strings))] + parts
    return try zip(all)
  }

  /// Unique names Excel accepts: no `[]:*?/\`, at most 31 characters, not empty.
  static func sheetNames(_ names: [String]) -> [String] {
    var used = Set<String>()
    return names.map { raw in
      var base = String(raw.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
      if base.isEmpty { base = "Sheet" }
      var name = base
      var n = 2
      while used.contains(name.lowercased()) {
        let suffix = " (\(n))"
        name = String(base.prefix(31 - suffix.count)) + suffix
        n += 1
      }
      used.insert(name.lowercased())
      return name
    }
  }

  /// The zip of `parts` (path, bytes), each deflated; also what tests build broken workbooks with.
  static func zip(_ parts: [(String, [UInt8])]) throws(StoreError) -> [UInt8] {
    do {
      let archive = try Archive(accessMode: .create)
      // A fixed time: the same tables give the same bytes (and the library reads no clock).
      let stamp = Date(timeIntervalSince1970: 315_532_800)
      for (path, bytes) in parts {
        let data = Data(bytes)
        try archive.addEntry(
          with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
          permissions: 0o600, compressionMethod: .deflate
        ) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      guard let data = archive.data else { throw StoreError.zip("no archive data") }
      return [UInt8](data)
    } catch let failure as StoreError {
      throw failure
    } catch {
      throw .zip("\(error)")
    }
  }

  /// Text for an XML part: what XML cannot hold as OOXML's `_xHHHH_`, then markup escaped.
  static func escape(_ text: String) -> String { MarkupText.escape(OOXMLText.encode(text)) }

  private static func sharedStringsXML(_ strings: SharedStrings) -> [UInt8] {
    var out = Array(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"\(mainNS)\" count=\"\(strings.list.count)\" uniqueCount=\"\(strings.list.count)\">"
        .utf8)
    for s in strings.list {
      let space = s.first == " " || s.last == " " || s.contains("\n") ? " xml:space=\"preserve\"" : ""
      out += "<si><t\(space)>".utf8
      out += escape(s).utf8
      out += "</t></si>".utf8
    }
    out += "</sst>".utf8
    return out
  }

  private static func contentTypes(_ sheets: Int) -> String {
    var s =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
    for i in 1...sheets {
      s +=
        "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    return s + "</Types>"
  }

  private static let rootRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"\(packageRelNS)\"><Relationship Id=\"rId1\" Type=\"\(relNS)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

  private static func workbookXML(_ names: [String], _ tables: [Table]) -> String {
    var s =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"\(mainNS)\" xmlns:r=\"\(relNS)\"><bookViews><workbookView/></bookViews><sheets>"
    for (i, name) in names.enumerated() {
      s += "<sheet name=\"\(escape(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
    }
    s += "</sheets><definedNames>"
    for (i, table) in tables.enumerated() where !table.columns.isEmpty {
      let quoted = "'" + names[i].replacingOccurrences(of: "'", with: "''") + "'"
      let last = "$" + CellReference.letters(table.columns.count) + "$" + String(table.rowCount + 1)
      s += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(i)\" hidden=\"1\">\(escape(quoted))!$A$1:\(last)</definedName>"
    }
    return s + "</definedNames></workbook>"
  }

  private static func workbookRels(_ sheets: Int) -> String {
    var s = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"\(packageRelNS)\">"
    for i in 1...sheets {
      s += "<Relationship Id=\"rId\(i)\" Type=\"\(relNS)/worksheet\" Target=\"worksheets/sheet\(i).xml\"/>"
    }
    s += "<Relationship Id=\"rId\(sheets + 1)\" Type=\"\(relNS)/styles\" Target=\"styles.xml\"/>"
    s += "<Relationship Id=\"rId\(sheets + 2)\" Type=\"\(relNS)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    return s + "</Relationships>"
  }

  /// Style 0: plain; 1: bold (the header); 2: a date shown `yyyy-mm-dd`.
  private static let styles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"\(mainNS)\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
}
