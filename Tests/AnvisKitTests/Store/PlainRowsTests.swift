import Foundation
import Testing

@testable import AnvisKit

/// Reading the units file's plain rows straight from their bytes changes nothing a load gives:
/// the same entities, or the same problems at the same `file:line:column`.
@Suite("Plain rows")
struct PlainRowsTests {
  static func outcome(_ folder: String, plainRows: Bool) -> Result<[AnvisKit.Unit], StoreError> {
    do {
      return .success(try DatasetReader.load(from: folder, plainRows: plainRows).units)
    } catch {
      return .failure(error)
    }
  }

  static func same(_ a: Result<[AnvisKit.Unit], StoreError>, _ b: Result<[AnvisKit.Unit], StoreError>) -> Bool
  {
    switch (a, b) {
    case (.success(let x), .success(let y)): x == y
    case (.failure(let x), .failure(let y)): x.problems == y.problems
    default: false
    }
  }

  @Test(arguments: try BrokenCorpusTests.cases())
  func brokenFilesReportTheSame(name: String) throws {
    let folder = try TestFixtures.path("broken/" + name)
    #expect(
      Self.same(Self.outcome(folder, plainRows: true), Self.outcome(folder, plainRows: false)), "\(name)")
  }

  @Test(arguments: ["tiny", "danish"])
  func fixturesReadTheSame(name: String) throws {
    let folder = try TestFixtures.path(name)
    let plain = Self.outcome(folder, plainRows: true)
    guard case .success(let units) = plain else {
      Issue.record("\(name) does not load")
      return
    }
    #expect(!units.isEmpty)
    #expect(Self.same(plain, Self.outcome(folder, plainRows: false)))
  }

  /// Each row of a units file changed in one way a plain row cannot be (quotes, spaces, CRLF,
  /// an id out of order or repeated, an unknown department, a value out of bounds, a vacant
  /// unit without its day, an occupied one with a day, a CPR-like value).
  static let edits: [@Sendable (String) -> String] = [
    { "\"" + $0.replacingOccurrences(of: ",", with: "\",", options: [], range: $0.range(of: ",")) },
    { " " + $0 },
    { $0 + "\r" },
    { $0.replacingOccurrences(of: ",false,", with: ",maybe,") },
    { $0.replacingOccurrences(of: ",occupied,", with: ",vacant,") },
    { $0.replacingOccurrences(of: ",vacant,", with: ",occupied,") },
    { $0.replacingOccurrences(of: "u-", with: "u-9") },
    { $0.replacingOccurrences(of: "d-", with: "x-") },
    { $0.replacingOccurrences(of: ",1,", with: ",0,") },
    { $0 + "0101901234" },
    { $0.replacingOccurrences(of: ",family,", with: ",FAMILY,") },
    { $0.replacingOccurrences(of: ",false,", with: ",nej,") },
  ]

  /// The lines of a units file with edit `e` on every third row and, for even `e`, an id
  /// repeated.
  static func edited(_ lines: [String], _ e: Int) -> [String] {
    var changed = lines
    for i in stride(from: 1 + e % 3, to: changed.count, by: 3) { changed[i] = edits[e](changed[i]) }
    if e % 2 == 0, changed.count > 6 { changed[5] = changed[2] }  // a repeated id
    return changed
  }

  /// The edited rows give the same problems or units either way, also with the rows cut into
  /// chunks.
  @Test func rowsThatAreNotPlainReadTheSame() throws {
    let data = try ScratchDataset()
    let lines = try data.read("units.csv").split(separator: "\n").map(String.init)
    for e in Self.edits.indices {
      try data.write("units.csv", Self.edited(lines, e).joined(separator: "\n") + "\n")
      let plain = Self.outcome(data.directory, plainRows: true)
      #expect(Self.same(plain, Self.outcome(data.directory, plainRows: false)), "edit \(e)")
      #expect(
        ChunkedLoadTests.same(
          ChunkedLoadTests.outcome(data.directory, chunkSize: 50),
          ChunkedLoadTests.outcome(data.directory, chunkSize: nil)),
        "edit \(e) in chunks")
    }
  }

  /// A sheet's rows are read as plain records too: the fixtures in workbooks (numbers, dates and
  /// booleans as such cells) and the edited rows as a sheet of text cells give the same units
  /// or the same `book.xlsx[sheet]!cell` problems either way.
  @Test func sheetsReadTheSame() throws {
    for name in ["tiny", "danish"] {
      let books = try ScratchFolder("plain-sheets-" + name)
      try DatasetConverter.convert(try TestFixtures.path(name), to: .xlsx, out: books.file("books"))
      let plain = Self.outcome(books.file("books"), plainRows: true)
      guard case .success(let units) = plain else {
        Issue.record("\(name) in workbooks does not load")
        continue
      }
      #expect(!units.isEmpty)
      #expect(Self.same(plain, Self.outcome(books.file("books"), plainRows: false)), "\(name)")
    }
    let data = try ScratchDataset()
    let lines = try data.read("units.csv").split(separator: "\n").map(String.init)
    try FileManager.default.removeItem(atPath: data.path("units.csv"))
    for e in Self.edits.indices {
      let rows = Self.edited(lines, e).map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      }
      let width = rows[0].count
      let columns = (0..<width).map { c in
        Column(name: rows[0][c], storage: .string(rows.dropFirst().map { c < $0.count ? $0[c] : "" }))
      }
      try data.write("units.xlsx", bytes: XlsxWriter.workbook([Table(name: "units", columns: columns)]))
      let plain = Self.outcome(data.directory, plainRows: true)
      #expect(Self.same(plain, Self.outcome(data.directory, plainRows: false)), "edit \(e) in a sheet")
      if e == 0, case .failure(let error) = plain {
        #expect(error.description.contains("units.xlsx"), "\(error)")
      }
    }
  }
}
