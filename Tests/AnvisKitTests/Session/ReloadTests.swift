import Foundation
import Testing

@testable import AnvisKit

/// `.reload` must never answer from the old data: scenarios and stored simulation results are
/// rebuilt when the data set is replaced (issue 11's stale-results bug).
@Suite struct ReloadTests {
  /// A shell on a scratch copy of the tiny fixture whose `.reload` reads the folder again.
  static func shell(on scratch: borrowing ScratchDataset) throws -> Shell {
    let directory = scratch.directory
    let loader: DatasetReloader = { () throws(StoreError) -> Dataset in
      try DatasetReader.load(from: directory)
    }
    return Shell(
      dataset: try DatasetReader.load(from: directory), dataDirectory: nil, loader: loader)
  }

  /// The mean of `housed` in a `simulate` summary.
  static func housed(_ output: String) -> String? {
    output.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("housed") }
      .map { String($0) }
  }

  @Test func editedRentsAreSimulatedAfterReload() throws {
    let scratch = try ScratchDataset()
    let shell = try Self.shell(on: scratch)
    let before = shell.respond(to: "simulate months 2 runs 5 seed 3")
    #expect(!before.failed)
    let housedBefore = try #require(Self.housed(before.stdout))
    #expect(!housedBefore.contains(" 0.0"), "the fixture houses someone: \(housedBefore)")

    // Every rent far above what anyone can pay: nobody can be housed any more.
    let units = try scratch.read("units.csv").split(separator: "\n").enumerated().map { n, line in
      guard n > 0 else { return String(line) }
      var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      fields[5] = "99999.0"
      return fields.joined(separator: ",")
    }
    try scratch.write("units.csv", units.joined(separator: "\n") + "\n")
    #expect(!shell.respond(to: ".reload").failed)

    let after = shell.respond(to: "simulate months 2 runs 5 seed 3")
    let housedAfter = try #require(Self.housed(after.stdout))
    #expect(housedAfter.contains("0.0"), "after reload: \(housedAfter)")
    #expect(housedAfter != housedBefore)
  }

  @Test func editedManifestDefaultsReachLeversAfterReload() throws {
    let scratch = try ScratchDataset()
    let shell = try Self.shell(on: scratch)
    #expect(shell.respond(to: "levers").stdout.contains("3500"))
    let manifest = try scratch.read("anvis.toml").replacingOccurrences(
      of: "rent_cap = 3500.0", with: "rent_cap = 4200.0")
    try scratch.write("anvis.toml", manifest)
    #expect(!shell.respond(to: ".reload").failed)
    let levers = shell.respond(to: "levers").stdout
    #expect(levers.contains("4200"), "levers after reload:\n\(levers)")
    let rentCap = levers.split(separator: "\n").first { $0.hasPrefix("rent.cap ") } ?? ""
    #expect(!rentCap.contains("3500"), "levers after reload:\n\(levers)")
  }
}
