/// Why a file or folder could not be written; `description` is the message a user sees.
public enum FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The folder the file should go into does not exist.
  case folderMissing(file: String, folder: String)
  /// Part of the path is a file where a folder is needed.
  case notAFolder(file: String, folder: String)
  /// The target path is a folder, so a file cannot replace it.
  case isAFolder(path: String)
  /// The operating system refused (permissions, read-only file system).
  case permissionDenied(path: String)
  /// The disk or the user's quota is full.
  case diskFull(path: String)
  /// Any other failure, with the system call and the system's reason.
  case failed(path: String, operation: String, reason: String)

  public var description: String {
    switch self {
    case .folderMissing(let file, let folder):
      "cannot write '\(file)': folder '\(folder)' does not exist"
    case .notAFolder(let file, let folder):
      "cannot write '\(file)': '\(folder)' is not a folder"
    case .isAFolder(let path):
      "cannot write '\(path)': it is a folder"
    case .permissionDenied(let path):
      "cannot write '\(path)': permission denied"
    case .diskFull(let path):
      "cannot write '\(path)': no space left on the disk"
    case .failed(let path, let operation, let reason):
      "cannot write '\(path)': \(operation) failed: \(reason)"
    }
  }

  /// The error for a failed system call `operation` on `path` (a file in `folder`).
  static func from(errno code: Int32, path: String, folder: String, operation: String) -> FileWriteError {
    switch code {
    case POSIX.noEntry where POSIX.isFolder(folder) == true:
      // The folder is there, but nothing may be created in it (e.g. /proc).
      .failed(path: path, operation: operation, reason: POSIX.describe(errno: code))
    case POSIX.noEntry: .folderMissing(file: path, folder: folder)
    case POSIX.notDirectory: .notAFolder(file: path, folder: folder)
    case POSIX.isDirectory: .isAFolder(path: path)
    case POSIX.accessDenied, POSIX.notPermitted, POSIX.readOnlyFileSystem: .permissionDenied(path: path)
    case POSIX.noSpace, POSIX.quotaExceeded: .diskFull(path: path)
    default: .failed(path: path, operation: operation, reason: POSIX.describe(errno: code))
    }
  }
}
