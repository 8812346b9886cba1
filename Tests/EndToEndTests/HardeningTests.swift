import Foundation
import TestSupport
import Testing

/// Issue 8 through the built binary: CPR numbers never reach the history, data never drives
/// the terminal, scripts leave no journal, replays write nothing and always end.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct HardeningTests {
  let folder: TemporaryFolder

  init() throws {
    folder = try TemporaryFolder()
    try TinyDataSet.writeWithSessions(in: folder.path)
  }

  var sessions: String { folder.path + "/sessions" }

  func files(_ path: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }

  /// A typed CPR number is refused masked, and neither the history nor the journal keeps it.
  @Test func aTypedCPRNumberNeverReachesHistoryOrJournal() throws {
    let terminal = try PseudoTerminal()
    let shown = try terminal.run(
      ["--data", "\(folder.path)/tiny", "--sessions", sessions],
      [
        .expect("anvis> "), .send("show case 010190-1234\r"),
        .expect("error: this looks like a CPR number; anvis never stores CPR numbers"),
        .expect("show case 01 01 90-****"), .expect("anvis> "), .send(".note ring 311299 9999\r"),
        .expect("31 12 99-****"), .expect("anvis> "), .send("tables\r"), .expect("anvis> "),
        .send(".save s\r"), .expect("saved 1 step"), .expect("anvis> "), .endOfInput, .exit(0),
      ])
    // Once each: the terminal echoing what was typed; never in anything anvis wrote back.
    #expect(shown.components(separatedBy: "010190-1234").count == 2, "\(shown)")
    #expect(shown.components(separatedBy: "311299 9999").count == 2, "\(shown)")
    #expect(try String(contentsOfFile: terminal.historyFile, encoding: .utf8) == "tables\n.save s\n")
    let saved = try String(contentsOfFile: sessions + "/s.anvis", encoding: .utf8)
    #expect(!saved.contains("1234") && !saved.contains("9999"))
  }

  /// An area name with terminal escapes is shown visibly on a terminal in every mode, and
  /// kept exact in a pipe.
  @Test func escapesFromTheDataNeverReachTheTerminal() throws {
    let areas = folder.path + "/tiny/areas.csv"
    try "id,name,status\na-01,\"Mid\u{1B}]0;pwned\u{7}by\u{1B}[2J\",ordinary\na-02,Østparken,vulnerable\n"
      .write(toFile: areas, atomically: true, encoding: .utf8)
    let terminal = try PseudoTerminal()
    var steps: [PseudoTerminal.Step] = [.expect("anvis> ")]
    for mode in ["csv", "markdown", "table", "json"] {
      steps += [
        .send(".mode \(mode)\r"), .expect("anvis> "), .send("areas | where id == \"a-01\"\r"),
        .expect("anvis> "),
      ]
    }
    steps += [.send("show area a-01\r"), .expect("anvis> "), .endOfInput, .exit(0)]
    let shown = try terminal.run(["--data", "\(folder.path)/tiny", "--sessions", sessions], steps)
    #expect(!shown.contains("\u{1B}]0;"))
    #expect(!shown.contains("\u{1B}[2J"))
    #expect(!shown.contains("\u{7}"))
    #expect(shown.contains("a-01,Mid\\u{1B}]0;pwned\\u{7}by\\u{1B}[2J,ordinary"))
    #expect(shown.contains("| a-01 | Mid\\u{1B}]0;pwned\\u{7}by\\u{1B}[2J | ordinary |"))
    let piped = try AnvisBinary.run(
      ["--data", "tiny", "--format", "csv", "-c", "areas | where id == \"a-01\""], in: folder.path)
    #expect(piped.stdout == "id,name,status\na-01,Mid\u{1B}]0;pwned\u{7}by\u{1B}[2J,ordinary\n")
  }

  /// A script writes no journal, and a closed pipe ends it quietly (141 or 0), leaving nothing.
  @Test func aScriptUnderHeadLeavesNoJournal() throws {
    let script = folder.path + "/many.anvis"
    try String(repeating: "tables\n", count: 3000).write(toFile: script, atomically: true, encoding: .utf8)
    let binary = try #require(AnvisBinary.path)
    let result = try AnvisBinary.run(
      [
        "-c",
        "'\(binary)' run --data tiny --sessions sessions many.anvis | head -1; echo \"status=${PIPESTATUS[0]}\"",
      ],
      in: folder.path, executable: "/bin/bash")
    #expect(result.stdout.hasPrefix("name           rows  fields  origin\nstatus="))
    #expect(
      result.stdout.hasSuffix("status=141\n") || result.stdout.hasSuffix("status=0\n"), "\(result.stdout)")
    #expect(result.stderr == "")
    #expect(files(sessions) == [])
    let piped = try AnvisBinary.run(
      ["--data", "tiny", "--sessions", "sessions"], stdin: "tables\n", in: folder.path)
    #expect(piped.status == 0)
    #expect(files(sessions) == [])
  }

  /// `replay --check` never writes a file, stops at a replay inside the replay naming the step,
  /// and a `(re)` line that would make a backtracking matcher run for ever is checked at once.
  @Test func replayWritesNothingStopsNestingAndAlwaysEnds() throws {
    let out = folder.path + "/out.csv"
    let header = "# anvis session: rec\n# data: tiny   seed: 1\n# anvis: 0.1.0   date: 2026-11-01\n\n"
    let body =
      "  > .output \(out)\n\n  > units | count\n\n  > .output\n\n  > cases | count\n  count\n  (.*)*X (re)\n  \(String(repeating: "-", count: 5)) (glob)\n      2\n\n"
    try (header + body).write(toFile: sessions + "/rec.anvis", atomically: true, encoding: .utf8)
    let check = try AnvisBinary.run(["replay", "rec", "--check", "--sessions", "sessions"], in: folder.path)
    #expect(check.status == 1)
    #expect(
      check.stdout.contains("step 1 (sessions/rec.anvis:5): .output \(out)\n  skipped: writing '\(out)'"))
    #expect(check.stdout.contains("step 4 (sessions/rec.anvis:11): cases | count\n--- recorded"))
    #expect(!FileManager.default.fileExists(atPath: out))

    try
      (header + body.replacingOccurrences(of: "(.*)*X (re)", with: "(.*)*t (re)")
      + "  > .replay rec --check\n\n").write(
        toFile: sessions + "/rec.anvis", atomically: true, encoding: .utf8)
    let nested = try AnvisBinary.run(["replay", "rec", "--check", "--sessions", "sessions"], in: folder.path)
    #expect(nested.status == 1)
    #expect(
      nested.stderr.contains("replay rec: stopped at step 5 of 5: a replay cannot start another replay"))
    #expect(
      nested.stdout.contains(
        "step 5 (sessions/rec.anvis:17): .replay rec --check\n  stopped: a replay cannot"))
    let plain = try AnvisBinary.run(["replay", "rec", "--sessions", "sessions"], in: folder.path)
    #expect(plain.status == 1)
    #expect(
      plain.stderr.contains(
        "stopped at step 5 of 5 (sessions/rec.anvis:17): a replay cannot start another replay"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }
}
