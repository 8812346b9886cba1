import Foundation
import TestSupport
import Testing

/// CI: `calibrate --check` on examples/aalborg, through the binary. The machinery is checked
/// (one row per reference, the count, and `--check`'s status and message agreeing with the
/// rows), then the baseline itself: every published figure must lie inside its band.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct CalibrationCheckTests {
  static let example = AnvisBinary.packageRoot + "/examples/aalborg"

  /// The metric of each row of examples/aalborg/references.csv, in file order.
  static func referenceMetrics() throws -> [String] {
    let text = try String(contentsOfFile: example + "/references.csv", encoding: .utf8)
    return text.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
  }

  @Test func calibrateCheckOnTheExample() throws {
    let metrics = try Self.referenceMetrics()
    #expect(metrics.count >= 10)
    // One process: the second `calibrate` reuses the first's simulation (same baseline,
    // months, runs and seed), and `--check` comes last, so its status is the process's.
    let r = try AnvisBinary.run([
      "--data", Self.example, "-c", "calibrate", "-c", ".mode csv", "-c",
      "calibration | select metric, inside",
      "-c", "calibrate --check",
    ])
    let lines = r.stdout.split(separator: "\n")
    let header = try #require(lines.lastIndex(of: "metric,inside"))
    let rows = lines[(header + 1)...].prefix(metrics.count).map { $0.split(separator: ",").map(String.init) }
    #expect(rows.map { $0.first ?? "" } == metrics)
    let outside = rows.filter { $0.last == "false" }.map { $0[0] }
    let inside = metrics.count - outside.count
    #expect(r.stdout.contains("\n\(inside) of \(metrics.count) inside their bands\n"))
    #expect(r.status == (outside.isEmpty ? 0 : 1))
    if !outside.isEmpty {
      #expect(
        r.stderr.hasPrefix("error: calibrate --check: \(inside) of \(metrics.count) inside their bands\n"))
      let named = r.stderr.split(separator: "\n").dropFirst().map {
        String($0.dropFirst(2).prefix { $0 != ":" })
      }
      #expect(named == outside)
    }
    // The baseline reproduces today: every reference inside its band.
    #expect(outside.isEmpty, "outside their bands: \(outside)")
    #expect(r.status == 0, "\(r.stderr)")
  }
}
