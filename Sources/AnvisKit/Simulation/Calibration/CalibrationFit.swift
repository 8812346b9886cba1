/// `calibrate fit LEVER,…`: a deterministic coordinate search over [est] levers for the values
/// that bring the most references inside their bands (ties: the smallest total distance to the
/// published figures, each in band widths).
///
/// Method: every lever is scaled to 0…1 over its `FitRange`; the search starts at the
/// baseline's values (clamped). In a sweep it tries each lever in turn one step up, then one
/// step down, and moves to the first candidate that fits better (`Calibration.isBetter`).
/// A sweep without a move halves the step (from 1/4 down to 1/64 of the range); the search
/// stops there, or after `maxEvaluations` simulations. Every candidate runs with the same
/// seed (common random numbers), so two candidates differ only by their lever values, and the
/// same call gives the same answer on any machine. A candidate seen before is not run again.
public enum CalibrationFit {
  /// One lever under search.
  public struct Parameter: Hashable, Sendable {
    public var lever: Lever
    public var range: FitRange

    public init(lever: Lever, range: FitRange) {
      self.lever = lever
      self.range = range
    }
  }

  /// One evaluated candidate, for progress.
  public struct Step: Sendable {
    /// 1-based count of simulations run so far, and the most there may be.
    public var evaluation: Int
    public var budget: Int
    public var values: [Double]
    public var calibration: Calibration
    /// The best fit so far (after this step).
    public var best: Calibration
  }

  /// What the search found.
  public struct Outcome: Sendable {
    public var parameters: [Parameter]
    public var startValues: [Double]
    public var start: Calibration
    public var values: [Double]
    public var best: Calibration
    public var evaluations: Int
    /// Ctrl-C stopped the search; `values` are the best found until then.
    public var stopped: Bool
  }

  public static let defaultMaxEvaluations = 40
  static let firstStep = 0.25
  static let lastStep = 1.0 / 64

  /// Runs the search from `baseline`'s values.
  public static func run(
    dataset: Dataset, baseline: Scenario, parameters: [Parameter], references: [Reference],
    months: Int, runs: Int, seed: UInt64, maxEvaluations: Int = defaultMaxEvaluations,
    cancellation: Cancellation? = nil, progress: ((Step) -> Void)? = nil
  ) throws(SimulationError) -> Outcome {
    var seen = [[Double]: Calibration]()
    var evaluations = 0
    var best: (values: [Double], fit: Calibration)?
    func evaluate(_ values: [Double]) throws(SimulationError) -> Calibration {
      if let known = seen[values] { return known }
      let scenario = try candidate(baseline, parameters, values, dataset)
      let result = try Simulator.run(
        dataset: dataset, scenario: scenario, months: months, runs: runs, seed: seed,
        cancellation: cancellation)
      let fit = Calibration(result: result, references: references)
      seen[values] = fit
      evaluations += 1
      let leader = best.map { fit.isBetter(than: $0.fit) ? (values, fit) : $0 } ?? (values, fit)
      best = leader
      progress?(
        Step(
          evaluation: evaluations, budget: maxEvaluations, values: values, calibration: fit, best: leader.1))
      return fit
    }
    let startValues = parameters.map { p in p.range.snap(baseline.levers.number(p.lever) ?? p.range.low) }
    let start = try evaluate(startValues)
    var stopped = false
    do {
      var x = startValues
      var current = start
      var step = firstStep
      search: while step >= lastStep {
        var moved = false
        // One lever at a time, then (when none helps) two levers together along the diagonals,
        // which follows a valley where two references pull the levers against each other.
        for move in moves(parameters.count) {
          guard evaluations < maxEvaluations else { break search }
          if moved && move.count > 1 { break }
          var candidate = x
          for (i, direction) in move {
            let range = parameters[i].range
            candidate[i] = range.snap(x[i] + direction * step * (range.high - range.low))
          }
          if candidate == x || seen[candidate] != nil { continue }
          let fit = try evaluate(candidate)
          if fit.isBetter(than: current) {
            x = candidate
            current = fit
            moved = true
          }
        }
        if !moved { step /= 2 }
      }
    } catch {
      guard error == .cancelled else { throw error }
      stopped = true
    }
    let found = best ?? (startValues, start)
    return Outcome(
      parameters: parameters, startValues: startValues, start: start, values: found.values,
      best: found.fit, evaluations: evaluations, stopped: stopped)
  }

  /// The moves tried at each step: each lever up, then down; then each pair of levers along
  /// the four diagonals. A move is a list of (lever index, direction).
  static func moves(_ count: Int) -> [[(Int, Double)]] {
    var moves = [[(Int, Double)]]()
    for i in 0..<count {
      moves.append([(i, 1)])
      moves.append([(i, -1)])
    }
    for i in 0..<count {
      for j in (i + 1)..<count where j < count {
        for (a, b) in [(1.0, 1.0), (1, -1), (-1, 1), (-1, -1)] { moves.append([(i, a), (j, b)]) }
      }
    }
    return moves
  }

  /// The baseline with the levers set to `values` (as `set` lines, so the scenario file
  /// reads like one a person wrote).
  static func candidate(
    _ baseline: Scenario, _ parameters: [Parameter], _ values: [Double], _ dataset: Dataset
  ) throws(SimulationError) -> Scenario {
    var scenario = Scenario(name: "calibrated", from: baseline)
    for (p, x) in zip(parameters, values) {
      do {
        try scenario.set(LeverAssignment(lever: p.lever, value: p.range.text(x)), dataset: dataset)
      } catch {
        throw .calibratedValue(lever: p.lever.name, value: p.range.text(x), reason: error.message)
      }
    }
    return scenario
  }
}
