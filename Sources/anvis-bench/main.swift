// anvis-bench: timings for the benchmark scripts in bench/. The library never reads the clock;
// this executable does, and only here.
//
//   anvis-bench assign FILE ROWS COLUMNS [REPEAT]        best-fit solver (bench/assignment.py)
//   anvis-bench simulate PRESET|DIR [MONTHS] [RUNS] [POLICY]   (bench/simulate)
//   anvis-bench write DIR MODE REPEATS QUERY FILE         writing a result (bench/write-time.py)
//   anvis-bench DIR REPEATS QUERY...                     queries (bench/run)
//   anvis-bench --generate PRESET SEED DIR
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "assign": Bench.assign(Array(arguments.dropFirst()))
case "write": Bench.write(Array(arguments.dropFirst()))
case "simulate":
  do { try Bench.simulate(Array(arguments.dropFirst())) } catch { Bench.fail("anvis-bench: \(error)") }
default: queryBench(CommandLine.arguments)
}
