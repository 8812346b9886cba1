import Foundation
import TestSupport
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

    // A shell at a terminal journals its steps; kill it without warning once both are done.
    let first = try PseudoTerminal()
    try first.run(
      ["--data", "\(folder.path)/tiny", "--sessions", sessions],
      [
        .expect("anvis> "), .send(".note Before the crash.\r"), .expect("anvis> "), .send("tables\r"),
        .expect("anvis> "), .send("show unit u-000001\r"), .expect("4200.5"), .expect("anvis> "), .kill,
      ])
    let files = try FileManager.default.contentsOfDirectory(atPath: sessions)
    let name = try #require(files.first { $0.hasPrefix(".autosave-") }, "no journal in \(files)")
    let text = try String(contentsOfFile: sessions + "/" + name, encoding: .utf8)
    #expect(text.contains("  > show unit u-000001\n"))
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
