import AnvisKit
import Testing

/// The reader and the writer agree: what one writes the other reads back to the same values,
/// and reading then writing `examples/aalborg` (the generator's output) gives the same bytes.
@Suite("Store round trip")
struct StoreRoundTripTests {
  /// The repository's root, from this file's path.
  static let root: String = {
    var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4)  // Tests/AnvisKitTests/Store/StoreRoundTripTests.swift
    return parts.joined(separator: "/")
  }()

  static func expectSameData(_ a: Dataset, _ b: Dataset) {
    #expect(a.manifest == b.manifest)
    #expect(a.areas == b.areas)
    #expect(a.organisations == b.organisations)
    #expect(a.departments == b.departments)
    #expect(a.units == b.units)
    #expect(a.cases == b.cases)
    #expect(a.teams == b.teams)
  }

  @Test func exampleAalborgReadsAndWritesBackToTheSameBytes() throws {
    let folder = Self.root + "/examples/aalborg"
    let dataset = try DatasetReader.load(from: folder)
    #expect(dataset.units.count > 30_000)
    let comment = Generator.comment(preset: .aalborg, seed: Generator.defaultSeed)
    for (name, bytes) in DatasetWriter.files(dataset, comment: comment) {
      let onDisk = try ScratchDataset.bytes(of: folder + "/" + name)
      #expect(onDisk == bytes, "\(name) differs after a read and a write")
    }
  }

  @Test func writtenTinyReadsBackTheSame() throws {
    let tiny = try DatasetReader.load(from: TestFixtures.path("tiny"))
    let s = try ScratchDataset()
    try DatasetWriter.write(tiny, to: s.directory)
    Self.expectSameData(try DatasetReader.load(from: s.directory), tiny)
  }
}
