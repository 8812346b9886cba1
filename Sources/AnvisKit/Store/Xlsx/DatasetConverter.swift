/// `anvis convert DIR_OR_BOOK --to csv|xlsx --out DIR`: loads a data set (so that only a valid
/// one is converted) and writes it in the other store format. The manifest is copied as it is
/// when the source has `anvis.toml`, so csv → xlsx → csv gives the same files.
public enum DatasetConverter {
  public enum Format: String, Sendable, CaseIterable {
    case csv, xlsx
  }

  /// Converts the data set at `source` into the folder `out`; the names of the files written.
  @discardableResult
  public static func convert(_ source: String, to format: Format, out: String) throws(StoreError) -> [String] {
    let dataset = try DatasetReader.load(from: source)
    var files = DatasetWriter.files(dataset)
    if let manifest = manifestBytes(source) {
      files = files.map { $0.name == DatasetReader.manifestFile ? ($0.name, manifest) : $0 }
    }
    if format == .xlsx {
      files = try files.map { file throws(StoreError) in
        guard file.name.hasSuffix(".csv") else { return file }
        let table = sheetTable(name: String(file.name.dropLast(4)), csv: file.bytes)
        return (String(file.name.dropLast(4)) + DatasetLoader.workbookExtension, try XlsxWriter.workbook([table]))
      }
    }
    try AtomicFile.createFolder(out)
    let prefix = out.hasSuffix("/") ? out : out + "/"
    try AtomicFile.write(files.map { (prefix + $0.name, $0.bytes) })
    return files.map(\.name)
  }

  /// The bytes of the source's `anvis.toml`, when it is a folder holding one.
  private static func manifestBytes(_ source: String) -> [UInt8]? {
    guard FileBytes.kind(source) == .directory else { return nil }
    return try? FileBytes.read(DatasetReader.path(source, DatasetReader.manifestFile))
  }

  /// A data set table written by `DatasetWriter` as a typed table: each column typed by its
  /// name, so that numbers, dates and booleans become such cells.
  static func sheetTable(name: String, csv bytes: [UInt8]) -> Table {
    var reader = CSVReader(bytes: bytes)
    var fields: [CSVField] = []
    guard reader.nextRecord(into: &fields) else { return Table(name: name, columns: []) }
    let header = fields.map { reader.string($0) }
    var cells = Array(repeating: [String](), count: header.count)
    while reader.nextRecord(into: &fields) {
      for i in header.indices { cells[i].append(i < fields.count ? reader.string(fields[i]) : "") }
    }
    let columns = header.indices.map { i in column(header[i], cells[i]) }
    return Table(name: name, columns: columns, rowCount: cells.first?.count ?? 0)
  }

  private static func column(_ name: String, _ texts: [String]) -> Column {
    let missing = texts.map(\.isEmpty)
    if dateColumns.contains(name) {
      return Column(name: name, storage: .date(texts.map { Day(iso: $0)?.ordinal ?? 0 }), missing: missing)
    }
    if boolColumns.contains(name) {
      return Column(name: name, storage: .bool(texts.map { $0 == "true" }), missing: missing)
    }
    if numberColumns.contains(name), texts.allSatisfy({ $0.isEmpty || Double($0) != nil }) {
      return Column(name: name, storage: .double(texts.map { Double($0) ?? 0 }), missing: missing)
    }
    return Column(name: name, storage: .string(texts), missing: missing)
  }

  static let dateColumns: Set<String> = ["vacant_since", "registered"]
  static let boolColumns: Set<String> = [
    "exempt", "accessible", "in_education", "needs_accessible", "released_6m", "evicted_6m", "non_eu",
    "benefit_6m", "disability_pension", "sick_benefit_6m",
  ]
  static let numberColumns: Set<String> = [
    "anvisning_share", "rooms", "size_m2", "rent", "floor", "age", "household_size", "income", "capacity",
    "caseload", "value", "low", "high",
  ]
}
