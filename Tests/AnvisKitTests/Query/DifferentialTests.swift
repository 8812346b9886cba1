import Foundation
import TestSupport
import Testing

@testable import AnvisKit

/// Random valid queries run in anvis and, translated to SQL, in DuckDB; the results must
/// agree row by row (numbers to 1e-9 relative), both as values and as anvis's csv output
/// (which must be lossless). Needs python3 with `duckdb`.
@Suite struct DifferentialTests {
  static let seed: UInt64 = 20_261_101
  static let queryCount = 1800

  /// Every construct the generator must produce at least `minimumPerConstruct` times.
  static let constructs = [
    "countif", "sumif", "avgif", "dcount", "avg_bool", "summarize_expression", "if", "case", "between",
    "not_between", "join_left", "join_semi", "join_anti", "join_named_key", "in_pipeline", "not_in_pipeline",
    "window_aggregate", "window_by", "window_share", "row_number", "running_sum", "top", "top_per", "pivot",
    "pivot_value", "month", "day", "trunc_month", "today", "date_plus_days", "concat", "length", "starts_with",
    "ends_with", "substr", "matches", "floor", "ceil", "bin", "pow", "sqrt", "ln", "exp",
  ] + QueryGenerator.stageKinds
  static let minimumPerConstruct = 30

  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let script = repositoryRoot.appendingPathComponent("Tests/differential/compare.py")

  static let duckdbAvailable: Bool = RequiredTool.pythonImports("duckdb")

  /// The differential data: the fixture's tables and a table with gaps in every type.
  static var catalog: TableCatalog {
    var catalog = QueryFixture.dataset.map(TableCatalog.init(dataset:)) ?? TableCatalog()
    catalog.bind(facts, origin: .result)
    return catalog
  }

  static let facts: Table = {
    var rng = SeededRandom(seed: 7)
    let n = 60
    var ints = [Int](), intGaps = [Bool](), doubles = [Double](), doubleGaps = [Bool]()
    var texts = [String](), textGaps = [Bool](), dates = [Int](), dateGaps = [Bool]()
    var codes = [Int32](), codeGaps = [Bool](), flags = [Bool]()
    let words = ["alfa", "Beta", "gamma", "Æble", "øst", "delta"]
    for _ in 0..<n {
      ints.append(rng.int(in: -5...20))
      intGaps.append(rng.chance(0.15))
      doubles.append(Double(rng.int(in: -400...400)) / 8)
      doubleGaps.append(rng.chance(0.15))
      texts.append(words[rng.int(in: 0...5)])
      textGaps.append(rng.chance(0.15))
      dates.append(QueryFixture.asOf.ordinal - rng.int(in: 0...500))
      dateGaps.append(rng.chance(0.2))
      codes.append(Int32(rng.int(in: 0...2)))
      codeGaps.append(rng.chance(0.1))
      flags.append(rng.chance(0.5))
    }
    return Table(
      name: "facts",
      columns: [
        Column(name: "fid", storage: .int(Array(0..<n))),
        Column(name: "qty", storage: .int(ints), missing: intGaps),
        Column(name: "amount", storage: .double(doubles), missing: doubleGaps),
        Column(name: "label", storage: .string(texts), missing: textGaps),
        Column(name: "seen", storage: .date(dates), missing: dateGaps),
        Column(
          name: "kind", storage: .enumeration(codes: codes, values: ["red", "green", "blue"]),
          missing: codeGaps),
        Column(name: "flag", storage: .bool(flags)),
      ])
  }()

  @Test(.enabled(if: RequiredTool.runs(duckdbAvailable), "python3 with duckdb is needed (pip install duckdb)"))
  func fixtureQueriesAgreeWithDuckDB() throws {
    try #require(DifferentialTests.duckdbAvailable, "python3 with duckdb is needed (pip install duckdb)")
    try DifferentialTests.compare(
      catalog: DifferentialTests.catalog,
      sources: ["units", "cases", "departments", "teams", "facts", "facts", "units"],
      count: DifferentialTests.queryCount, minimum: 1500, label: "fixture", constructs: DifferentialTests.constructs)
  }

