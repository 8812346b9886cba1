/// Loads a data set folder (`anvis.toml`, six CSV files and an optional `references.csv`)
/// into a `Dataset`.
///
/// A load succeeds whole or not at all: every problem in every file is collected (at most
/// `problemsPerFile` per file, then a note of how many more) and thrown as a `StoreError`.
public enum DatasetReader {
  /// The manifest's file name.
  public static let manifestFile = "anvis.toml"
  /// The manifest's other spelling, read when there is no `anvis.toml`.
  public static let yamlManifestFile = "anvis.yaml"
  /// The six CSV files, in the order they are read and reported.
  public static let tableFiles = [
    "areas.csv", "organisations.csv", "departments.csv", "units.csv", "cases.csv", "teams.csv",
  ]
  /// Published figures for `calibrate`; optional.
  public static let referencesFile = "references.csv"
  /// Problems reported per file before the rest are only counted.
  public static let problemsPerFile = 100

  /// The columns of each file, in the order the writer writes them.
  public enum Columns {
    public static let areas = ["id", "name", "status"]
    public static let organisations = ["id", "name", "anvisning_share"]
    public static let departments = ["id", "organisation", "area", "name", "exempt"]
    public static let units = [
      "id", "department", "type", "rooms", "size_m2", "rent", "floor", "accessible", "status", "vacant_since",
    ]
    public static let cases = [
      "id", "age", "household_size", "situation", "registered", "income_type", "income", "need",
      "in_education", "needs_accessible", "released_6m", "evicted_6m", "non_eu", "benefit_6m",
      "disability_pension", "sick_benefit_6m",
    ]
    public static let teams = ["id", "method", "capacity", "caseload"]
    public static let references = ["metric", "value", "low", "high", "source", "note"]
  }

  /// Reads the data set in `directory`; paths in problems start with `directory` as given.
  public static func load(from directory: String) throws(StoreError) -> Dataset {
    var loader = DatasetLoader(directory: directory)
    return try loader.load()
  }

  /// Reads the data set with large tables cut into chunks of `chunkSize` bytes (tests: the
  /// result must not depend on it).
  static func load(from directory: String, chunkSize: Int) throws(StoreError) -> Dataset {
    var loader = DatasetLoader(directory: directory)
    loader.chunkSize = chunkSize
    return try loader.load()
  }

  /// Reads the data set with the plain-row path (`DatasetLoader+PlainUnits`) on or off (tests:
  /// the result must not depend on it).
  static func load(from directory: String, plainRows: Bool) throws(StoreError) -> Dataset {
    var loader = DatasetLoader(directory: directory)
    loader.plainRows = plainRows
    return try loader.load()
  }

  /// `directory/name`, without doubling a trailing slash.
  public static func path(_ directory: String, _ name: String) -> String {
    if directory.isEmpty { return name }
    return directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}

/// The state of one load: entities read so far, ids for references, problems.
struct DatasetLoader {
  let directory: String
  var problems: [FileProblem] = []
  var manifest: Manifest?
  var areas: [Area] = []
  var organisations: [Organisation] = []
  var departments: [Department] = []
  var units: [Unit] = []
  var cases: [Case] = []
  var teams: [Team] = []
  var references: [Reference] = []
  var areaIDs = IDRegistry()
  var organisationIDs = IDRegistry()
  var departmentIDs = IDRegistry()
  /// Where tables come from when they are sheets (see `DatasetLoader+Workbook`).
  var workbooks = Workbooks()
  /// What the load noticed but did not refuse (a hidden sheet), for `Dataset.notes`.
  var notes: [String] = []
  /// The size of the chunks large tables are read in; nil: chosen by size and cores.
  var chunkSize: Int?
  /// Whether plain rows of the units file are read straight from their bytes (tests turn it off).
  var plainRows = true

  init(directory: String) { self.directory = directory }

