import Foundation
import Testing

@testable import AnvisKit

@Suite struct ScenarioStoreTests {
  @Test func writeMakesAPrivateFolderAndPrivateFilesAndListsThemSorted() throws {
    let scratch = try ScratchFolder()
    let store = ScenarioStore(dataFolder: scratch.path)
    #expect(store.names().isEmpty)
    try store.write("name = b\n", as: "b")
    try store.write("name = a-2\n", as: "a-2")
    #expect(store.names() == ["a-2", "b"])
    #expect(try ScratchFolder.mode(store.folder) == 0o700)
    #expect(try ScratchFolder.mode(store.path(of: "b")) == 0o600)
    #expect(try store.read("b") == "name = b\n")
    #expect(store.contains("b"))
    #expect(!store.contains("c"))
  }

  @Test func hiddenAndOtherFilesAreNotScenarios() throws {
    let scratch = try ScratchFolder()
    let store = ScenarioStore(dataFolder: scratch.path)
    try store.write("name = a\n", as: "a")
    try "x".write(toFile: store.folder + "/.b.scenario", atomically: true, encoding: .utf8)
    try "x".write(toFile: store.folder + "/notes.txt", atomically: true, encoding: .utf8)
    #expect(store.names() == ["a"])
  }

  @Test func readRefusesBytesThatAreNotUTF8AndCPRNumbers() throws {
    let scratch = try ScratchFolder()
    let store = ScenarioStore(dataFolder: scratch.path)
    try store.write("name = ok\n", as: "ok")
    try Data([0x6E, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: store.path(of: "latin")))
    try "name = cpr\n# 010190-1234\n".write(toFile: store.path(of: "cpr"), atomically: true, encoding: .utf8)
    let all = store.readAll()
    #expect(all.texts.map(\.name) == ["ok"])
    #expect(all.problems.count == 2)
    #expect(all.problems.contains(.notUTF8(file: "scenarios/latin.scenario")))
    #expect(all.problems.contains { $0.description.hasPrefix("scenarios/cpr.scenario: ") })
    #expect(throws: StoreError.unreadable(file: "scenarios/gone.scenario", reason: "file not found")) {
      try store.read("gone")
    }
  }

  @Test func dropRemovesTheFileAndSaysWhenThereIsNone() throws {
    let scratch = try ScratchFolder()
    let store = ScenarioStore(dataFolder: scratch.path)
    try store.write("name = a\n", as: "a")
    try store.drop("a")
    #expect(store.names().isEmpty)
    #expect(throws: StoreError.scenarioNotSaved(name: "a")) { try store.drop("a") }
  }

  @Test func renameWritesTheNewFileAndRemovesTheOldButNeverReplacesAnother() throws {
    let scratch = try ScratchFolder()
    let store = ScenarioStore(dataFolder: scratch.path)
    try store.write("name = old\n", as: "old")
    try store.write("name = taken\n", as: "taken")
    try store.rename("old", to: "new", text: "name = new\n")
    #expect(store.names() == ["new", "taken"])
    #expect(try store.read("new") == "name = new\n")
    #expect(try ScratchFolder.mode(store.path(of: "new")) == 0o600)
    #expect(throws: StoreError.scenarioExists(name: "taken")) {
      try store.rename("new", to: "taken", text: "name = taken\n")
    }
    #expect(try store.read("taken") == "name = taken\n")
    #expect(store.names() == ["new", "taken"])
    // No temporary file is left behind.
    #expect(try scratch.listing(store.folder) == ["new.scenario", "taken.scenario"])
  }

  @Test func aWriteIntoAFileWhereTheFolderShouldBeFailsInWords() throws {
    let scratch = try ScratchFolder()
    try "x".write(toFile: scratch.file("scenarios"), atomically: true, encoding: .utf8)
    let store = ScenarioStore(dataFolder: scratch.path)
    #expect(throws: StoreError.self) { try store.write("name = a\n", as: "a") }
    do {
      try store.write("name = a\n", as: "a")
    } catch {
      #expect(error.description.hasPrefix("cannot save scenario 'a': "))
    }
  }
}