  /// The same over the example data set (examples/aalborg, ≈ 34,000 units).
  @Test(.enabled(if: RequiredTool.runs(duckdbAvailable), "python3 with duckdb is needed (pip install duckdb)"))
  func exampleDataQueriesAgreeWithDuckDB() throws {
    try #require(DifferentialTests.duckdbAvailable, "python3 with duckdb is needed (pip install duckdb)")
    let folder = DifferentialTests.repositoryRoot.appendingPathComponent("examples/aalborg").path
    let dataset = try DatasetReader.load(from: folder)
    try DifferentialTests.compare(
      catalog: TableCatalog(dataset: dataset), sources: ["units", "cases", "departments", "units", "cases"],
      count: 40, minimum: 30, label: "aalborg")
  }

  static func compare(
    catalog: TableCatalog, sources: [String], count: Int, minimum: Int, label: String, constructs: [String] = []
  ) throws {
    // ANVIS_DIFF_DIR keeps the queries and tables for a look.
    let keep = ProcessInfo.processInfo.environment["ANVIS_DIFF_DIR"]
    let dir =
      keep.map { URL(fileURLWithPath: $0).appendingPathComponent(label) }
      ?? FileManager.default.temporaryDirectory.appendingPathComponent("anvis-diff-\(getpid())-\(label)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { if keep == nil { try? FileManager.default.removeItem(at: dir) } }
    var schema: [[String: Any]] = []
    for name in catalog.names {
      guard let table = catalog.table(named: name) else { continue }
      try DifferentialTests.csv(table).write(
        to: dir.appendingPathComponent(name + ".csv"), atomically: true, encoding: .utf8)
      schema.append([
        "name": name,
        "columns": table.columns.map { ["name": $0.name, "type": DifferentialTests.sqlType($0.type)] },
      ])
    }
    var generator = QueryGenerator(
      rng: SeededRandom(seed: DifferentialTests.seed), catalog: catalog, sources: sources)
    var cases: [[String: Any]] = []
    var seen = Set<String>()
    var used: [String: Int] = [:]
    var attempts = 0
    while cases.count < count, attempts < count * 5 {
      attempts += 1
      let q = generator.make()
      guard seen.insert(q.anvis).inserted else { continue }
      let table: Table
      do {
        table = try QueryEngine.run(q.anvis, catalog: catalog).table
      } catch {
        Issue.record("anvis failed on a generated query: \(q.anvis)\n\(ErrorRenderer.caret(error, source: q.anvis))")
        continue
      }
      for t in q.tags { used[t, default: 0] += 1 }
      cases.append([
        "anvis": q.anvis, "sql": q.sql, "columns": table.fieldNames, "rows": DifferentialTests.rows(table),
        "csv": TableRenderer(mode: .csv).render(table),
      ])
    }
    #expect(cases.count >= minimum)
    // A construct the checker rejects would silently drop out of the mix: count each one.
    for construct in constructs {
      let n = used[construct, default: 0]
      #expect(
        n >= DifferentialTests.minimumPerConstruct,
        "'\(construct)' was generated \(n) times, fewer than \(DifferentialTests.minimumPerConstruct)")
    }
    #expect(
      generator.rejections.isEmpty,
      "generated stages the checker refused:\n\(generator.rejections.joined(separator: "\n"))")
    let payload: [String: Any] = ["tables": schema, "queries": cases]
    let data = try JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys])
    try data.write(to: dir.appendingPathComponent("queries.json"))

    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", DifferentialTests.script.path, dir.path]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = out
    try p.run()
    let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 0, "\(report)")
  }

  static func sqlType(_ t: FieldType) -> String {
    switch t {
    case .int: "BIGINT"
    case .double: "DOUBLE"
    case .bool: "BOOLEAN"
    case .string, .enumeration: "VARCHAR"
    case .date: "DATE"
    }
  }

  /// CSV with a leading `__rn` row-order column; missing values are empty and unquoted.
  static func csv(_ table: Table) -> String {
    var out = (["__rn"] + table.fieldNames).joined(separator: ",") + "\n"
    for r in 0..<table.rowCount {
      var fields = [String(r)]
      for c in table.columns {
        let v = c[r]
        switch v {
        case .missing: fields.append("")
        case .string(let s): fields.append("\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        case .double(let d): fields.append("\(d)")
        default: fields.append(v.description)
        }
      }
      out += fields.joined(separator: ",") + "\n"
    }
    return out
  }

  static func rows(_ table: Table) -> [[Any]] {
    (0..<table.rowCount).map { r in
      table.columns.map { c -> Any in
        switch c[r] {
        case .missing: NSNull()
        case .int(let v): v
        case .double(let v): v
        case .bool(let v): v
        case .string(let s): s
        case .date(let d): d.description
        }
      }
    }
  }
}
