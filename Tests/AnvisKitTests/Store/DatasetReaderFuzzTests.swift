import Foundation
import Testing

@testable import AnvisKit

/// Seeded mutations of the tiny data set's files (truncation, quotes, byte-order marks, NULs,
/// huge numbers, separators, stray bytes): every load must either succeed or report problems
/// whose `file:line:column` lies inside the file it names, and never crash or hang.
/// `FUZZ_SEED` and `FUZZ_N` run other or more inputs by hand (CI uses the defaults).
@Suite struct DatasetReaderFuzzTests {
  static let files = ["anvis.toml", "areas.csv", "organisations.csv", "departments.csv", "units.csv", "cases.csv", "teams.csv"]

  static let insertions: [[UInt8]] = [
    [0x22], [0x22, 0x22], [0xEF, 0xBB, 0xBF], [0x00], [0xFF], [0xC3], [0x0D], [0x0A], [0x0D, 0x0A], [0x2C], [0x3B],
    Array("9223372036854775807".utf8), Array("99999999999999999999999".utf8), Array("1e400".utf8),
    Array("-1".utf8), Array("010190-1234".utf8), Array("[extra]\n".utf8), Array("a.b.c = 1\n".utf8),
    Array("\"\n\"".utf8), Array("2026-02-30".utf8), Array("ja".utf8), Array("=".utf8), Array("[".utf8),
  ]

