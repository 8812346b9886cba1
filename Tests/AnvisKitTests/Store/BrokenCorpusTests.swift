import Foundation
import Testing

@testable import AnvisKit

/// The committed corpus `Fixtures/broken/*`: each folder is a data set broken in one way, with
/// `expected.txt`, the exact `file:line:column: message` lines loading it must report.
@Suite("Broken-file corpus")
struct BrokenCorpusTests {
  static func cases() throws -> [String] {
    let root = try TestFixtures.path("broken")
    return try FileManager.default.contentsOfDirectory(atPath: root)
      .filter { POSIX.isFolder(root + "/" + $0) == true }.sorted()
  }

  @Test func theCorpusIsThere() throws {
    let names = try Self.cases()
    #expect(names.count >= 20)
    #expect(names.contains("unclosed-quote"))
  }

  @Test(arguments: try cases())
  func reportsExactlyWhatItExpects(name: String) throws {
    let folder = try TestFixtures.path("broken/" + name)
    let expected = try String(contentsOfFile: folder + "/expected.txt", encoding: .utf8)
      .split(separator: "\n").map(String.init)
    var reported: [String] = []
    do {
      _ = try DatasetReader.load(from: folder)
    } catch {
      reported = error.problems.map { problem in
        var text = problem.description
        if text.hasPrefix(folder + "/") { text.removeFirst(folder.count + 1) }
        return text
      }
    }
    #expect(!expected.isEmpty, "\(name)/expected.txt is empty")
    #expect(reported == expected, "\(name)")
  }
}
