import Foundation
import Testing

@testable import AnvisKit

/// Issue 8, item 11: only regular files are read, and only up to a size.
@Suite struct FileBytesTests {
  static func problems(_ s: borrowing ScratchDataset) -> [String] {
    BrokenDatasetTests.problems(s)
  }

  @Test func aFIFOIsRefusedWithoutBlocking() throws {
    let s = try ScratchDataset()
    try s.remove("teams.csv")
    #expect(mkfifo(s.path("teams.csv"), 0o600) == 0)
    #expect(
      Self.problems(s) == [
        "teams.csv:1:1: is a FIFO (named pipe), not a regular file; a data set holds plain files only"
      ])
  }

  @Test func aSymlinkToADeviceIsRefused() throws {
    let s = try ScratchDataset()
    try s.remove("teams.csv")
    try FileManager.default.createSymbolicLink(atPath: s.path("teams.csv"), withDestinationPath: "/dev/zero")
    #expect(
      Self.problems(s) == [
        "teams.csv:1:1: is a character device, not a regular file; a data set holds plain files only"
      ])
  }

  @Test func aSymlinkToAFileIsRead() throws {
    let s = try ScratchDataset()
    try FileManager.default.moveItem(atPath: s.path("teams.csv"), toPath: s.path("teams.real"))
    try FileManager.default.createSymbolicLink(atPath: s.path("teams.csv"), withDestinationPath: s.path("teams.real"))
    #expect(Self.problems(s) == ["loaded 20 units"])
  }

  @Test func aFIFOManifestIsRefused() throws {
    let s = try ScratchDataset()
    try s.remove("anvis.toml")
    #expect(mkfifo(s.path("anvis.toml"), 0o600) == 0)
    #expect(Self.problems(s).first?.hasPrefix("anvis.toml:1:1: is a FIFO (named pipe)") == true)
  }

  @Test func theFingerprintDoesNotWaitOnAFIFO() throws {
    let s = try ScratchDataset()
    #expect(DatasetFingerprint.hash(folder: s.directory)?.hasPrefix("sha256:") == true)
    try s.remove("teams.csv")
    #expect(mkfifo(s.path("teams.csv"), 0o600) == 0)
    #expect(DatasetFingerprint.hash(folder: s.directory) == nil)
  }

  @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
    let s = try ScratchDataset()
    #expect(throws: FileBytes.Failure.tooLarge(73)) { try FileBytes.read(s.path("teams.csv"), limit: 72) }
    #expect(try FileBytes.read(s.path("teams.csv"), limit: 73).count == 73)
    #expect(FileBytes.Failure.tooLarge(3 << 30).message == "the file is 3 GiB; anvis reads files up to 2 GiB")
  }
}
