import Foundation
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
