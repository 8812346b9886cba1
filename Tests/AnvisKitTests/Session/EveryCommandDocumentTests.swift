import Foundation
import TestSupport
import Testing

@testable import AnvisKit

/// Every command of the command table, in csv and json modes, writes to stdout either nothing
/// or one document that a real parser reads: Foundation's JSONSerialization for json, Python's
/// csv module for csv (every row as wide as the header).
@Suite struct EveryCommandDocumentTests {
  /// One input per command (and a query and a `let`), in an order where each can run.
  static func script(_ folder: ScratchFolder, caseID: String) -> [String] {
    [
      ".help", ".help describe", ".mode", ".timer", ".maxrows", ".expanded", ".bail", ".limits",
      "tables", "describe units", "show case \(caseID)", ".reload",
      "let young = cases | where age < 40", "young | count by need", "units | take 3", ".drop young",
      ".import \(folder.file("mine.csv")) as mine",
      "scenario youth", "set youth.claim = true", "reset youth.claim", "set youth.claim = true", "scenarios",
      "levers", "scenario other", "set policy = best-fit", "scenario youth",
      "allocate", "simulate months 2 runs 3 seed 1", "compare baseline youth other", "why \(caseID)",
      "boligsikring rent=4500 income=12326 household=1 children=0", "calibrate runs 3 months 2",
      "results \(folder.file("r.xlsx"))",
      ".note checking every command", ".session", ".save every-command", ".sessions",
      ".replay every-command --check", ".export every-command --md \(folder.file("s.md"))",
      ".recover",
      ".output \(folder.file("all.out"))", "tables", ".output", ".once \(folder.file("one.out"))", "tables",
      ".quit",
    ]
  }

  static func shell(_ mode: OutputMode, _ folder: ScratchFolder) throws -> (Shell, String) {
    var dataset = try SimulationFixtures.town(units: 600, cases: 30, seed: 5)
    dataset.references = [
      Reference(metric: "list_size_end", value: 50, low: 0, high: 1e6, source: "a count, 2022")
    ]
    let opened = dataset
    let open: DatasetOpener = { (_: String) throws(StoreError) -> Dataset in opened }
    let shell = Shell(
      dataset: dataset, settings: Settings(mode: mode),
      session: SessionOptions(folder: folder.file("sessions"), autosave: false, openDataset: open))
    try "case_id,score\n\(dataset.cases[0].id),1\n".write(toFile: folder.file("mine.csv"), atomically: true, encoding: .utf8)
    return (shell, dataset.cases[0].id)
  }

  @Test func theScriptCoversEveryCommand() throws {
    let folder = try ScratchFolder()
    let heads = Set(Self.script(folder, caseID: "c").map { Shell.head(of: $0) })
    for spec in CommandTable.standard.commands {
      #expect(heads.contains(spec.name), "no input runs \(spec.name)")
    }
  }

  @Test func jsonModeWritesOneParseableDocumentPerCommand() throws {
    let folder = try ScratchFolder()
    let (shell, caseID) = try Self.shell(.json, folder)
    for input in Self.script(folder, caseID: caseID) {
      let r = shell.respond(to: input)
      guard !r.stdout.isEmpty else { continue }
      let parsed = try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
      #expect(parsed is [Any] || parsed is [String: Any], "\(input): not one JSON document:\n\(r.stdout)")
    }
    // Both files got a document too.
    for file in ["all.out", "one.out"] {
      let text = try String(contentsOfFile: folder.file(file), encoding: .utf8)
      #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) is [Any], "\(file): \(text)")
    }
  }

  @Test func whyInJsonIsOneObjectWithAKeyPerTable() throws {
    let folder = try ScratchFolder()
    let (shell, caseID) = try Self.shell(.json, folder)
    let r = shell.respond(to: "why \(caseID)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(object["why"] is [Any])
    #expect(object["why_nearest"] is [Any])
    #expect(!r.stderr.isEmpty)
  }

  @Test(.enabled(if: RequiredTool.runs(Python.isAvailable), "python3 is not installed"))
  func csvModeWritesOneTableAPythonCsvReaderAccepts() throws {
    let folder = try ScratchFolder()
    let (shell, caseID) = try Self.shell(.csv, folder)
    var documents: [[String]] = []
    for input in Self.script(folder, caseID: caseID) {
      let r = shell.respond(to: input)
      if !r.stdout.isEmpty { documents.append([input, r.stdout]) }
    }
    #expect(documents.count > 12)
    let problems = try Python.run(Self.csvChecker, input: documents)
    #expect(problems.isEmpty, "\(problems)")
  }

  /// Reads each document with csv.reader(strict=True): at least a header, every row as wide.
  static let csvChecker = #"""
    import csv, io, json, sys
    problems = []
    for name, text in json.load(sys.stdin):
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        except csv.Error as e:
            problems.append(f"{name}: {e}"); continue
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            problems.append(f"{name}: rows of different widths: {text[:200]!r}")
    print(json.dumps(problems))
    """#
}

/// python3 through a subprocess, for tests that check output with a real parser.
enum Python {
  static let isAvailable: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import csv, json"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }()

  /// Runs `program` with `input` as JSON on stdin; its stdout read as a JSON list of strings.
  static func run(_ program: String, input: Any) throws -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", program]
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    stdin.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: input))
    try stdin.fileHandleForWriting.close()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String])
  }
}