  mutating func load() throws(StoreError) -> Dataset {
    switch FileBytes.kind(directory.isEmpty ? "." : directory) {
    case .directory: findSingleWorkbook(isFile: false)
    case .missing: throw StoreError.load([folderProblem("data set folder not found")])
    case .other:
      guard directory.hasSuffix(DatasetLoader.workbookExtension) else {
        throw StoreError.load([folderProblem("not a folder; a data set is a folder of files or one .xlsx workbook")])
      }
      findSingleWorkbook(isFile: true)
    }
    readManifest()
    readAreas()
    readOrganisations()
    readDepartments()
    readUnits()
    readCases()
    readTeams()
    readReferences()
    guard problems.isEmpty, let manifest else { throw StoreError.load(problems) }
    do {
      var dataset = try Dataset(
        manifest: manifest, areas: areas, organisations: organisations, departments: departments,
        units: units, cases: cases, teams: teams)
      dataset.references = references
      dataset.notes = notes
      return dataset
    } catch {
      // The checks above find these first, with positions; this is a safety net.
      let (table, message): (String, String) =
        switch error {
        case .duplicateID(let table, let id): (table, "duplicate id '\(id)'")
        case .dangling(let table, let id, let field, let value): (table, "\(id): unknown \(field) '\(value)'")
        }
      throw StoreError.load([
        FileProblem(file: DatasetReader.path(directory, table + ".csv"), line: 1, column: 1, message: message)
      ])
    }
  }

  private func folderProblem(_ message: String) -> FileProblem {
    FileProblem(file: directory, line: 1, column: 1, message: message)
  }

  /// The bytes of `name`, or nil after reporting why it cannot be read.
  mutating func bytes(of name: String) -> [UInt8]? {
    let path = DatasetReader.path(directory, name)
    do {
      return try FileBytes.read(path)
    } catch {
      problems.append(FileProblem(file: path, line: 1, column: 1, message: error.message))
      return nil
    }
  }

  /// Reads `anvis.toml`, or `anvis.yaml` when there is no TOML manifest.
  mutating func readManifest() {
    if let single = workbooks.single, !hasManifestFile { return readManifestSheet(single) }
    var name = DatasetReader.manifestFile
    if !FileBytes.exists(DatasetReader.path(directory, name)),
      FileBytes.exists(DatasetReader.path(directory, DatasetReader.yamlManifestFile))
    {
      name = DatasetReader.yamlManifestFile
    }
    let path = DatasetReader.path(directory, name)
    guard let bytes = bytes(of: name) else { return }
    var list = ProblemList(file: path, limit: DatasetReader.problemsPerFile)
    guard UTF8Check.isValid(bytes) else {
      list.add(line: 1, column: 1, "the manifest is not UTF-8 text; save it as UTF-8")
      problems += list.problems
      return
    }
    var text = String(decoding: bytes, as: UTF8.self)
    if name == DatasetReader.yamlManifestFile {
      if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
      manifest = ManifestReader.read(yaml: text, problems: &list)
    } else {
      manifest = ManifestReader.read(text: text, problems: &list)
    }
    problems += list.problems
  }

  /// Opens a CSV file and checks its header; nil when the file is missing.
  mutating func open(_ name: String, columns: [String]) -> TableFileReader? {
    if case .sheet(let reader) = openSheetOrCSV(name, columns: columns) { return reader }
    guard let bytes = bytes(of: name) else { return nil }
    let list = ProblemList(file: DatasetReader.path(directory, name), limit: DatasetReader.problemsPerFile)
    return TableFileReader(bytes: bytes, columns: columns, problems: list)
  }

  /// Registers the row's id (column 0), reporting an empty or repeated one.
  static func register(_ id: String?, in registry: inout IDRegistry, file: inout TableFileReader) {
    guard let id else { return }
    if let first = registry.register(id, line: file.line) {
      file.report(column: 0, "duplicate id '\(id)' (first on \(file.lineWord) \(first))")
    }
  }
}