  @Test func mutatedDataSetsLoadOrReportValidPositions() throws {
    let seed = UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "8") ?? 8
    let count = Int(ProcessInfo.processInfo.environment["FUZZ_N"] ?? "400") ?? 400
    var rng = SeededRandom(seed: seed)
    let s = try ScratchDataset()
    var originals: [String: [UInt8]] = [:]
    for file in Self.files { originals[file] = try ScratchDataset.bytes(of: s.path(file)) }
    var loaded = 0
    var refused = 0
    for _ in 0..<count {
      let file = Self.files[rng.int(in: 0...(Self.files.count - 1))]
      let original = originals[file] ?? []
      let bytes = Self.mutate(original, &rng)
      try s.write(file, bytes: bytes)
      if let trace = ProcessInfo.processInfo.environment["FUZZ_TRACE"] {
        // The input about to be read, for finding one that crashes the process.
        try Data(bytes).write(to: URL(fileURLWithPath: trace + "." + file))
      }
      do {
        _ = try DatasetReader.load(from: s.directory)
        loaded += 1
      } catch {
        refused += 1
        #expect(!error.problems.isEmpty)
        for problem in error.problems {
          let name = String(problem.file.dropFirst(s.directory.count + 1))
          let text = name == file ? bytes : originals[name] ?? []
          #expect(Self.isInside(problem, text, crIsLineEnd: name.hasSuffix(".csv")), "\(problem) after mutating \(file): \(Self.show(bytes))")
          #expect(!problem.message.isEmpty)
        }
      }
      try s.write(file, bytes: original)
    }
    #expect(loaded + refused == count)
    #expect(refused > count / 2)
  }

  /// The same for a YAML manifest (`anvis.yaml`, read by Yams).
  @Test func mutatedYAMLManifestsLoadOrReportValidPositions() throws {
    let seed = UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "8") ?? 8
    let count = (Int(ProcessInfo.processInfo.environment["FUZZ_N"] ?? "400") ?? 400) / 2
    var rng = SeededRandom(seed: seed, stream: 1)
    let s = try ScratchDataset()
    try s.remove("anvis.toml")
    let original = Array(ManifestReaderTests.tinyYAML.utf8)
    try s.write("anvis.yaml", bytes: original)
    #expect(throws: Never.self) { try DatasetReader.load(from: s.directory) }
    var refused = 0
    for _ in 0..<count {
      let bytes = Self.mutate(original, &rng)
      try s.write("anvis.yaml", bytes: bytes)
      if let trace = ProcessInfo.processInfo.environment["FUZZ_TRACE"] {
        try Data(bytes).write(to: URL(fileURLWithPath: trace + ".anvis.yaml"))
      }
      do {
        _ = try DatasetReader.load(from: s.directory)
      } catch {
        refused += 1
        for problem in error.problems {
          // A mutated as_of can make the CSV files' dates wrong: those are checked on their bytes.
          let isManifest = problem.file.hasSuffix("/anvis.yaml")
          let text = isManifest ? bytes : try ScratchDataset.bytes(of: problem.file)
          #expect(Self.isInside(problem, text, crIsLineEnd: true), "\(problem): \(Self.show(bytes))")
        }
      }
    }
    #expect(refused > count / 2)
  }

  /// The committed inputs that found bugs (`Fixtures/fuzz-corpus/FILE/*`), each in place of FILE.
  @Test func corpusInputsLoadOrReportValidPositions() throws {
    let root = try TestFixtures.path("fuzz-corpus")
    var tried = 0
    for file in Self.files {
      let folder = root + "/" + file
      guard POSIX.isFolder(folder) == true else { continue }
      for input in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
        let s = try ScratchDataset()
        let bytes = try ScratchDataset.bytes(of: folder + "/" + input)
        try s.write(file, bytes: bytes)
        tried += 1
        do {
          _ = try DatasetReader.load(from: s.directory)
          Issue.record("\(file)/\(input) loaded; a corpus input is broken on purpose")
        } catch {
          for problem in error.problems {
            let name = String(problem.file.dropFirst(s.directory.count + 1))
            let text = name == file ? bytes : try ScratchDataset.bytes(of: s.path(name))
            #expect(Self.isInside(problem, text, crIsLineEnd: name.hasSuffix(".csv")), "\(file)/\(input): \(problem)")
          }
        }
      }
    }
    #expect(tried >= 8)
  }

  /// Whether the problem's line exists in `bytes` and its column lies on that line (or just
  /// past its end, for "expected more" problems). CSV lines end at LF, CR or CRLF, as the
  /// reader reads them; TOML lines at LF only (a lone CR is not a line end in TOML).
  static func isInside(_ problem: FileProblem, _ bytes: [UInt8], crIsLineEnd: Bool) -> Bool {
    var lines: [Int] = [0]  // characters per line
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x0A || (b == 0x0D && crIsLineEnd) {
        if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
        lines.append(0)
      } else if b & 0xC0 != 0x80 {
        lines[lines.count - 1] += 1
      }
      i += 1
    }
    guard problem.line >= 1, problem.line <= lines.count else { return false }
    return problem.column >= 1 && problem.column <= lines[problem.line - 1] + 1
  }

  static func mutate(_ original: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
    var bytes = original
    for _ in 0..<rng.int(in: 1...3) {
      let at = bytes.isEmpty ? 0 : rng.int(in: 0...bytes.count)
      switch rng.int(in: 0...5) {
      case 0: bytes.removeSubrange(at..<bytes.count)  // truncation
      case 1: bytes.insert(contentsOf: insertions[rng.int(in: 0...(insertions.count - 1))], at: at)
      case 2 where !bytes.isEmpty: bytes.removeSubrange(at..<min(bytes.count, at + rng.int(in: 1...8)))
      case 3:
        // Every separator of one kind becomes another.
        let from = [UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "=")][rng.int(in: 0...2)]
        let to = [UInt8(ascii: ";"), UInt8(ascii: "\r"), UInt8(ascii: "\t")][rng.int(in: 0...2)]
        bytes = bytes.map { $0 == from ? to : $0 }
      case 4 where !bytes.isEmpty:
        bytes[min(at, bytes.count - 1)] = UInt8(truncatingIfNeeded: rng.next())
      default: bytes.insert(contentsOf: insertions[rng.int(in: 0...(insertions.count - 1))], at: 0)
      }
    }
    return bytes
  }

  static func show(_ bytes: [UInt8]) -> String {
    String(decoding: bytes.prefix(400), as: UTF8.self).debugDescription
  }
}
