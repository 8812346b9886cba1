import Foundation
import Testing

@testable import AnvisKit

@Suite struct AtomicFileTests {
  @Test func writesTheBytesOwnerOnly() throws {
    let scratch = try ScratchFolder()
    try AtomicFile.write("hello, æøå\n", to: scratch.file("a.txt"))
    #expect(try scratch.read("a.txt") == "hello, æøå\n")
    #expect(try ScratchFolder.mode(scratch.file("a.txt")) == 0o600)
    #expect(try scratch.listing() == ["a.txt"])
  }

  @Test func honoursAnExplicitMode() throws {
    let scratch = try ScratchFolder()
    try AtomicFile.write([1, 2, 3], to: scratch.file("b.bin"), mode: 0o640)
    #expect(try ScratchFolder.mode(scratch.file("b.bin")) == 0o640)
    #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.file("b.bin"))) == Data([1, 2, 3]))
  }

  @Test func replacesAnExistingFileByRename() throws {
    let scratch = try ScratchFolder()
    let path = scratch.file("data.csv")
    try "old contents that are longer\n".write(toFile: path, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    let before = try ScratchFolder.inode(path)
    try AtomicFile.write("new\n", to: path)
    #expect(try scratch.read("data.csv") == "new\n")
    #expect(try ScratchFolder.mode(path) == 0o600)
    // A new inode: the old file was replaced whole, not rewritten in place.
    #expect(try ScratchFolder.inode(path) != before)
    #expect(try scratch.listing() == ["data.csv"])
  }

  @Test func writesAnEmptyFile() throws {
    let scratch = try ScratchFolder()
    try AtomicFile.write([UInt8](), to: scratch.file("empty"))
    #expect(try scratch.read("empty") == "")
  }

  @Test func reportsAMissingFolder() throws {
    let scratch = try ScratchFolder()
    let path = scratch.file("nowhere/x.csv")
    #expect(throws: StoreError.folderMissing(file: path, folder: scratch.file("nowhere"))) {
      try AtomicFile.write("x", to: path)
    }
    #expect(try scratch.listing() == [])
    let message = StoreError.folderMissing(file: path, folder: scratch.file("nowhere")).description
    #expect(message == "cannot write '\(path)': folder '\(scratch.file("nowhere"))' does not exist")
  }

  /// /proc exists but no file can be created in it (the system says "no such file"):
  /// the message must not claim the folder is missing.
  @Test(.enabled(if: POSIX.isFolder("/proc/self") == true, "needs Linux's /proc"))
  func anExistingFolderIsNotCalledMissing() throws {
    do {
      try AtomicFile.write("x", to: "/proc/anvis-test-file")
      Issue.record("writing into /proc succeeded")
    } catch {
      #expect(!error.description.contains("does not exist"), "\(error.description)")
      #expect(error.description.hasPrefix("cannot write '/proc/anvis-test-file': "))
    }
  }

  /// Tests run as root, where a read-only folder does not stop a write; a path whose
  /// parent is a regular file fails for everyone.
  @Test func reportsAFileInPlaceOfAFolderAndLeavesNothing() throws {
    let scratch = try ScratchFolder()
    try "not a folder".write(toFile: scratch.file("plain"), atomically: false, encoding: .utf8)
    let path = scratch.file("plain/x.csv")
    #expect(throws: StoreError.notAFolder(file: path, folder: scratch.file("plain"))) {
      try AtomicFile.write("x", to: path)
    }
    #expect(try scratch.listing() == ["plain"])
    #expect(try scratch.read("plain") == "not a folder")
  }

  @Test func refusesToReplaceAFolderAndRemovesItsTemporaryFile() throws {
    let scratch = try ScratchFolder()
    try FileManager.default.createDirectory(atPath: scratch.file("dir"), withIntermediateDirectories: false)
    #expect(throws: StoreError.isAFolder(path: scratch.file("dir"))) {
      try AtomicFile.write("x", to: scratch.file("dir"))
    }
    // The temporary file was created beside the target, then removed when rename failed.
    #expect(try scratch.listing() == ["dir"])
  }

  @Test(.enabled(if: geteuid() != 0, "root ignores folder permissions"))
  func reportsPermissionDeniedInAReadOnlyFolder() throws {
    let scratch = try ScratchFolder()
    let folder = scratch.file("ro")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder) }
    #expect(throws: StoreError.permissionDenied(path: folder + "/x")) {
      try AtomicFile.write("x", to: folder + "/x")
    }
    #expect(try scratch.listing(folder) == [])
  }

  @Test func createsNestedFoldersOwnerOnly() throws {
    let scratch = try ScratchFolder()
    let path = scratch.file("a/b/c")
    try AtomicFile.createFolder(path)
    #expect(try ScratchFolder.mode(scratch.file("a")) == 0o700)
    #expect(try ScratchFolder.mode(path) == 0o700)
    // Again: an existing folder is fine and left as it is.
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    try AtomicFile.createFolder(path)
    #expect(try ScratchFolder.mode(path) == 0o755)
  }

  @Test func refusesToCreateAFolderOverAFile() throws {
    let scratch = try ScratchFolder()
    try "x".write(toFile: scratch.file("f"), atomically: false, encoding: .utf8)
    #expect(throws: StoreError.notAFolder(file: scratch.file("f"), folder: scratch.file("f"))) {
      try AtomicFile.createFolder(scratch.file("f"))
    }
  }

  @Test func findsTheFolderOfAPath() {
    #expect(AtomicFile.folder(of: "x.csv") == ".")
    #expect(AtomicFile.folder(of: "/x.csv") == "/")
    #expect(AtomicFile.folder(of: "a/b/x.csv") == "a/b")
    #expect(AtomicFile.folder(of: "/tmp/d/") == "/tmp")
  }

  @Test func writesSeveralFiles() throws {
    let scratch = try ScratchFolder()
    try AtomicFile.write([(scratch.file("a"), Array("A".utf8)), (scratch.file("b"), Array("B".utf8))])
    #expect(try scratch.listing() == ["a", "b"])
    #expect(try scratch.read("a") == "A")
    #expect(try ScratchFolder.mode(scratch.file("b")) == 0o600)
  }

  @Test func replacesNoneOfSeveralFilesWhenOneCannotBeWritten() throws {
    let scratch = try ScratchFolder()
    try "old".write(toFile: scratch.file("a"), atomically: false, encoding: .utf8)
    let missing = scratch.file("missing/b")
    #expect(throws: StoreError.folderMissing(file: missing, folder: scratch.file("missing"))) {
      try AtomicFile.write([(scratch.file("a"), Array("new".utf8)), (missing, Array("B".utf8))])
    }
    #expect(try scratch.read("a") == "old")
    #expect(try scratch.listing() == ["a"])
  }
}
