#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import AnvisKit

// Loads a data set RUNS times (default 5) and prints each time and the median.
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
  print("usage: load-time DIR [RUNS]")
  exit(2)
}
let directory = arguments[1]
let runs = arguments.count > 2 ? max(1, Int(arguments[2]) ?? 5) : 5
let clock = ContinuousClock()
var seconds: [Double] = []
for run in 1...runs {
  let start = clock.now
  do {
    let dataset = try DatasetReader.load(from: directory)
    let elapsed = clock.now - start
    let s = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    seconds.append(s)
    print("run \(run): \(dataset.units.count) units, \(dataset.cases.count) cases in \(ms(s)) ms")
  } catch {
    print(error.description)
    exit(1)
  }
}
seconds.sort()
print("median of \(runs): \(ms(seconds[seconds.count / 2])) ms")

func ms(_ s: Double) -> String { String(Int((s * 1000).rounded())) }
