import Foundation
import Testing

@testable import AnvisKit

/// Loading with the large tables read in chunks on all cores gives what one reader gives: the
/// same entities, and the same problems at the same `file:line:column`, in file order.
@Suite("Chunked load")
struct ChunkedLoadTests {
  /// The problems a load reports, as text, or the units and cases it read.
  static func outcome(_ folder: String, chunkSize: Int?) -> Result<([AnvisKit.Unit], [Case]), StoreError> {
    do {
      let dataset =
        if let chunkSize { try DatasetReader.load(from: folder, chunkSize: chunkSize) } else {
          try DatasetReader.load(from: folder)
        }
      return .success((dataset.units, dataset.cases))
    } catch {
      return .failure(error)
    }
  }

  static func same(_ a: Result<([AnvisKit.Unit], [Case]), StoreError>, _ b: Result<([AnvisKit.Unit], [Case]), StoreError>) -> Bool {
    switch (a, b) {
    case (.success(let x), .success(let y)): x.0 == y.0 && x.1 == y.1
    case (.failure(let x), .failure(let y)): x.problems == y.problems
    default: false
    }
  }

  @Test(arguments: try BrokenCorpusTests.cases())
  func brokenFilesReportTheSameInChunks(name: String) throws {
    let folder = try TestFixtures.path("broken/" + name)
    let whole = Self.outcome(folder, chunkSize: nil)
    for size in [1, 7, 40, 200] {
      #expect(Self.same(Self.outcome(folder, chunkSize: size), whole), "\(name), chunks of \(size) bytes")
    }
  }

  @Test(arguments: ["tiny", "danish"])
  func fixturesReadTheSameInChunks(name: String) throws {
    let folder = try TestFixtures.path(name)
    let whole = Self.outcome(folder, chunkSize: nil)
    guard case .success(let (units, _)) = whole else {
      Issue.record("\(name) does not load")
      return
    }
    #expect(!units.isEmpty)
    for size in [1, 3, 64] {
      #expect(Self.same(Self.outcome(folder, chunkSize: size), whole), "\(name), chunks of \(size) bytes")
    }
  }

  @Test func problemsInLaterChunksKeepTheirLines() throws {
    let data = try ScratchDataset()
    let lines = try data.read("units.csv").split(separator: "\n").map(String.init)
    var broken = lines
    // Line 15 gets a bad rent, line 18 a quoted id holding a newline (two lines), line 20 a
    // duplicate of the id on line 3.
    broken[14] = broken[14].replacingOccurrences(of: ",false,", with: ",maybe,")
    let fields17 = broken[17].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    broken[17] = (["\"x\ny\""] + fields17.dropFirst()).joined(separator: ",")
    let firstID = lines[2].split(separator: ",")[0]
    broken[19] = String(firstID) + String(broken[19].drop { $0 != "," })
    try data.write("units.csv", broken.joined(separator: "\n") + "\n")
    let whole = Self.outcome(data.directory, chunkSize: nil)
    guard case .failure(let failure) = whole else {
      Issue.record("the broken file loaded")
      return
    }
    let units = failure.problems.filter { $0.file.hasSuffix("units.csv") }.map(\.line)
    #expect(units.contains(15))
    #expect(units.contains(21), "the duplicate id moved down a line by the quoted newline")
    for size in [1, 10, 100, 300] {
      #expect(Self.same(Self.outcome(data.directory, chunkSize: size), whole), "chunks of \(size) bytes")
    }
  }
}
