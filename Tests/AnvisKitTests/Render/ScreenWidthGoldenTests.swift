import Foundation
import Testing

@testable import AnvisKit

/// What the wide commands look like at 80 and at 120 columns: no line wider than the screen,
/// and the same text as the goldens in Fixtures/widths. `RECORD_GOLDENS=1` rewrites the
/// goldens and fails, so a recording is never mistaken for a pass.
@Suite struct ScreenWidthGoldenTests {
  static let folder: String = {
    var url = URL(fileURLWithPath: #filePath)
    url.deleteLastPathComponent()
    url.deleteLastPathComponent()
    return url.path + "/Fixtures/widths"
  }()

  static let cases: [(name: String, setup: [String], input: String)] = [
    ("levers", ["scenario youth", "set youth.claim = true"], "levers"),
    ("outcomes", ["simulate months 2 runs 4 seed 3"], "outcomes"),
    ("describe-cases", [], "describe cases"),
    (
      "compare-three",
      [
        "scenario youth", "set youth.claim = true", "scenario dear", "set rent.cap = 4500",
        "simulate months 2 runs 4 seed 3",
      ],
      "compare baseline youth dear"
    ),
    ("allocate", ["scenario youth", "set youth.claim = true"], "allocate"),
  ]

  func output(width: Int, _ setup: [String], _ input: String) throws -> String {
    var settings = Settings()
    settings.width = width
    let dataset = try SimulationFixtures.town(units: 3_000, cases: 120, seed: 9)
    let shell = Shell(dataset: dataset, settings: settings)
    for line in setup { #expect(!shell.respond(to: line).failed, "\(line)") }
    let r = shell.respond(to: input)
    #expect(!r.failed, "\(r.stderr)")
    return r.stdout
  }

  @Test(arguments: [80, 120])
  func wideCommandsFitTheScreen(width: Int) throws {
    let record = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
    for c in Self.cases {
      let text = try output(width: width, c.setup, c.input)
      for line in text.split(separator: "\n") {
        #expect(line.count <= width, "\(c.name) at \(width): \(line.count) columns: \(line)")
      }
      let path = Self.folder + "/\(c.name)-\(width).txt"
      if record {
        try FileManager.default.createDirectory(atPath: Self.folder, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        Issue.record("recorded \(path); run again without RECORD_GOLDENS")
        continue
      }
      let golden = try String(contentsOfFile: path, encoding: .utf8)
      #expect(text == golden, "\(c.name) at \(width) differs from \(path):\n\(text)")
    }
  }
}
