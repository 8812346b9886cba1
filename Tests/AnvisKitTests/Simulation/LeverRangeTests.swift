import Foundation
import Testing

@testable import AnvisKit

/// Issue 8, item 13: the manifest and `set` share one range per lever.
@Suite struct LeverRangeTests {
  @Test func theManifestRefusesWhatSetRefuses() throws {
    let s = try ScratchDataset()
    let manifest = try s.read("anvis.toml")
    try s.write("anvis.toml", manifest.replacingOccurrences(of: "claim_days = 30", with: "claim_days = 9223372036854775807"))
    #expect(
      BrokenDatasetTests.problems(s) == ["anvis.toml:9:14: claim_days must be between 1 and 3650, found 9223372036854775807"])
    let dataset = try DatasetReader.load(from: try TestFixtures.path("tiny"))
    var levers = Levers(baselineOf: dataset)
    #expect(throws: SimulationError.self) { try levers.set(.claimDays, to: "9223372036854775807", in: dataset) }
    #expect(throws: SimulationError.self) { try levers.set(.claimDays, to: "0", in: dataset) }
    try levers.set(.claimDays, to: "3650", in: dataset)
    #expect(levers.claimDays == 3650)
  }

  @Test(arguments: [Lever.claimDays, .inflowPerMonth, .acceptance, .anvisningShare, .rentCap])
  func everyManifestLeverHasOneRange(lever: Lever) throws {
    let dataset = try DatasetReader.load(from: try TestFixtures.path("tiny"))
    var levers = Levers(baselineOf: dataset)
    guard let range = lever.range else {
      Issue.record("\(lever.name) has no range")
      return
    }
    let (low, high): (Double, Double) =
      switch range {
      case .whole(let r): (Double(r.lowerBound), Double(r.upperBound))
      case .number(let r): (r.lowerBound, r.upperBound)
      }
    try levers.set(lever, to: NumberText.compact(high), in: dataset)
    #expect(throws: SimulationError.self) { try levers.set(lever, to: NumberText.compact(high + 1), in: dataset) }
    #expect(throws: SimulationError.self) { try levers.set(lever, to: NumberText.compact(low - 1), in: dataset) }
    #expect(range.contains(high) && !range.contains(high + 1) && !range.contains(low - 1))
  }

  @Test func aHugeWholeNumberIsTooLarge() throws {
    let dataset = try DatasetReader.load(from: try TestFixtures.path("tiny"))
    var levers = Levers(baselineOf: dataset)
    #expect(throws: SimulationError.leverValue("the number 99999999999999999999 is too large; expected a whole number from 1 to 3650")) {
      try levers.set(.claimDays, to: "99999999999999999999", in: dataset)
    }
  }

  /// Issue 8, item 17: 100,000 new cases a month never finished; the lever now stops where a
  /// run still ends in reasonable time.
  @Test func inflowIsBoundedByWhatTheSimulatorCanDo() throws {
    let dataset = try DatasetReader.load(from: try TestFixtures.path("tiny"))
    var levers = Levers(baselineOf: dataset)
    #expect(throws: SimulationError.self) { try levers.set(.inflowPerMonth, to: "100000", in: dataset) }
    try levers.set(.inflowPerMonth, to: "5000", in: dataset)
    #expect(levers.inflowPerMonth == Lever.largestInflow)
  }
}
