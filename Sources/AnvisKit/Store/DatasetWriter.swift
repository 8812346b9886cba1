/// Writes a `Dataset` as a folder: `anvis.toml` and the six CSV files, with the headers the
/// reader expects (`DatasetReader.Columns`, in that order), each written atomically with mode 0600.
public enum DatasetWriter {
  /// The files a data set folder holds, in the order they are written.
  public static let fileNames = [
    "areas.csv", "organisations.csv", "departments.csv", "units.csv", "cases.csv", "teams.csv", "anvis.toml",
  ]

  /// Writes `dataset` into `folder` (created with mode 0700 if missing); `comment` goes on
  /// top of `anvis.toml`. Existing files of the same names are replaced.
  public static func write(_ dataset: Dataset, to folder: String, comment: String? = nil)
    throws(StoreError)
  {
    try AtomicFile.createFolder(folder)
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    // All files are written before any is renamed into place: a failure leaves the old set whole.
    try AtomicFile.write(files(dataset, comment: comment).map { (prefix + $0.name, $0.bytes) })
  }

  /// The name and contents of every file, in `fileNames` order, then `references.csv` when
  /// the data set has references.
  public static func files(_ dataset: Dataset, comment: String? = nil) -> [(name: String, bytes: [UInt8])] {
    [
      ("areas.csv", areas(dataset.areas)),
      ("organisations.csv", organisations(dataset.organisations)),
      ("departments.csv", departments(dataset.departments)),
      ("units.csv", units(dataset.units)),
      ("cases.csv", cases(dataset.cases)),
      ("teams.csv", teams(dataset.teams)),
      ("anvis.toml", Array(ManifestWriter.text(dataset.manifest, comment: comment).utf8)),
    ] + (dataset.references.isEmpty ? [] : [(DatasetReader.referencesFile, references(dataset.references))])
  }

  static func references(_ rows: [Reference]) -> [UInt8] {
    var csv = CSVWriter(header: DatasetReader.Columns.references)
    for r in rows {
      csv.field(r.metric)
      csv.field(r.value, maxFractionDigits: 4)
      csv.field(r.low, maxFractionDigits: 4)
      csv.field(r.high, maxFractionDigits: 4)
      csv.field(r.source)
      csv.field(r.note)
      csv.endRow()
    }
    return csv.bytes
  }

  static func areas(_ rows: [Area]) -> [UInt8] {
    var csv = CSVWriter(header: DatasetReader.Columns.areas)
    for a in rows {
      csv.field(a.id)
      csv.field(a.name)
      csv.field(a.status.rawValue)
      csv.endRow()
    }
    return csv.bytes
  }

  static func organisations(_ rows: [Organisation]) -> [UInt8] {
    var csv = CSVWriter(header: DatasetReader.Columns.organisations)
    for o in rows {
      csv.field(o.id)
      csv.field(o.name)
      csv.field(o.anvisningShare, maxFractionDigits: 4)
      csv.endRow()
    }
    return csv.bytes
  }

  static func departments(_ rows: [Department]) -> [UInt8] {
    var csv = CSVWriter(header: DatasetReader.Columns.departments)
    for d in rows {
      csv.field(d.id)
      csv.field(d.organisation)
      csv.field(d.area)
      csv.field(d.name)
      csv.field(d.exempt)
      csv.endRow()
    }
    return csv.bytes
  }

  static func units(_ rows: [Unit]) -> [UInt8] {
    var csv = CSVWriter(header: DatasetReader.Columns.units, reservingCapacity: rows.count * 64)
    for u in rows {
      csv.field(u.id)
      csv.field(u.department)
      csv.field(u.type.rawValue)
      csv.field(u.rooms)
      csv.field(u.sizeM2)
      csv.field(u.rent)
      csv.field(u.floor)
      csv.field(u.accessible)
      csv.field(u.status.rawValue)
      csv.field(u.vacantSince)
      csv.endRow()
    }
    return csv.bytes
  }

  static func cases(_ rows: [Case]) -> [UInt8] {
    var csv = CSVWriter(header: DatasetReader.Columns.cases, reservingCapacity: rows.count * 128)
    for c in rows {
      csv.field(c.id)
      csv.field(c.age)
      csv.field(c.householdSize)
      csv.field(c.situation.rawValue)
      csv.field(c.registered)
      csv.field(c.incomeType.rawValue)
      csv.field(c.income)
      csv.field(c.need.rawValue)
      csv.field(c.inEducation)
      csv.field(c.needsAccessible)
      csv.field(c.released6m)
      csv.field(c.evicted6m)
      csv.field(c.nonEU)
      csv.field(c.benefit6m)
      csv.field(c.disabilityPension)
      csv.field(c.sickBenefit6m)
      csv.endRow()
    }
    return csv.bytes
  }

  static func teams(_ rows: [Team]) -> [UInt8] {
    var csv = CSVWriter(header: DatasetReader.Columns.teams)
    for t in rows {
      csv.field(t.id)
      csv.field(t.method.rawValue)
      csv.field(t.capacity)
      csv.field(t.caseload)
      csv.endRow()
    }
    return csv.bytes
  }
}
