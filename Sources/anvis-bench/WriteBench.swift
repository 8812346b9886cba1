// Writing a result, for bench/write-time.py and bench/xlsx-time.py: the load, then per repeat
// one query answered by a shell in MODE and its output written to FILE in pieces, as the anvis
// executable writes standard output; MODE `xlsx`: `.once FILE` (a workbook), then the query.
// Prints one JSON object: load_ms, rows, bytes, ms (every repeat).
//
//   anvis-bench write DIR MODE REPEATS QUERY FILE
import AnvisKit
import Foundation

/// A file as a `TextSink`: each piece written with write(2).
struct FileSink: TextSink {
  let descriptor: Int32
  var bytes = 0

  mutating func write(_ piece: [UInt8]) {
    piece.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if n <= 0 { Bench.fail("anvis-bench: cannot write: errno \(errno)") }
        offset += n
      }
    }
    bytes += piece.count
  }
}

extension Bench {
  static func write(_ args: [String]) {
    let workbook = args.count == 5 && args[1] == "xlsx"
    guard args.count == 5, let mode = workbook ? .csv : OutputMode(rawValue: args[1]), let repeats = Int(args[2]),
      repeats > 0
    else {
      fail("usage: anvis-bench write DIR MODE REPEATS QUERY FILE")
    }
    var dataset: Dataset?
    let load = seconds { dataset = try? DatasetReader.load(from: args[0]) }
    guard let dataset else { fail("anvis-bench: cannot load \(args[0])") }
    var settings = Settings(mode: mode)
    settings.maxRows = Int.max
    let shell = Shell(dataset: dataset, dataDirectory: args[0], settings: settings)
    var times: [Double] = []
    var bytes = 0
    var rows = 0
    for _ in 0...repeats where workbook {
      let t = seconds {
        let armed = shell.respond(to: ".once \(args[4])")
        if armed.failed { fail(armed.stderr) }
        let response = shell.respond(to: args[3])
        if response.failed { fail(response.stderr) }
      }
      times.append(t * 1000)
      bytes = (try? FileManager.default.attributesOfItem(atPath: args[4])[.size] as? Int) ?? 0
    }
    for _ in 0...repeats where !workbook {
      let descriptor = open(args[4], O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      guard descriptor >= 0 else { fail("anvis-bench: cannot open \(args[4])") }
      var sink = FileSink(descriptor: descriptor)
      let t = seconds {
        let response = shell.respond(to: args[3])
        if response.failed { fail(response.stderr) }
        response.output.write(to: &sink)
      }
      close(descriptor)
      times.append(t * 1000)
      bytes = sink.bytes
    }
    times.removeFirst()  // the warm-up
    if let table = try? QueryEngine.run(args[3], catalog: shell.catalog).table { rows = table.rowCount }
    let payload: [String: Any] = ["load_ms": load * 1000, "rows": rows, "bytes": bytes, "ms": times]
    guard let data = try? JSONSerialization.data(withJSONObject: payload) else { fail("anvis-bench: json") }
    FileHandle.standardOutput.write(data + Data("\n".utf8))
  }
}
