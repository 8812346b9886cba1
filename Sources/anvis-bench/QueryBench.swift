// Query timings for bench/run: the load time and, per query, every repeat's time in
// milliseconds (after one warm-up run) and the result's row count, as one JSON object.
//
//   anvis-bench DIR REPEATS QUERY...
//   anvis-bench --generate PRESET SEED DIR   (the generator, for when `anvis generate` is absent)
import AnvisKit
import Foundation

func milliseconds(_ d: Duration) -> Double {
  Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
}

func queryBench(_ arguments: [String]) {
  if arguments.count == 5, arguments[1] == "--generate", let preset = Preset(rawValue: arguments[2]),
    let seed = UInt64(arguments[3])
  {
    do {
      try Generator.write(preset: preset, seed: seed, to: arguments[4])
      exit(0)
    } catch {
      FileHandle.standardError.write(Data("anvis-bench: \(error)\n".utf8))
      exit(1)
    }
  }
  guard arguments.count >= 4, let repeats = Int(arguments[2]), repeats > 0 else {
    FileHandle.standardError.write(Data("usage: anvis-bench DIR REPEATS QUERY...\n".utf8))
    exit(2)
  }
  let clock = ContinuousClock()
  let loadStart = clock.now
  let dataset: Dataset
  do {
    dataset = try DatasetReader.load(from: arguments[1])
  } catch {
    FileHandle.standardError.write(Data("anvis-bench: cannot load \(arguments[1]): \(error)\n".utf8))
    exit(1)
  }
  let loadKind = "csv"
  let loadTime = milliseconds(clock.now - loadStart)
  let catalog = TableCatalog(dataset: dataset)

  var results: [[String: Any]] = []
  for query in arguments[3...] {
    do {
      let rows = try QueryEngine.run(query, catalog: catalog).table.rowCount
      var times: [Double] = []
      for _ in 0..<repeats {
        let start = clock.now
        _ = try QueryEngine.run(query, catalog: catalog)
        times.append(milliseconds(clock.now - start))
      }
      results.append(["query": query, "rows": rows, "ms": times])
    } catch {
      FileHandle.standardError.write(Data((error.rendered(source: query) + "\n").utf8))
      exit(1)
    }
  }
  let payload: [String: Any] = [
    "load_ms": loadTime, "load_kind": loadKind, "units": dataset.units.count, "queries": results,
  ]
  let data = (try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys])) ?? Data()
  FileHandle.standardOutput.write(data)
  FileHandle.standardOutput.write(Data("\n".utf8))
}
