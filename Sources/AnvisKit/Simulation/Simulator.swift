import Dispatch
import Synchronization

/// `simulate months N runs R seed S`: the year forward, day by day, many times.
///
/// Each day: support places free (CTI after 9 months; ICM/ACT after [est] 2 years on average);
/// tenancies end (lost, moved on) or pass their support's end or youth study check
/// (`SimulationRun+Tenancies`); citizens whose tenancy was lost come back to the list;
/// waiting cases leave the list by other routes at `exit.per_year` (exponential; one holding an
/// offer answers it first); new cases arrive (Poisson, `inflow.per_month`, drawn by
/// `InflowDraw` from the published distributions, registered that day); answers to offers made 7 days [est] ago come in (accept with
/// `acceptance`, else refuse: `refusal` keep or drop); units fall vacant (Poisson per unit type
/// at the manifest's yearly turnover, a uniformly chosen unit; today's vacant units on day 0;
/// new skæve boliger spread over the year); on its turn under `ClaimRota` the kommune claims a
/// family vacancy for the homeless list with chance `anvisning.homeless_share` (else it meets
/// another urgent need), and claims it if a waiting case may take it; each open claim is offered by `policy` to an eligible
/// case without a pending offer; a claim nobody can take, or older than `claim.days`, goes back.
/// The kommune pays rent (tomgangsleje) from the claim to the letting or the return.
///
/// Runs are independent: run r draws from `SeededRandom(seed: S, stream: r)` only, runs execute
/// in parallel into their own slots and merge in run order — the result for a seed is the same
/// on any machine and any number of threads.
public enum Simulator {
  public static let maxMonths = 120
  public static let maxRuns = 10_000

  /// Runs the scenario `runs` times over `months` months.
  public static func run(
    dataset: Dataset, scenario: Scenario, months: Int, runs: Int, seed: UInt64,
    cancellation: Cancellation? = nil
  ) throws(SimulationError) -> SimulationResult {
    try run(
      dataset: dataset, scenario: scenario, months: months, runs: runs, seed: seed,
      cancellation: cancellation,
      threads: .all)
  }

  /// How many threads run the runs; the result does not depend on it (tests check that).
  enum Threads { case all, one }

  static func run(
    dataset: Dataset, scenario: Scenario, months: Int, runs: Int, seed: UInt64,
    cancellation: Cancellation?, threads: Threads
  ) throws(SimulationError) -> SimulationResult {
    guard (1...maxMonths).contains(months) else {
      throw .invalid("months must be from 1 to \(maxMonths), not \(months)")
    }
    guard (1...maxRuns).contains(runs) else {
      throw .invalid("runs must be from 1 to \(maxRuns), not \(runs)")
    }
    guard !dataset.cases.isEmpty else { throw .invalid("the data set has no cases to simulate") }
    let world = SimulationWorld(dataset: dataset, levers: scenario.levers, months: months)
    let slots = Mutex<[RunRecord?]>([RunRecord?](repeating: nil, count: runs))
    cancellation?.begin(steps: runs)
    let body: @Sendable (Int) -> Void = { r in
      if cancellation?.isCancelled == true { return }
      var run = SimulationRun(world: world, seed: seed, run: r)
      let record = run.run(cancellation: cancellation)
      slots.withLock { $0[r] = record }
      cancellation?.advance()
    }
    switch threads {
    case .all: DispatchQueue.concurrentPerform(iterations: runs, execute: body)
    case .one: for r in (0..<runs).reversed() { body(r) }  // even in another order
    }
    let records = slots.withLock { $0 }
    var done = [RunRecord]()
    done.reserveCapacity(runs)
    for record in records {
      guard let record else { throw .cancelled }
      done.append(record)
    }
    if cancellation?.isCancelled == true { throw .cancelled }
    return SimulationResult(
      scenario: scenario.name, world: world, records: done, seed: seed)
  }
}
