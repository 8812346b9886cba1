import Foundation
import Testing

@testable import AnvisKit

/// The passes that run in chunks on all cores on large tables (`Parallel.chunks`: `count by`
/// over few values, group sizes, sums, medians) give exactly what one pass on one thread
/// gives. Each query runs twice: as usual (these tables are too small to be split) and with
/// chunks forced from one row; the csv output must be the same to the last digit.
@Suite struct ChunkedPassTests {
  /// 6,000 rows: keys with few values (text, enumeration, true/false, each with gaps) and
  /// values with gaps, whole and fractional.
  static let catalog: TableCatalog = {
    var rng = SeededRandom(seed: 14)
    let n = 6000
    let words = ["alfa", "Beta", "gamma", "Æble", "øst", "org-2", "org-10"]
    var texts = [String](), textGaps = [Bool](), codes = [Int32](), codeGaps = [Bool]()
    var flags = [Bool](), flagGaps = [Bool](), ints = [Int](), intGaps = [Bool]()
    var wholes = [Double](), fractions = [Double](), fractionGaps = [Bool]()
    for i in 0..<n {
      // Runs of one text, as units come by department.
      texts.append(words[(i / 37 + rng.int(in: 0...1)) % words.count])
      textGaps.append(rng.chance(0.05))
      codes.append(Int32(rng.int(in: 0...3)))
      codeGaps.append(rng.chance(0.05))
      flags.append(rng.chance(0.4))
      flagGaps.append(rng.chance(0.05))
      ints.append(rng.int(in: -900...900))
      intGaps.append(rng.chance(0.1))
      wholes.append(Double(rng.int(in: 1500...9000)))
      fractions.append(Double(rng.int(in: -4000...4000)) / 7)
      fractionGaps.append(rng.chance(0.1))
    }
    // One fractional value late in the whole numbers: their sums are no longer split.
    var late = wholes
    late[n - 5] += 0.5
    let table = Table(
      name: "rows",
      columns: [
        Column(name: "label", storage: .string(texts), missing: textGaps),
        Column(name: "team", storage: .string(texts)),
        Column(
          name: "kind", storage: .enumeration(codes: codes, values: ["red", "green", "blue", "grey"]),
          missing: codeGaps),
        Column(name: "flag", storage: .bool(flags), missing: flagGaps),
        Column(name: "qty", storage: .int(ints), missing: intGaps),
        Column(name: "rent", storage: .double(wholes)),
        Column(name: "late", storage: .double(late)),
        Column(name: "x", storage: .double(fractions), missing: fractionGaps),
      ])
    let labels = Table(
      name: "labels",
      columns: [
        Column(name: "team", storage: .string(words)),
        Column(
          name: "owner", storage: .string(["p", "q", "p", "r", "q", "p", "s"]),
          missing: [false, false, false, false, true, false, false]),
      ])
    var catalog = TableCatalog()
    catalog.bind(table, origin: .result)
    catalog.bind(labels, origin: .result)
    return catalog
  }()

  static let queries = [
    "rows | count by label",
    "rows | count by team, kind",
    "rows | count by label, kind, flag",
    "rows | where qty > 0 | count by label, kind",
    "rows | where x is missing or rent < 4000 | count by flag, team",
    "rows | join labels on team | count by owner, kind",
    "rows | join labels on team | where qty < 100 | count by owner",
    "rows | count by kind, qty",
    "rows | summarize n = count(), avg_rent = avg(rent), median_rent = median(rent) by team",
    "rows | summarize n = count(), a = avg(late), s = sum(late), m = median(late) by label",
    "rows | summarize a = avg(x), s = sum(x), m = median(x), p = p(x, 90) by label",
    "rows | summarize a = avg(qty), s = sum(qty), m = median(qty), p10 = p(qty, 10) by kind, flag",
    "rows | where flag | summarize a = avg(rent), m = median(rent), n = count() by team",
    "rows | where qty > -300 | summarize a = avg(x), m = median(x) by kind",
    "rows | summarize a = avg(rent), m = median(rent), s = sum(qty)",
    "rows | summarize v = countif(rent > 5000) / count(), s = sumif(x, flag), m = median(x) by team",
    "rows | join labels on team | summarize a = avg(rent), m = median(x) by owner",
    "rows | where rent > 100000 | summarize a = avg(rent), m = median(rent) by team",
    "rows | where rent > 100000 | count by team, kind",
  ]

  @Test(arguments: queries)
  func chunkedPassesGiveTheOneThreadResult(_ query: String) throws {
    let serial = try ChunkedPassTests.csv(query, ChunkedPassTests.catalog)
    let chunked = try Parallel.$rowsForChunks.withValue(1) {
      try ChunkedPassTests.csv(query, ChunkedPassTests.catalog)
    }
    #expect(chunked == serial)
  }

  /// Generated queries (those of the differential test) over the example data set.
  @Test func generatedQueriesOnTheExampleDataGiveTheOneThreadResult() throws {
    let folder = DifferentialTests.repositoryRoot.appendingPathComponent("examples/aalborg").path
    let catalog = TableCatalog(dataset: try DatasetReader.load(from: folder))
    var generator = QueryGenerator(
      rng: SeededRandom(seed: 41), catalog: catalog, sources: ["units", "cases"])
    var compared = 0
    var grouped = 0
    for _ in 0..<100 {
      let query = generator.make().anvis
      guard let serial = try? ChunkedPassTests.csv(query, catalog) else { continue }
      let chunked = try Parallel.$rowsForChunks.withValue(1) { try ChunkedPassTests.csv(query, catalog) }
      #expect(chunked == serial, "\(query)")
      compared += 1
      if query.contains(" by ") { grouped += 1 }
    }
    #expect(compared >= 80)
    #expect(grouped >= 15)
  }

  @Test func chunksCoverTheRowsInOrder() {
    for n in [0, 1, 2, 7, 1000, 65_537] {
      let chunks = Parallel.$rowsForChunks.withValue(1) { Parallel.chunks(n) }
      #expect(chunks.first?.lowerBound == 0)
      #expect(chunks.last?.upperBound == n)
      #expect(zip(chunks, chunks.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
      #expect(chunks.count == (n < 2 ? 1 : min(4 * Parallel.cores, max(2, n))))
    }
    #expect(Parallel.$rowsForChunks.withValue(5000) { Parallel.chunks(4999) } == [0..<4999])
  }

  static func csv(_ query: String, _ catalog: TableCatalog) throws -> String {
    TableRenderer(mode: .csv).render(try QueryEngine.run(query, catalog: catalog).table)
  }
}
