import Foundation
import TestSupport
import Testing

/// The completion script anvis generates for bash (`--generate-completion-script bash`) offers
/// what each argument takes: files after `run`, folders after `--data`, the two formats after
/// `convert --to`. Each case sources the script in a real bash and calls the completion
/// function as bash would on Tab.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct CommandLineCompletionTests {
  let folder: TemporaryFolder

  init() throws {
    folder = try TemporaryFolder()
    let script = try AnvisBinary.run(["--generate-completion-script", "bash"])
    try #require(script.status == 0, "\(script.stderr)")
    try script.stdout.write(toFile: folder.path + "/anvis.bash", atomically: true, encoding: .utf8)
    try "units | count\n".write(toFile: folder.path + "/script.txt", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: folder.path + "/data", withIntermediateDirectories: true)
  }

  /// What bash offers for Tab after `words` (the last one is the word being completed).
  func offered(_ words: [String]) throws -> [String] {
    let quoted = words.map { "'\($0)'" }.joined(separator: " ")
    let line = words.joined(separator: " ")
    let program = """
      source ./anvis.bash
      COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
      COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
      _anvis anvis '\(words[words.count - 1])' '\(words[words.count - 2])'
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["--norc", "--noprofile", "-c", program]
    process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
  }

  @Test func runCompletesAFileName() throws {
    #expect(try offered(["anvis", "run", "scr"]) == ["script.txt"])
  }

  @Test func dataCompletesFoldersOnly() throws {
    #expect(try offered(["anvis", "run", "--data", ""]) == ["data"])
  }

  @Test func convertToOffersTheTwoFormats() throws {
    #expect(try offered(["anvis", "convert", "data", "--to", ""]) == ["csv", "xlsx"])
  }
}
