import Foundation
import Testing

@testable import AnvisKit

/// Thousands of random and mutated inputs: each must give a result or a diagnostic whose
/// position lies inside the input, and never crash. `FUZZ_SEED` and `FUZZ_N` run other or
/// more inputs by hand (CI uses the defaults).
@Suite struct QueryFuzzTests {
  static let seeds = [
    "units | where type == \"youth\" and rent <= 3500 | count by area",
    "units | summarize n = count(), avg_rent = avg(rent) by organisation | sort n desc | take 5",
    "cases | where age < 30 and need in [\"ICM\", \"ACT\"] | select id, age, need | sort age desc, id",
    "let young = cases | where age < 30",
    "units | join departments on department | count by exempt, type",
    "gaps | extend y = n * 2 + round(x, 1) | where y is not missing | sort y desc",
    "cases | select w = days_between(registered, 2026-11-01), y = year(registered) | distinct y",
    "gaps | summarize m = median(x), p = p(n, 90), lo = min(d), hi = max(s) by k",
    "units | where not (rooms > 2 or floor == 0) | select id, f = -floor / 0",
  ]

  static let pieces = [
    "units", "cases", "gaps", "|", "where", "select", "extend", "sort", "take", "distinct", "count", "by",
    "summarize", "join", "on", "departments", "teams", "let", "=", "==", "!=", "<", "<=", ">", ">=", "+", "-",
    "*",
    "/", "(", ")", "[", "]", ",", "and", "or", "not", "in", "is", "missing", "true", "false", "rent", "type",
    "rooms", "n", "x", "s", "d", "big", "\"youth\"", "\"yuth\"", "3500", "0", "-1", "9223372036854775807",
    "2026-01-31", "2026-13-01", "1.5", "lower(", "round(", "year(", "days_between(", "contains(", "coalesce(",
    "abs(", "count()", "sum(", "avg(", "median(", "p(", "desc", "asc", "\n", "\"", "'", "&", "#", "é",
    "\u{0}",
  ]

  @Test func randomAndMutatedInputsNeverCrash() {
    var rng = SeededRandom(seed: UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "99") ?? 99)
    let catalog = QueryFixture.catalog
    var results = 0
    var diagnostics = 0
    for i in 0..<(Int(ProcessInfo.processInfo.environment["FUZZ_N"] ?? "6000") ?? 6000) {
      let input: String
      if i % 2 == 0 {
        input = (0..<rng.int(in: 1...14)).map { _ in
          QueryFuzzTests.pieces[rng.int(in: 0...(QueryFuzzTests.pieces.count - 1))]
        }
        .joined(separator: rng.chance(0.8) ? " " : "")
      } else {
        input = QueryFuzzTests.mutate(
          QueryFuzzTests.seeds[rng.int(in: 0...(QueryFuzzTests.seeds.count - 1))], &rng)
      }
      do {
        _ = try QueryEngine.run(input, catalog: catalog)
        results += 1
      } catch {
        diagnostics += 1
        let lines = input.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(error.line >= 1 && error.line <= lines.count, "line out of range for \(input)")
        if error.line >= 1, error.line <= lines.count {
          #expect(
            error.column >= 1 && error.column <= lines[error.line - 1].count + 1,
            "column out of range: \(input)")
        }
        #expect(!error.message.isEmpty)
      }
      _ = QueryCompletion.candidates(line: input, cursor: rng.int(in: 0...input.count), catalog: catalog)
    }
    #expect(results > 100)
    #expect(diagnostics > 1000)
  }

  /// The committed query inputs that found bugs (`Fixtures/fuzz-corpus/query/*`): a result,
  /// or a diagnostic inside the input; and the shell's input buffer takes them whole.
  @Test func corpusInputsGiveResultsOrDiagnostics() throws {
    let folder = try TestFixtures.path("fuzz-corpus/query")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(names.count >= 4)
    for name in names {
      var input = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
      if input.hasSuffix("\n") { input.removeLast() }
      var buffer = InputBuffer()
      var gathered: String?
      for line in input.split(separator: "\n", omittingEmptySubsequences: false) {
        gathered = buffer.append(String(line))
      }
      #expect(gathered == input, "\(name) is not one complete input")
      do {
        _ = try QueryEngine.run(input, catalog: QueryFixture.catalog)
      } catch {
        let lines = input.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(error.line >= 1 && error.line <= lines.count, "\(name): line \(error.line)")
        if error.line >= 1, error.line <= lines.count {
          #expect(error.column >= 1 && error.column <= lines[error.line - 1].count + 1, "\(name)")
        }
      }
    }
  }

  @Test func pathologicalInputsGiveDiagnostics() throws {
    let catalog = QueryFixture.catalog
    let deep = [
      "units | where " + String(repeating: "(", count: 5000) + "rent",
      "units | where " + String(repeating: "not ", count: 5000) + "accessible",
      "units | select x = " + String(repeating: "-", count: 5000) + "rent",
      "units | select x = " + Array(repeating: "rent", count: 3000).joined(separator: " + "),
      "units | where rooms in [" + Array(repeating: "1", count: 3000).joined(separator: ", ") + "]",
      "units | select x = " + String(repeating: "abs(", count: 3000) + "rent",
    ]
    for input in deep {
      let d = try #require(QueryFixture.diagnostic(input), "expected a diagnostic")
      #expect(d.message.contains("too"), "\(d.message)")
    }
    // Within the bounds, long expressions run.
    let long = "units | select x = " + Array(repeating: "rooms", count: 500).joined(separator: " + ")
    #expect(try QueryEngine.run(long, catalog: catalog).table.rowCount == 30)
    _ = QueryCompletion.candidates(line: deep[0], cursor: deep[0].count, catalog: catalog)
  }

  /// Deletes, duplicates, swaps or inserts characters and words.
  static func mutate(_ text: String, _ rng: inout SeededRandom) -> String {
    var chars = Array(text)
    for _ in 0..<rng.int(in: 1...4) {
      guard !chars.isEmpty else { break }
      let at = rng.int(in: 0...(chars.count - 1))
      switch rng.int(in: 0...4) {
      case 0: chars.remove(at: at)
      case 1: chars.insert(chars[at], at: at)
      case 2:
        let other = rng.int(in: 0...(chars.count - 1))
        chars.swapAt(at, other)
      case 3: chars.insert(contentsOf: Array(" " + pieces[rng.int(in: 0...(pieces.count - 1))] + " "), at: at)
      default: chars.removeSubrange(at..<min(chars.count, at + rng.int(in: 1...6)))
      }
    }
    return String(chars)
  }
}
