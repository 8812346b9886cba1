// anvis-bench: timings for the benchmark scripts in bench/. The library never reads the clock;
// this executable does, and only here.
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

  /// `assign FILE ROWS COLUMNS [REPEAT]`: best-fit (maximum score) on a row-major float64 file.
  static func assign(_ args: [String]) {
    guard args.count >= 3, let rows = Int(args[1]), let columns = Int(args[2]) else {
      fail("usage: anvis-bench assign FILE ROWS COLUMNS [REPEAT]")
    }
    let repeats = args.count > 3 ? Int(args[3]) ?? 3 : 3
    guard let data = FileManager.default.contents(atPath: args[0]), data.count == rows * columns * 8 else {
      fail("cannot read \(rows)×\(columns) float64 values from \(args[0])")
    }
    let scores: [Double] = data.withUnsafeBytes { raw in
      (0..<(rows * columns)).map { Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self))) }
    }
    let allowed = [Bool](repeating: true, count: rows * columns)
    var times = [Double]()
    var total = 0.0
    for _ in 0..<repeats {
      var assignment = [Int]()
      times.append(seconds { assignment = AssignmentSolver.maximumScore(scores, allowed: allowed, rows: rows, columns: columns) })
      total = 0
      for (r, c) in assignment.enumerated() where c >= 0 { total += scores[r * columns + c] }
    }
    print("{\"seconds\": \(times.min() ?? 0), \"total\": \(total)}")
  }
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "assign": Bench.assign(Array(arguments.dropFirst()))
default: Bench.fail("usage: anvis-bench assign FILE ROWS COLUMNS [REPEAT] | simulate …")
}
