import Foundation
import Testing

@testable import AnvisKit

/// `.output` captures everything that would go to stdout; `.once` the next input's output,
/// whatever it is, and never stays armed; the format follows the file's name.
@Suite struct OutputTargetTests {
  func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  @Test func outputCapturesShowDescribeAndEveryOtherCommand() throws {
    let folder = try ScratchFolder()
    let shell = try ShellTestData.shell()
    let path = folder.file("all.txt")
    #expect(!shell.respond(to: ".output \(path)").failed)
    for input in ["describe units", "show case c-0001", ".help describe", "units | count"] {
      let r = shell.respond(to: input)
      #expect(!r.failed)
      #expect(r.stdout.isEmpty, "\(input) reached the screen")
    }
    _ = shell.respond(to: ".output")
    let text = try read(path)
    #expect(text.contains("rooms"))
    #expect(text.contains("c-0001"))
    #expect(text.contains("describe TABLE"))
    #expect(shell.respond(to: "units | count").stdout.contains("count"))
  }

  @Test func onceCapturesTheNextCommandWhateverItIs() throws {
    let folder = try ScratchFolder()
    let shell = try ShellTestData.shell()
    let path = folder.file("show.txt")
    _ = shell.respond(to: ".once \(path)")
    #expect(shell.respond(to: "show case c-0002").stdout.isEmpty)
    #expect(try read(path).contains("disability_pension"))
    // Disarmed: the next one is on the screen.
    #expect(shell.respond(to: "show case c-0001").stdout.contains("c-0001"))
  }

  @Test func onceBeforeACommandThatWritesNothingSaysSoAndDisarms() throws {
    let folder = try ScratchFolder()
    let shell = try ShellTestData.shell()
    let path = folder.file("none.csv")
    _ = shell.respond(to: ".once \(path)")
    let r = shell.respond(to: ".timer off")
    #expect(r.stderr.contains(".once \(path): the command wrote nothing; .once is disarmed"))
    #expect(!FileManager.default.fileExists(atPath: path))
    #expect(shell.respond(to: "areas | count").stdout.contains("count"))
  }

  @Test func onceBeforeAFailingCommandSaysSoAndDisarms() throws {
    let folder = try ScratchFolder()
    let shell = try ShellTestData.shell()
    _ = shell.respond(to: ".once \(folder.file("x.csv"))")
    let r = shell.respond(to: "describe nothing")
    #expect(r.failed)
    #expect(r.stderr.contains("the command failed, nothing was written; .once is disarmed"))
    #expect(shell.queries.targets.once == nil)
  }

  @Test func theFormatFollowsTheFileNameUnlessAModeIsGiven() throws {
    let folder = try ScratchFolder()
    let shell = try ShellTestData.shell()
    _ = shell.respond(to: ".once \(folder.file("a.json"))")
    _ = shell.respond(to: "describe areas")
    let json = try JSONSerialization.jsonObject(with: Data(try read(folder.file("a.json")).utf8))
    #expect((json as? [Any])?.count == 3)
    _ = shell.respond(to: ".once \(folder.file("a.csv"))")
    _ = shell.respond(to: "areas")
    #expect(try read(folder.file("a.csv")).hasPrefix("id,name,status\n"))
    _ = shell.respond(to: ".once \(folder.file("a.md"))")
    _ = shell.respond(to: "areas")
    #expect(try read(folder.file("a.md")).hasPrefix("| id | name | status |"))
    _ = shell.respond(to: ".once \(folder.file("a.txt")) csv")
    _ = shell.respond(to: "areas")
    #expect(try read(folder.file("a.txt")).hasPrefix("id,name,status\n"))
    _ = shell.respond(to: ".once \(folder.file("b.csv")) json")
    _ = shell.respond(to: "areas")
    #expect(try read(folder.file("b.csv")).hasPrefix("["))
  }

  @Test func aFileGetsEveryRowAndNoWidth() throws {
    let folder = try ScratchFolder()
    var settings = Settings()
    settings.width = 30
    settings.maxRows = 2
    let shell = Shell(dataset: try ShellTestData.dataset(units: 9), settings: settings)
    _ = shell.respond(to: ".once \(folder.file("u.txt"))")
    _ = shell.respond(to: "units")
    let text = try read(folder.file("u.txt"))
    #expect(!text.contains("more rows"))
    #expect(!text.contains("-[ row"))
    #expect(text.contains("u-000009"))
  }
}
