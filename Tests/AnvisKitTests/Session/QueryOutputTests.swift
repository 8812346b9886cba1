import Foundation
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

/// In csv and json modes only tables reach stdout; summaries, charts and notes go to stderr,
/// so a program can parse what it reads.
@Suite struct ProgramOutputTests {
  @Test(arguments: [OutputMode.csv, .json])
  func onlyTablesGoToStdout(mode: OutputMode) throws {
    let shell = try ShellTestData.shell(Settings(mode: mode))
    let r = shell.respond(to: "boligsikring rent=4500 income=12326 household=1 children=0")
    #expect(!r.failed)
    #expect(r.stderr.contains("boligsikring 675 kr a month"))
    #expect(!r.stdout.contains("boligsikring 675 kr a month"))
    if mode == .json {
      let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
      #expect((rows?.count ?? 0) > 5)
    } else {
      #expect(r.stdout.hasPrefix("step,rule,kr_year,kr_month,note\n"))
    }
  }

  @Test func tableModeKeepsEverythingOnStdout() throws {
    let shell = try ShellTestData.shell()
    let r = shell.respond(to: "boligsikring rent=4500 income=12326 household=1 children=0")
    #expect(r.stdout.contains("boligsikring 675 kr a month"))
    #expect(r.stderr.isEmpty)
  }
}
