import Foundation
import Testing

/// `.bail off` (as in sqlite): a script reports every error with its line, runs the rest and
/// exits 1 at the end; `.bail on` (the default) stops at the first error.
@Suite(.enabled(if: AnvisBinary.isBuilt, "anvis is not built (run `swift build`)"))
struct BatchBailTests {
  let folder: TemporaryFolder
  let data: String

  init() throws {
    folder = try TemporaryFolder()
    data = try TinyDataSet.write(to: folder.path + "/tiny")
  }

  @Test func bailOffRunsEveryInputAndReportsEveryError() throws {
    let r = try AnvisBinary.run(
      ["--data", data], stdin: ".bail off\nunits | where rnt > 1\nunits | count\ncases | wher x\ntables\n")
    #expect(r.status == 1)
    #expect(r.stdout.contains("count\n-----\n    3\n"), "the input after the first error ran")
    #expect(r.stdout.contains("origin"), "the last input ran")
    #expect(r.stderr.contains(" --> input:2:15\n"))
    #expect(r.stderr.contains(" --> input:4:9\n"))
  }

  @Test func bailOffWithoutErrorsExitsZero() throws {
    let r = try AnvisBinary.run(["--data", data], stdin: ".bail off\nunits | count\n")
    #expect(r.status == 0, "\(r.stderr)")
  }

  @Test func bailOnStopsAtTheFirstError() throws {
    let r = try AnvisBinary.run(["--data", data], stdin: ".bail on\nunits | where rnt > 1\nunits | count\n")
    #expect(r.status == 1)
    #expect(!r.stdout.contains("count"))
  }
}
