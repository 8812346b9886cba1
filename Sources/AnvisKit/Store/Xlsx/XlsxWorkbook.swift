import Foundation

/// What a workbook holds besides its cells: the sheets (name, part, hidden or not), the shared
/// strings, which cell styles show dates, and the date system.
struct XlsxWorkbook {
  struct Sheet: Equatable {
    var name: String
    var path: String
    var hidden: Bool
  }

  let package: XlsxPackage
  private(set) var sheets: [Sheet] = []
  private(set) var sharedStrings = SharedStringTable()
  /// For each cell style index (`s`), whether its number format shows a date.
  private(set) var dateStyles: [Bool] = []
  private(set) var date1904 = false
  /// The part of the book's only sheet, inflated while the shared strings were read.
  private(set) var readAhead: (path: String, part: Result<Data, XlsxPackage.Failure>)?

  /// A part that is not the XML it should be.
  struct Malformed: Error { var path: String, detail: String }

  init(bytes: [UInt8]) throws(XlsxPackage.Failure) {
    package = try XlsxPackage(bytes: bytes)
    let workbookPath = try Self.officeDocument(package)
    let rels = try Self.relationships(package, of: workbookPath)
    let parsed = try Self.parse(package, workbookPath, WorkbookHandler())
    date1904 = parsed.date1904
    sheets = parsed.sheets.compactMap { s in
      rels[s.relation].map { Sheet(name: s.name, path: $0.target, hidden: s.hidden) }
    }
    if let shared = rels.values.first(where: { $0.type.hasSuffix("/sharedStrings") }), package.contains(shared.target) {
      if sheets.count == 1, Parallel.cores > 1, let second = try? XlsxPackage(bytes: bytes) {
        // A book of one sheet: the sheet is inflated on another core while the strings are read.
        let (strings, sheet) = Self.readAhead(package, shared.target, second, sheets[0].path)
        readAhead = sheet
        sharedStrings = try strings.get()
      } else {
        sharedStrings = try Self.parse(package, shared.target, SharedStringsHandler()).strings
      }
    }
    if let styles = rels.values.first(where: { $0.type.hasSuffix("/styles") }), package.contains(styles.target) {
      dateStyles = try Self.parse(package, styles.target, StylesHandler()).dateStyles
    }
  }

  func sheet(named name: String) -> Sheet? { sheets.first { $0.name == name } }

  /// The inflated bytes of the part at `path` (read ahead, or now).
  func part(_ path: String) throws(XlsxPackage.Failure) -> Data {
    if let readAhead, readAhead.path == path { return try readAhead.part.get() }
    return try package.part(path)
  }

  /// Runs `handler` over the part at `path`; a malformed part is unreadable.
  static func parse<H: XMLEventHandler>(_ package: XlsxPackage, _ path: String, _ handler: H)
    throws(XlsxPackage.Failure) -> H
  {
    let data = try package.part(path)
    var handler = handler
    if let error = XMLEvents.parse(data, &handler) { throw .malformedPart(path, error) }
    return handler
  }

  /// The workbook part named by `_rels/.rels` (`xl/workbook.xml` when that is missing).
  private static func officeDocument(_ package: XlsxPackage) throws(XlsxPackage.Failure) -> String {
    let fallback = "xl/workbook.xml"
    if package.contains("_rels/.rels") {
      let rels = try parse(package, "_rels/.rels", RelationshipsHandler(base: ""))
      if let doc = rels.targets.values.first(where: { $0.type.hasSuffix("/officeDocument") }),
        package.contains(doc.target)
      {
        return doc.target
      }
    }
    guard package.contains(fallback) else { throw .missingPart(fallback) }
    return fallback
  }

  /// The relationships of `part` (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`), by id.
  private static func relationships(_ package: XlsxPackage, of part: String) throws(XlsxPackage.Failure)
    -> [String: RelationshipsHandler.Target]
  {
    let slash = part.lastIndex(of: "/")
    let folder = slash.map { String(part[..<$0]) } ?? ""
    let file = slash.map { String(part[part.index(after: $0)...]) } ?? part
    let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
    guard package.contains(relsPath) else { throw .missingPart(relsPath) }
    return try parse(package, relsPath, RelationshipsHandler(base: folder)).targets
  }
}

/// `<sheet name=… r:id=… state=…>` and `<workbookPr date1904=…>` of `workbook.xml`.
struct WorkbookHandler: XMLEventHandler {
  var sheets: [(name: String, relation: String, hidden: Bool)] = []
  var date1904 = false
  let stop = false

  mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes) {
    if name.is("sheet") {
      let relation = attributes.first { key, _ in
        let k = key.string
        return k == "r:id" || k.hasSuffix(":id") || k == "id"
      }?.value.string
      guard let sheetName = attributes["name"]?.string, let relation else { return }
      let state = attributes["state"]?.string ?? "visible"
      sheets.append((sheetName, relation, state != "visible"))
    } else if name.is("workbookPr") {
      let value = attributes["date1904"]?.string ?? "0"
      date1904 = value == "1" || value == "true"
    }
  }
  func text(_ text: XMLBytes) {}
  func end(_ name: XMLBytes) {}
}

/// `<Relationship Id=… Type=… Target=…>`, targets resolved against the part's folder.
struct RelationshipsHandler: XMLEventHandler {
  struct Target { var type: String, target: String }
  let base: String
  var targets: [String: Target] = [:]
  let stop = false

  init(base: String) { self.base = base }

  mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes) {
    guard name.is("Relationship"), let id = attributes["Id"]?.string, let target = attributes["Target"]?.string else {
      return
    }
    targets[id] = Target(type: attributes["Type"]?.string ?? "", target: Self.resolve(target, base: base))
  }
  func text(_ text: XMLBytes) {}
  func end(_ name: XMLBytes) {}

  /// `worksheets/sheet1.xml` against `xl` → `xl/worksheets/sheet1.xml`; `/xl/…` is absolute.
  static func resolve(_ target: String, base: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    var parts = base.split(separator: "/").map(String.init)
    for piece in target.split(separator: "/") {
      if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
    }
    return parts.joined(separator: "/")
  }
}
