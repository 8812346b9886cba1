import Foundation
import TestSupport
import Testing

/// `anvis generate` through the binary.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct GenerateTests {
  @Test func generatesTheCommittedExampleByteForByte() throws {
    let folder = try TemporaryFolder()
    let out = folder.path + "/aalborg"
    let r = try AnvisBinary.run(["generate", "--preset", "aalborg", "--seed", "1", "--out", out])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "wrote the aalborg data set (seed 1) to \(out)\n")
    let example = AnvisBinary.packageRoot + "/examples/aalborg"
    let names = try FileManager.default.contentsOfDirectory(atPath: example).sorted()
    #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == names)
    for name in names {
      let made = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
      let committed = try Data(contentsOf: URL(fileURLWithPath: example + "/" + name))
      #expect(made == committed, "\(name) differs")
    }
  }

  @Test func aFolderThatIsNotEmptyNeedsForce() throws {
    let folder = try TemporaryFolder()
    let out = folder.path + "/mine"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    try Data("my own notes\n".utf8).write(to: URL(fileURLWithPath: out + "/units.csv"))
    let refused = try AnvisBinary.run(["generate", "--out", out])
    #expect(refused.status == 1)
    #expect(refused.stderr == "anvis: '\(out)' is not empty; use --force to write the data set over what it holds\n")
    #expect(try String(contentsOfFile: out + "/units.csv", encoding: .utf8) == "my own notes\n")
    let forced = try AnvisBinary.run(["generate", "--out", out, "--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(try String(contentsOfFile: out + "/units.csv", encoding: .utf8).hasPrefix("id,department,"))
  }

  @Test func anUnwritableFolderIsExplained() throws {
    let r = try AnvisBinary.run(["generate", "--out", "/proc/anvis-cannot-write-here/x"])
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("anvis: cannot write the data set to '/proc/anvis-cannot-write-here/x': "))
  }
}

/// The committed example script runs on the committed example data set.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct ExampleTests {
  @Test func theTourRunsOnTheExampleDataSet() throws {
    let r = try AnvisBinary.run(["run", "examples/tour.anvis"], in: AnvisBinary.packageRoot)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr == "")
    #expect(r.stdout.contains("units          "))
    #expect(r.stdout.contains("organisation_name"))
  }
}
