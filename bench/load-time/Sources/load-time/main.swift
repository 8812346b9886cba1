#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import AnvisKit

// Loads a data set RUNS times (default 5) and prints each wall-clock and CPU time and their
// medians. On a shared machine the CPU time is the steadier number.
// `load-time --generate PRESET DIR` first writes the generator's preset into DIR.
var arguments = CommandLine.arguments
if arguments.count >= 4, arguments[1] == "--generate", let preset = Preset(rawValue: arguments[2]) {
  do {
    try Generator.write(preset: preset, to: arguments[3])
  } catch {
    print("cannot write \(arguments[3]): \(error)")
    exit(1)
  }
  arguments.removeSubrange(1...2)
}
guard arguments.count >= 2 else {
  print("usage: load-time [--generate aalborg|national] DIR [RUNS]")
  exit(2)
}
let directory = arguments[1]
let runs = arguments.count > 2 ? max(1, Int(arguments[2]) ?? 5) : 5
let clock = ContinuousClock()
var seconds: [Double] = []
var cpuSeconds: [Double] = []
for run in 1...runs {
  let start = clock.now
  let cpuStart = cpuTime()
  do {
    let dataset = try DatasetReader.load(from: directory)
    let elapsed = clock.now - start
    let s = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    seconds.append(s)
    cpuSeconds.append(cpuTime() - cpuStart)
    print(
      "run \(run): \(dataset.units.count) units, \(dataset.cases.count) cases in \(ms(s)) ms"
        + " (CPU \(ms(cpuSeconds[cpuSeconds.count - 1])) ms)")
  } catch {
    print(error.description)
    exit(1)
  }
}
seconds.sort()
cpuSeconds.sort()
print(
  "median of \(runs): \(ms(seconds[seconds.count / 2])) ms (CPU \(ms(cpuSeconds[cpuSeconds.count / 2])) ms)")

/// CPU time this process has used, in seconds.
func cpuTime() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

func ms(_ s: Double) -> String { String(Int((s * 1000).rounded())) }
