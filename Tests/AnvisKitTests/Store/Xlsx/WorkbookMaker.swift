@testable import AnvisKit

/// Builds small workbooks part by part, for the broken-workbook corpus: sheets as the XML of
/// their `<sheetData>` (and what follows it), shared strings, a hidden sheet.
struct WorkbookMaker {
  struct Sheet {
    var name: String
    var data: String
    var hidden = false
  }

  var sheets: [Sheet] = []
  var sharedStrings: [String] = []

  mutating func sheet(_ name: String, _ data: String, hidden: Bool = false) {
    sheets.append(Sheet(name: name, data: data, hidden: hidden))
  }

  /// A `<row>` of inline-string cells from column A: `row(1, "id", "name")`.
  static func row(_ r: Int, _ texts: String...) -> String {
    var s = "<row r=\"\(r)\">"
    for (i, t) in texts.enumerated() where !t.isEmpty {
      s += "<c r=\"\(CellReference.letters(i + 1))\(r)\" t=\"inlineStr\"><is><t>\(t)</t></is></c>"
    }
    return s + "</row>"
  }

  func bytes() throws -> [UInt8] {
    let main = XlsxWriter.mainNS
    let rel = XlsxWriter.relNS
    var parts: [(String, [UInt8])] = []
    var book = "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets>"
    var rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for (i, sheet) in sheets.enumerated() {
      let state = sheet.hidden ? " state=\"hidden\"" : ""
      book += "<sheet name=\"\(sheet.name)\" sheetId=\"\(i + 1)\"\(state) r:id=\"rId\(i + 1)\"/>"
      rels += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
      parts.append(
        ("xl/worksheets/sheet\(i + 1).xml", Array("<worksheet xmlns=\"\(main)\">\(sheet.data)</worksheet>".utf8)))
    }
    rels += "<Relationship Id=\"rIdS\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    rels += "<Relationship Id=\"rIdT\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/>"
    let sst = sharedStrings.map { "<si><t>\($0)</t></si>" }.joined()
    parts += [
      ("xl/workbook.xml", Array((book + "</sheets></workbook>").utf8)),
      ("xl/_rels/workbook.xml.rels", Array((rels + "</Relationships>").utf8)),
      ("xl/sharedStrings.xml", Array("<sst xmlns=\"\(main)\">\(sst)</sst>".utf8)),
      // Style 1 shows a date (built-in format 14).
      ("xl/styles.xml", Array("<styleSheet xmlns=\"\(main)\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>".utf8)),
    ]
    return try XlsxWriter.zip(parts)
  }
}
