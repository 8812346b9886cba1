import Foundation
import TestSupport
import Testing

@testable import AnvisKit

/// `maximumScore` against SciPy's `linear_sum_assignment` on integer scores with many ties and
/// forbidden pairs, square and both rectangular shapes. SciPy solves the same cost matrix
/// (`AssignmentSolver.costMatrix`). Where the optimum is unique the two assignments are equal;
/// under ties SciPy may return another optimum, so the test checks that it has the same count
/// and total and that its canonical form (`AssignmentSolver+TieBreak`, under the duals of
/// anvis's solution) is anvis's assignment, exactly. Needs python3 with numpy and scipy.
@Suite struct AssignmentSolverSciPyTests {
  static let scipyAvailable: Bool = RequiredTool.pythonImports("numpy, scipy.optimize")

  /// Reads instances (JSON lines of rows, columns, costs) from the file named, writes SciPy's column of
  /// each row (-1: none) as one JSON line each.
  static let script = """
    import json, sys
    import numpy as np
    from scipy.optimize import linear_sum_assignment
    for line in open(sys.argv[1]):
        case = json.loads(line)
        rows, cols = case["rows"], case["columns"]
        cost = np.array(case["costs"], dtype=np.float64).reshape(rows, cols)
        r, c = linear_sum_assignment(cost)
        out = [-1] * rows
        for i, j in zip(r.tolist(), c.tolist()):
            out[i] = j
        print(json.dumps(out))
    """

  struct Instance {
    var rows: Int
    var columns: Int
    var scores: [Double]
    var allowed: [Bool]
    var costs: [Double]
    /// Real-valued scores: the optimum is unique (with probability 1), so SciPy's is anvis's.
    var unique = false
  }

  /// Integer scores 0…`top` (small tops give many ties), a share of pairs forbidden.
  static func instances() -> [Instance] {
    var rng = SeededRandom(seed: 2026)
    var out = [Instance]()
    let shapes = [(8, 8), (30, 30), (120, 120), (12, 40), (60, 150), (40, 12), (150, 60)]
    for (rows, columns) in shapes {
      for top in [1, 3, 20, 100] {
        for forbiddenShare in [0.0, 0.3, 0.8] {
          let count = rows * columns
          let scores = (0..<count).map { _ in Double(rng.int(in: 0...top)) }
          let allowed = (0..<count).map { _ in !rng.chance(forbiddenShare) }
          let costs = AssignmentSolver.costMatrix(
            scores, allowed: allowed, count: count, shorter: min(rows, columns))
          out.append(Instance(rows: rows, columns: columns, scores: scores, allowed: allowed, costs: costs))
        }
      }
    }
    for (rows, columns) in [(50, 50), (20, 70), (70, 20)] {
      let count = rows * columns
      let scores = (0..<count).map { _ in rng.unit() * 100 }
      let allowed = (0..<count).map { _ in !rng.chance(0.3) }
      let costs = AssignmentSolver.costMatrix(scores, allowed: allowed, count: count, shorter: min(rows, columns))
      out.append(
        Instance(rows: rows, columns: columns, scores: scores, allowed: allowed, costs: costs, unique: true))
    }
    return out
  }

  static func scipy(_ instances: [Instance]) throws -> [[Int]] {
    let input = try instances.map { i in
      let object: [String: Any] = ["rows": i.rows, "columns": i.columns, "costs": i.costs]
      return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }
    .joined(separator: "\n")
    let folder = try ScratchFolder("assignment")
    defer { folder.remove() }
    try (input + "\n").write(toFile: folder.file("instances.jsonl"), atomically: true, encoding: .utf8)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script, folder.file("instances.jsonl")]
    let stdout = Pipe()
    p.standardOutput = stdout
    try p.run()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
      try JSONDecoder().decode([Int].self, from: Data($0.utf8))
    }
  }

  @Test(.enabled(if: RequiredTool.runs(scipyAvailable), "python3 with scipy is needed (pip install scipy)"))
  func equalsSciPyUpToTheCanonicalTieBreak() throws {
    try #require(Self.scipyAvailable, "python3 with scipy is needed (pip install scipy)")
    let instances = Self.instances()
    let theirs = try Self.scipy(instances)
    try #require(theirs.count == instances.count)
    var identical = 0
    for (i, scipy) in zip(instances, theirs) {
      let label = "\(i.rows)×\(i.columns)"
      let ours = AssignmentSolver.maximumScore(i.scores, allowed: i.allowed, rows: i.rows, columns: i.columns)
      // SciPy's in maximumScore's terms: a forbidden pair is no placement.
      let scipyPlaced = scipy.enumerated().map { r, c in c >= 0 && i.allowed[r * i.columns + c] ? c : -1 }
      func total(_ a: [Int]) -> (Int, Double) {
        a.enumerated().filter { $0.element >= 0 }.reduce((0, 0)) { ($0.0 + 1, $0.1 + i.scores[$1.offset * i.columns + $1.element]) }
      }
      #expect(total(ours) == total(scipyPlaced), "\(label)")
      let canonicalScipy = AssignmentSolver.canonicalForm(
        ofMaximumScore: scipy, scores: i.scores, allowed: i.allowed, rows: i.rows, columns: i.columns)
      #expect(ours == canonicalScipy, "\(label)")
      if i.unique { #expect(ours == scipyPlaced, "\(label) real-valued") }
      if ours == scipyPlaced { identical += 1 }
    }
    // Under ties SciPy's optimum is often not the canonical one: the comparison above is not
    // an identity in disguise.
    #expect(identical < instances.count)
  }
}
