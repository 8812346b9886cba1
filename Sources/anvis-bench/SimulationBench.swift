// Assignment and simulation timings for bench/assignment.py and bench/simulate.
import AnvisKit
import Foundation

enum Bench {
  static func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
  }

  /// `assign FILE ROWS COLUMNS [REPEAT [ALLOWED [PEER.json...]]] [--costs=COSTS]`: best-fit
  /// (maximum score) on a row-major float64 file, with allowed pairs from a file of 0/1 bytes
  /// (default: all). Prints the best time, the total, the assignment and, for each peer's
  /// assignment of the same cost matrix (a JSON list of columns), its canonical form under
  /// anvis's tie-break.
  ///
  /// With `--costs=COSTS` (the float64 cost matrix the peers are given, as `maximumScore` builds
  /// it), `seconds` is the solver alone on that matrix, like the peers' clock, and
  /// `seconds_from_scores` is `maximumScore` from the scores (building the matrix included);
  /// the two must give the same assignment.
  static func assign(_ arguments: [String]) {
    let costFile = arguments.first { $0.hasPrefix("--costs=") }.map { String($0.dropFirst("--costs=".count)) }
    let args = arguments.filter { !$0.hasPrefix("--costs=") }
    guard args.count >= 3, let rows = Int(args[1]), let columns = Int(args[2]) else {
      fail("usage: anvis-bench assign FILE ROWS COLUMNS [REPEAT [ALLOWED [PEER.json...]]] [--costs=FILE]")
    }
    let repeats = args.count > 3 ? Int(args[3]) ?? 3 : 3
    let count = rows * columns
    func doubles(_ path: String) -> [Double] {
      guard let data = FileManager.default.contents(atPath: path), data.count == count * 8 else {
        fail("cannot read \(rows)×\(columns) float64 values from \(path)")
      }
      return data.withUnsafeBytes { raw in
        (0..<count).map {
          Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)))
        }
      }
    }
    let scores = doubles(args[0])
    var allowed = [Bool](repeating: true, count: count)
    if args.count > 4 {
      guard let bytes = FileManager.default.contents(atPath: args[4]), bytes.count == count else {
        fail("cannot read \(rows)×\(columns) bytes from \(args[4])")
      }
      allowed = bytes.map { $0 != 0 }
    }
    var times = [Double]()
    var assignment = [Int]()
    for _ in 0..<repeats {
      times.append(
        seconds {
          assignment = AssignmentSolver.maximumScore(scores, allowed: allowed, rows: rows, columns: columns)
        })
    }
    var fromScores = ""
    if let costFile {
      let costs = doubles(costFile)
      var solverTimes = [Double]()
      var solved = [Int]()
      for _ in 0..<repeats {
        solverTimes.append(seconds { solved = AssignmentSolver.minimumCost(costs, rows: rows, columns: columns) })
      }
      for r in 0..<rows where solved[r] >= 0 && !allowed[r * columns + solved[r]] { solved[r] = -1 }
      guard solved == assignment else { fail("the solver on \(costFile) and maximumScore disagree") }
      fromScores = "\"seconds_from_scores\": \(times.min() ?? 0), "
      times = solverTimes
    }
    var total = 0.0
    for (r, c) in assignment.enumerated() where c >= 0 { total += scores[r * columns + c] }
    var canonical = [[Int]]()
    for path in args.dropFirst(5) {
      guard let text = FileManager.default.contents(atPath: path),
        let theirs = try? JSONDecoder().decode([Int].self, from: text)
      else { fail("cannot read a JSON list of columns from \(path)") }
      canonical.append(
        AssignmentSolver.canonicalForm(
          ofMaximumScore: theirs, scores: scores, allowed: allowed, rows: rows, columns: columns))
    }
    func list(_ a: [Int]) -> String { "[" + a.map(String.init).joined(separator: ",") + "]" }
    print(
      "{\"seconds\": \(times.min() ?? 0), \(fromScores)\"total\": \(total), \"columns\": \(list(assignment)), "
        + "\"canonical\": [\(canonical.map(list).joined(separator: ","))]}")
  }
}

extension Bench {
  /// `simulate PRESET|DIR MONTHS RUNS [POLICY]`: a preset's data set (generated in memory with
  /// the generator's default seed, as `examples/` holds it) or a data set folder; `simulate`
  /// (seed 1) and `allocate` timings, after the data set is in memory.
  static func simulate(_ args: [String]) throws {
    guard let source = args.first else {
      fail("usage: anvis-bench simulate aalborg|national|DIR [MONTHS] [RUNS] [POLICY]")
    }
    let months = args.count > 1 ? Int(args[1]) ?? 12 : 12
    let runs = args.count > 2 ? Int(args[2]) ?? 100 : 100
    let policy = args.count > 3 ? args[3] : "fcfs"
    let dataset: Dataset
    if let preset = Preset(rawValue: source) {
      dataset = try Generator.generate(preset: preset)
    } else {
      do { dataset = try DatasetReader.load(from: source) } catch { fail("cannot load \(source): \(error)") }
    }
    var scenario = Scenario(dataset: dataset)
    try scenario.set(line: "set policy = " + policy, dataset: dataset)
    // Further levers: `--set "youth.claim = true"`.
    for (i, arg) in args.enumerated() where arg == "--set" && i + 1 < args.count {
      try scenario.set(line: "set " + args[i + 1], dataset: dataset)
    }
    var result: SimulationResult?
    let simulate = try seconds {
      result = try Simulator.run(dataset: dataset, scenario: scenario, months: months, runs: runs, seed: 1)
    }
    var allocation: Allocation?
    let allocate = seconds { allocation = Allocator.allocate(dataset: dataset, scenario: scenario) }
    let housed = result?.metric(.housed)?.mean ?? 0
    print(
      "\(source): \(dataset.units.count) units, \(dataset.cases.count) cases, policy \(policy)\n"
        + "  simulate months \(months) runs \(runs): \(String(format: "%.3f", simulate)) s (housed \(housed) a run)\n"
        + "  allocate: \(String(format: "%.4f", allocate)) s (\(allocation?.summary.placed ?? 0) placed)")
    if args.contains("--summary"), let result {
      print(([SimulationReport.summary(result).text] + SimulationReport.charts(result).map(ChartText.render)).joined(separator: "\n"))
    }
  }
}

