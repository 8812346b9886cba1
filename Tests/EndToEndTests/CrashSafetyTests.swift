import AnvisKit
import Foundation
import TestSupport
import Testing

/// SIGKILL at a seeded random moment, many times: every step the shell finished (its answer
/// was on the screen) is in the autosave journal, and the journal reads whole, never torn.
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct CrashSafetyTests {
  static let trials = 50
  static let seed = 20_261_206

  @Test func killedAtRandomMomentsLosesNoCompletedStep() throws {
    let folder = try TemporaryFolder()
    let data = try TinyDataSet.write(to: folder.path + "/tiny")
    let plan: [String: Any] = [
      "binary": try #require(AnvisBinary.path), "data": data, "root": folder.path, "trials": Self.trials,
      "seed": Self.seed,
      "env": AnvisBinary.cleanEnvironment(home: folder.path).merging(["TERM": "xterm", "LANG": "C.UTF-8"]) {
        $1
      },
    ]
    let (status, printed) = try PseudoTerminal.runPython(
      Self.driver, plan: plan, planFile: folder.path + "/plan.json", driverFile: folder.path + "/crash.py")
    try #require(status == 0, "\(printed)")

    let results = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: folder.path + "/results.json")))
    let trials = try #require(results as? [[String: Any]])
    #expect(trials.count == Self.trials)
    var killedMidStep = 0
    for (i, trial) in trials.enumerated() {
      let sessions = try #require(trial["sessions"] as? String)
      let completed = try #require(trial["completed"] as? [String])
      let notes = try #require(trial["notes"] as? [String])
      if trial["midStep"] as? Bool == true { killedMidStep += 1 }
      let journals = try FileManager.default.contentsOfDirectory(atPath: sessions).filter {
        $0.hasPrefix(".autosave-")
      }
      try #require(journals.count == 1, "trial \(i): \(journals)")
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: sessions + "/" + journals[0])))
      let (journal, torn) = try AutosaveJournal.complete(bytes)
      #expect(torn == nil, "trial \(i): \(torn ?? "")")
      let recorded = journal.steps.map(\.command)
      #expect(Array(recorded.prefix(completed.count)) == completed, "trial \(i)")
      #expect(recorded.count <= completed.count + 1, "trial \(i): at most the step being run is extra")
      let narration = journal.steps.flatMap(\.narration) + journal.epilogue
      #expect(Array(narration.prefix(notes.count)) == notes, "trial \(i)")
    }
    // The seeded plan kills some shells in the middle of a step, others at the prompt.
    #expect(killedMidStep > 0 && killedMidStep < Self.trials)
  }

  /// Per trial: start anvis in a pty, wait for the prompt, run a seeded number of inputs (each
  /// finished when the next prompt shows), then send one more and SIGKILL after a seeded delay
  /// (0 = at the prompt). Writes what finished to results.json.
  static let driver = #"""
    import json, os, random, signal, sys, time
    import pexpect
    plan = json.load(open(sys.argv[1]))
    rng = random.Random(plan["seed"])
    inputs = ["tables", "units | count", ".note Før styrtet, æøå.", "cases | where age < 30 | count",
              "let cheap = units | where rent < 3500", "cheap | count by type", "describe units",
              "show unit u-000001", "units |\n  where rooms >= 2 |\n  count", "nosuchcommand",
              ".note Efter.", "units | sort rent desc | take 2"]
    results = []
    for trial in range(plan["trials"]):
        sessions = os.path.join(plan["root"], "s%02d" % trial)
        os.mkdir(sessions)
        child = pexpect.spawn(plan["binary"], ["--data", plan["data"], "--sessions", sessions],
                              env=plan["env"], dimensions=(24, 120), encoding="utf-8", timeout=15)
        child.delaybeforesend = None
        child.delayafterclose = 0
        child.delayafterterminate = 0
        child.expect_exact("anvis> ")
        count = rng.randrange(0, 9)
        completed, notes = [], []
        for k in range(count):
            text = rng.choice(inputs)
            lines = text.split("\n")
            for j, line in enumerate(lines):
                child.send(line + "\r")
                if j < len(lines) - 1:
                    child.expect_exact("...> ")
            child.expect_exact("anvis> ")
            if text.startswith(".note "):
                notes.append(text[6:])
            else:
                completed.append(text)
        delay = rng.choice([0, 0, 0.001, 0.003, 0.01, 0.03])
        if delay:
            child.send(rng.choice(["units | count by type", "tables", "cases | count"]) + "\r")
            time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        child.expect(pexpect.EOF)
        child.close()
        if child.signalstatus != signal.SIGKILL:
            print("trial", trial, "ended with", child.exitstatus, child.signalstatus); sys.exit(1)
        results.append({"sessions": sessions, "completed": completed, "notes": notes, "midStep": delay > 0})
    json.dump(results, open(os.path.join(plan["root"], "results.json"), "w"))
    """#
}
