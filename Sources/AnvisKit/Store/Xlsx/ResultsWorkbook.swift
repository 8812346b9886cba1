/// `results out.xlsx`: a scenario's result tables, one sheet each, then a `levers` sheet (the
/// scenario's levers) and a `run` sheet saying what produced the numbers: the data set's name
/// and content hash, the scenario, months, runs, seed and anvis's version.
public enum ResultsWorkbook {
  /// anvis's version as the `run` sheet states it.
  public static let anvisVersion = "0.1.0"

  /// What produced a scenario's results.
  public struct Run: Sendable {
    public var dataset: String
    public var datasetHash: String
    public var asOf: Day
    public var scenario: String
    public var months: Int
    public var runs: Int
    public var seed: UInt64

    public init(
      dataset: String, datasetHash: String, asOf: Day, scenario: String, months: Int, runs: Int, seed: UInt64
    ) {
      self.dataset = dataset
      self.datasetHash = datasetHash
      self.asOf = asOf
      self.scenario = scenario
      self.months = months
      self.runs = runs
      self.seed = seed
    }
  }

  /// The workbook's tables, in sheet order.
  public static func tables(results: [Table], levers: Table, run: Run) -> [Table] {
    var leverSheet = levers
    leverSheet.name = "levers"
    return results + [leverSheet, runTable(run)]
  }

  /// The bytes of the workbook; a sheet over Excel's limits is refused before any is built.
  public static func bytes(results: [Table], levers: Table, run: Run) throws(StoreError) -> [UInt8] {
    try XlsxWriter.workbook(tables(results: results, levers: levers, run: run))
  }

  static func runTable(_ run: Run) -> Table {
    let rows: [(String, String)] = [
      ("data set", run.dataset), ("data set hash", run.datasetHash), ("as of", run.asOf.description),
      ("scenario", run.scenario), ("months", String(run.months)), ("runs", String(run.runs)),
      ("seed", String(run.seed)), ("anvis version", anvisVersion),
    ]
    return Table(
      name: "run",
      columns: [
        Column(name: "key", storage: .string(rows.map(\.0))), Column(name: "value", storage: .string(rows.map(\.1))),
      ])
  }
}
