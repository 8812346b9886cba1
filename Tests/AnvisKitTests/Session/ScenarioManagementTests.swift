import Foundation
import Testing

@testable import AnvisKit

/// `scenario drop`, `scenario rename`, `scenario diff`, and what switching to a saved scenario says.
@Suite struct ScenarioManagementTests {
  func shell(folder: String? = nil) throws -> Shell {
    Shell(dataset: try SimulationFixtures.town(units: 300, cases: 20, seed: 5), dataDirectory: folder)
  }

  @Test func dropDeletesTheFileAndFallsBackToTheBaseline() throws {
    let scratch = try ScratchFolder()
    let s = try shell(folder: scratch.path)
    _ = s.respond(to: "scenario dear")
    _ = s.respond(to: "set rent.cap = 4000")
    #expect(FileManager.default.fileExists(atPath: scratch.path + "/scenarios/dear.scenario"))
    let r = s.respond(to: "scenario drop dear")
    #expect(r.stdout == "dropped scenario dear; the current scenario is baseline\n", "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: scratch.path + "/scenarios/dear.scenario"))
    #expect(s.prompt == "anvis> ")
    #expect(!s.respond(to: "scenarios").stdout.contains("dear"))
    #expect(s.respond(to: "scenario drop dear").stderr.contains("error: no scenario 'dear'"))
    #expect(s.respond(to: "scenario drop baseline").stderr.contains("the baseline cannot be dropped"))
    // `scenario drop` alone is a scenario called drop.
    #expect(s.respond(to: "scenario drop").stdout == "new scenario drop from baseline\n")
  }

  @Test func renameMovesTheFileTheResultsAndThePrompt() throws {
    let scratch = try ScratchFolder()
    let s = try shell(folder: scratch.path)
    _ = s.respond(to: "scenario old")
    _ = s.respond(to: "set youth.claim = true")
    _ = s.respond(to: "scenario child from old")
    _ = s.respond(to: "scenario old")
    _ = s.respond(to: "simulate months 1 runs 2 seed 3")
    let r = s.respond(to: "scenario rename old new")
    #expect(r.stdout == "renamed scenario old to new\n", "\(r.stderr)")
    #expect(s.prompt == "anvis[new]> ")
    let folder = scratch.path + "/scenarios/"
    #expect(!FileManager.default.fileExists(atPath: folder + "old.scenario"))
    let text = try String(contentsOfFile: folder + "new.scenario", encoding: .utf8)
    #expect(text == "# anvis scenario\nname = new\nfrom = baseline\nset youth.claim = true\n")
    #expect(try String(contentsOfFile: folder + "child.scenario", encoding: .utf8).contains("from = new\n"))
    #expect(try ScratchFolder.mode(folder + "new.scenario") == 0o600)
    s.settings.mode = .csv
    let listed = s.respond(to: "scenarios").stdout
    #expect(listed.contains("\nnew,baseline,true,youth.claim = true,true\n"), "the result moved with the name: \(listed)")
    s.settings.mode = .table
    #expect(s.respond(to: "scenario rename child new").stderr.contains("scenario 'new' exists already"))
    #expect(s.respond(to: "scenario rename baseline x").stderr.contains("the baseline cannot be renamed"))
    #expect(s.respond(to: "scenario rename new a/b").stderr.contains("a scenario name is a plain word"))
  }

  @Test func diffListsTheLeversThatDifferWithBothValues() throws {
    let s = try shell()
    _ = s.respond(to: "scenario a")
    _ = s.respond(to: "set rent.cap = 4000")
    _ = s.respond(to: "set anvisning.share[org-2] = 0.5")
    _ = s.respond(to: "scenario b")
    _ = s.respond(to: "set rent.cap = 4200")
    _ = s.respond(to: "set policy = best-fit")
    s.settings.mode = .csv
    let r = s.respond(to: "scenario diff a b")
    #expect(
      r.stdout == "lever,a,b\nanvisning.share[org-2],0.5,0.27\nrent.cap,4000,4200\npolicy,fcfs,best-fit\n",
      "\(r.stderr)")
    #expect(s.respond(to: "scenario diff a a").stderr == "a and a set every lever alike\n")
    #expect(s.respond(to: "scenario diff a zz").stderr.contains("error: no scenario 'zz'"))
  }

  @Test func switchingToASavedScenarioSaysWhatItMoves() throws {
    let scratch = try ScratchFolder()
    let first = try shell(folder: scratch.path)
    _ = first.respond(to: "scenario dear")
    _ = first.respond(to: "set rent.cap = 4000")
    let second = try shell(folder: scratch.path)
    #expect(second.respond(to: "scenario dear").stdout == "scenario dear (saved): rent.cap = 4000 (baseline 3500)\n")
    _ = second.respond(to: "scenario fresh")
    #expect(second.respond(to: "scenario fresh").stdout == "scenario fresh\n")
  }

  @Test func tabOffersTheSubcommandsAndThenScenarioNames() throws {
    let s = try shell()
    _ = s.respond(to: "scenario a")
    #expect(s.completions(for: "scenario d", cursor: 10) == ["diff", "drop"])
    #expect(s.completions(for: "scenario drop ", cursor: 14) == ["a"])
    #expect(s.completions(for: "scenario diff a ", cursor: 16) == ["a", "baseline"])
  }
}
