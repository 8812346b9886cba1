import Testing

@testable import AnvisKit

/// `.output` and `.once` in the library: where results go and what a failed write says.
@Suite struct QueryOutputTests {
  @Test func aFailedOnceWriteSaysCannotWriteOnce() throws {
    let shell = try ShellTestData.shell()
    let path = "/nonexistent-anvis-folder/x.csv"
    #expect(!shell.respond(to: ".once \(path)").failed)
    let r = shell.respond(to: "areas | count")
    #expect(r.failed)
    #expect(r.stderr == "error: cannot write '\(path)': folder '/nonexistent-anvis-folder' does not exist\n")
  }

  @Test func aFailedOutputSaysCannotWriteOnceUnderTheFileName() throws {
    let shell = try ShellTestData.shell()
    let r = shell.respond(to: ".output /nonexistent-anvis-folder/x.csv")
    #expect(r.failed)
    let first = r.stderr.split(separator: "\n").first.map(String.init)
    #expect(
      first == "error: cannot write '/nonexistent-anvis-folder/x.csv': folder '/nonexistent-anvis-folder' does not exist")
  }

  @Test func aFileNameWithSpacesCanBeQuoted() throws {
    let folder = try ScratchFolder()
    let path = folder.path + "/with space.csv"
    let shell = try ShellTestData.shell()
    let r = shell.respond(to: ".once \"\(path)\"")
    #expect(!r.failed, "\(r.stderr)")
    #expect(!shell.respond(to: "areas | count").failed)
    #expect(FileBytes.exists(path))
  }
}
