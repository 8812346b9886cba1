import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A shell killed mid-session (SIGKILL) loses nothing: its autosave journal is offered at the
/// next start and `.recover` loads it.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct SessionRecoveryTests {
  @Test func killedShellIsRecoveredWithNothingLost() throws {
    let folder = try TemporaryFolder()
    _ = try TinyDataSet.write(to: folder.path + "/tiny")
    let sessions = folder.path + "/sessions"
    try FileManager.default.createDirectory(atPath: sessions, withIntermediateDirectories: true)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(AnvisBinary.path))
    process.arguments = ["--data", "tiny"]
    process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
    process.environment = AnvisBinary.cleanEnvironment(home: folder.path)
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data(".note Before the crash.\ntables\nshow unit u-000001\n".utf8))

    // Wait (bounded) until both steps are in the journal, then kill without warning.
    var journal: String?
    for _ in 0..<200 {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: sessions)) ?? []
      if let name = files.first(where: { $0.hasPrefix(".autosave-") }),
        let text = try? String(contentsOfFile: sessions + "/" + name, encoding: .utf8),
        text.contains("  > show unit u-000001\n"), text.hasSuffix("\n\n")
      {
        journal = name
        break
      }
      usleep(50_000)
    }
    let name = try #require(journal, "the journal never held both steps")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    let attributes = try FileManager.default.attributesOfItem(atPath: sessions + "/" + name)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)

    // The next interactive start offers it; .recover loads it; .save keeps it.
    let terminal = try PseudoTerminal()
    try terminal.run(
      ["--data", folder.path + "/tiny", "--sessions", sessions],
      [
        .expect(
          "An unsaved session from an earlier run was found: 2 steps (\"Before the crash.\"). Type .recover"),
        .expect("anvis> "), .send(".recover\r"), .expect("recovered 2 steps"), .expect("anvis> "),
        .send(".save after-crash\r"), .expect("saved 2 steps"), .expect("anvis> "), .send(".quit\r"),
        .exit(0),
      ])
    let saved = try String(contentsOfFile: sessions + "/after-crash.anvis", encoding: .utf8)
    #expect(saved.contains("Before the crash.\n  > tables\n"))
    #expect(saved.contains("  > show unit u-000001\n"))
    #expect(saved.contains("4200.5"))
    let left = try FileManager.default.contentsOfDirectory(atPath: sessions)
    #expect(left == ["after-crash.anvis"], "orphan removed by .recover, own journal by the clean exit")
  }
}
