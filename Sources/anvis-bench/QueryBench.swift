// Query timings for bench/run: the load time and, per query, every repeat's time in
// milliseconds (after one warm-up run) and the result's row count, as one JSON object.
//
//   anvis-bench DIR REPEATS QUERY...
//   anvis-bench DIR --serve                  one JSON line per request line (see `serve`)
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
  if arguments.count == 3, arguments[2] == "--serve" {
    serve(arguments[1])
    return
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
      FileHandle.standardError.write(Data((ErrorRenderer.caret(error, source: query) + "\n").utf8))
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

/// Loads the data set once, prints `{"load_ms": …, "units": …}`, then for each line on stdin
/// (`{"query": "…", "repeats": N}`) runs the query N times and prints `{"rows": …, "ms": […]}`
/// (or `{"error": "…"}`), one line each. bench/compare.py alternates these requests with
/// DuckDB's runs, so that both sides are timed under the same load.
func serve(_ folder: String) {
  let clock = ContinuousClock()
  let loadStart = clock.now
  let dataset: Dataset
  do {
    dataset = try DatasetReader.load(from: folder)
  } catch {
    FileHandle.standardError.write(Data("anvis-bench: cannot load \(folder): \(error)\n".utf8))
    exit(1)
  }
  let catalog = TableCatalog(dataset: dataset)
  func reply(_ payload: [String: Any]) {
    let data = (try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys])) ?? Data()
    FileHandle.standardOutput.write(data + Data("\n".utf8))
  }
  reply(["load_ms": milliseconds(clock.now - loadStart), "units": dataset.units.count])
  while let line = readLine() {
    guard let request = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
      let query = request["query"] as? String
    else {
      reply(["error": "not a request: \(line)"])
      continue
    }
    let repeats = max(1, request["repeats"] as? Int ?? 1)
    do {
      var rows = 0
      var times: [Double] = []
      for _ in 0..<repeats {
        let start = clock.now
        rows = try QueryEngine.run(query, catalog: catalog).table.rowCount
        times.append(milliseconds(clock.now - start))
      }
      reply(["rows": rows, "ms": times])
    } catch {
      reply(["error": ErrorRenderer.caret(error, source: query)])
    }
  }
}
