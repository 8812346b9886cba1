import Foundation
import TestSupport
import Testing

/// Every session committed in `sessions/` replays on its data set with `--check`: the outputs
/// the shell gives today are the ones in the transcript, byte for byte (volatile lines aside).
@Suite(.enabled(if: RequiredTool.runs(AnvisBinary.isBuilt), "anvis is not built (run `swift build`)"))
struct SessionCommittedReplayTests {
  static let folder = AnvisBinary.packageRoot + "/sessions"

  static let names: [String] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return files.filter { $0.hasSuffix(".anvis") && !$0.hasPrefix(".") }.map { String($0.dropLast(6)) }
      .sorted()
  }()

  @Test func theThreeStoriesAreCommitted() {
    #expect(
      Set(["anvisning-walkthrough", "youth-housing-dispensation", "support-capacity"]).isSubset(
        of: Set(Self.names)),
      "\(Self.names)")
  }

  @Test(arguments: names)
  func replaysWithCheck(name: String) throws {
    let r = try AnvisBinary.run(
      ["replay", name, "--check", "--sessions", Self.folder], in: AnvisBinary.packageRoot)
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.hasPrefix("replay \(name): "))
    #expect(r.stdout.hasSuffix(", all match\n"))
    #expect(r.stderr == "", "the data set changed since the session was recorded: \(r.stderr)")
  }

  /// A session file given by its path replays from any folder: the recorded data folder
  /// (`examples/aalborg`) is found beside the session's folder.
  @Test func aSessionFileReplaysByPathFromAnyFolder() throws {
    let elsewhere = try TemporaryFolder()
    let file = Self.folder + "/anvisning-walkthrough.anvis"
    let r = try AnvisBinary.run(["replay", file, "--check"], in: elsewhere.path)
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.hasPrefix("replay anvisning-walkthrough: "))
    #expect(r.stdout.hasSuffix(", all match\n"))
    let missing = try AnvisBinary.run(["replay", elsewhere.path + "/none.anvis", "--check"], in: elsewhere.path)
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("no session 'none'"), "\(missing.stderr)")
  }
}
