import Foundation
import TestSupport
import Testing

/// The query language through the built binary: every `.mode` through a pipe, errors, `let`,
/// `.output`/`.once` files, and grammar-aware completion on a pseudo-terminal.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct QueryEndToEndTests {
  let folder: TemporaryFolder
  let data: String

  init() throws {
    folder = try TemporaryFolder()
    data = try TinyDataSet.write(to: folder.path + "/tiny")
  }

  static let query = "units | where rent < 3500 | select id, rent, type | sort rent desc"

  @Test func queriesAnswerInEveryMode() throws {
    let table = try AnvisBinary.run(["--data", data], stdin: Self.query + "\n")
    #expect(table.status == 0, "\(table.stderr)")
    #expect(table.stdout.contains("u-000003"))
    #expect(
      table.stdout.firstRange(of: "u-000003")?.lowerBound ?? table.stdout.endIndex
        < table.stdout.firstRange(of: "u-000002")?.lowerBound ?? table.stdout.startIndex)
    let csv = try AnvisBinary.run(["--data", data], stdin: ".mode csv\n" + Self.query + "\n")
    #expect(csv.stdout == "id,rent,type\nu-000003,3400,family\nu-000002,2900,youth\n")
    let json = try AnvisBinary.run(["--data", data, "--format", "json"], stdin: Self.query + "\n")
    #expect(json.stdout.contains(#"{"id": "u-000003", "rent": 3400, "type": "family"}"#))
    let md = try AnvisBinary.run(["--data", data], stdin: ".mode markdown\n" + Self.query + "\n")
    #expect(md.stdout.hasPrefix("| id | rent | type |\n"))
    #expect(md.stdout.contains("| u-000002 | 2900 | youth |"))
  }

  @Test func multiLineQueriesAndLetBindings() throws {
    let input = """
      let poor = cases |
        where income < 10000
      poor | count
      tables
      units |
        count by type

      """
    let r = try AnvisBinary.run(["--data", data, "--format", "csv"], stdin: input)
    #expect(r.status == 0, "\(r.stderr)")
    // csv is for programs: the let's summary is a note on stderr, stdout holds only tables.
    #expect(r.stderr.contains("poor: 1 row, 17 fields"))
    #expect(!r.stdout.contains("poor: 1 row"))
    #expect(r.stdout.contains("count\n1\n"))
    #expect(r.stdout.contains("poor,1,17,let"))
    #expect(r.stdout.hasSuffix("type,count\nfamily,2\nyouth,1\n"))
  }

  @Test func aQueryErrorStopsWithACaret() throws {
    let r = try AnvisBinary.run(["--data", data], stdin: "units |\n  where tpye == \"youth\"\ntables\n")
    #expect(r.status == 1)
    #expect(r.stdout == "")
    #expect(
      r.stderr == """
        error: unknown field 'tpye'
         --> input:2:9
        2 |   where tpye == "youth"
          |         ^^^^
          = help: did you mean 'type'?

        """)
  }

  @Test func outputAndOnceWritePrivateFiles() throws {
    let out = folder.path + "/all.csv"
    let one = folder.path + "/one.csv"
    let input = """
      .mode csv
      .output \(out)
      units | count
      cases | count
      .output
      .once \(one)
      teams | select id
      units | count

      """
    let r = try AnvisBinary.run(["--data", data], stdin: input)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "count\n3\n")
    #expect(try String(contentsOfFile: out, encoding: .utf8) == "count\n3\ncount\n2\n")
    #expect(try String(contentsOfFile: one, encoding: .utf8) == "id\nt-01\n")
    for path in [out, one] {
      let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
      #expect(mode == 0o600)
    }
    let bad = try AnvisBinary.run(["--data", data], stdin: ".output /nonexistent/x.csv\n")
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("cannot write '/nonexistent/x.csv'"))
  }

  @Test func completionAfterWhereOffersTheFields() throws {
    let terminal = try PseudoTerminal()
    try terminal.run(
      ["--data", data],
      [
        .expect("anvis> "), .send("units | where ren\t"), .expect("rent"),
        .send(" < 3500 | count by organisation | sort co\t"),
        .expect("count"), .send(" desc\r"), .expect("org-1"), .expect("anvis> "),
        .send("units | where size\t"), .expect("size_m2"), .send(" > 0 and type == \"yo\t"), .expect("youth"),
        .send(" | count\r"), .expect("count"), .expect("anvis> "),
        .send("units | where a\t\t"), .expect("accessible"), .expect("area_status"),
        .expect("anvis> units | where a"), .interrupt, .expect("^C"), .expect("anvis> "), .endOfInput, .exit(0),
      ])
  }

  @Test func theQueryExamplesRunOnTheExampleDataSet() throws {
    let r = try AnvisBinary.run(["run", "examples/queries.anvis"], in: AnvisBinary.packageRoot)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr == "")
    #expect(r.stdout.contains("young: 81 rows, 17 fields"))
    #expect(r.stdout.contains("organisation     n  avg_rent  median_rent"))
  }
}
