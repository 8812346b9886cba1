import Testing

@testable import AnvisKit

/// Issue 8, item 17: a simulation counts its runs on the cancellation it polls, so that the
/// executable can show progress while it waits.
@Suite struct CancellationTests {
  @Test func aSimulationCountsItsRuns() throws {
    let dataset = try DatasetReader.load(from: try TestFixtures.path("tiny"))
    let cancellation = Cancellation()
    #expect(cancellation.progress == nil)
    _ = try Simulator.run(
      dataset: dataset, scenario: Scenario(dataset: dataset), months: 2, runs: 5, seed: 1,
      cancellation: cancellation)
    #expect(cancellation.progress?.done == 5)
    #expect(cancellation.progress?.total == 5)
    cancellation.reset()
    #expect(cancellation.progress == nil)
  }

  @Test func progressNeverPassesItsTotal() {
    let cancellation = Cancellation()
    cancellation.begin(steps: 2)
    for _ in 0..<3 { cancellation.advance() }
    #expect(cancellation.progress?.done == 2)
  }
}
