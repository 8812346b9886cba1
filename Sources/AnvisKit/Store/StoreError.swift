/// Why the store could not read or write a file: a data set, a scenario, a workbook, any file
/// the shell writes. `ErrorRenderer` words it (`diagnoses`).
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
  // Writing a file or folder.
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
  case writeFailed(path: String, operation: String, reason: String)

  // Reading one file.
  /// A file that could not be read at all (`file: reason`).
  case cannotRead(file: String, reason: String)
  /// A scenario file that could not be read (`file:1:1: reason`).
  case unreadable(file: String, reason: String)
  case notUTF8(file: String)
  /// The file holds something that looks like a CPR number (shown masked).
  case personalData(file: String, masked: String)

  // Saved scenarios.
  indirect case scenarioNotWritten(name: String, StoreError)
  case scenarioNotSaved(name: String)
  case scenarioExists(name: String)

  // Data sets.
  /// A data set that did not load: every problem found, in file order. Nothing was loaded.
  case load([FileProblem])
  /// The path given as a data set is neither a folder nor a workbook.
  case notADataset(folder: String)
  /// A shell without an opener replays only on its own data set (`own`).
  case otherDataset(own: String)

  // Workbooks written (`XlsxWriter`).
  case tooManyRows(sheet: String, rows: Int)
  case tooManyColumns(sheet: String, columns: Int)
  case noSheets
  case zip(String)

  /// The problems of a data set that did not load (empty for any other error).
  public var problems: [FileProblem] {
    if case .load(let problems) = self { return problems }
    return []
  }

  public var description: String { ErrorRenderer.message(self) }

  /// The error for a failed system call `operation` on `path` (a file in `folder`).
  static func from(errno code: Int32, path: String, folder: String, operation: String) -> StoreError {
    switch code {
    case POSIX.noEntry where POSIX.isFolder(folder) == true:
      // The folder is there, but nothing may be created in it (e.g. /proc).
      .writeFailed(path: path, operation: operation, reason: POSIX.describe(errno: code))
    case POSIX.noEntry: .folderMissing(file: path, folder: folder)
    case POSIX.notDirectory: .notAFolder(file: path, folder: folder)
    case POSIX.isDirectory: .isAFolder(path: path)
    case POSIX.accessDenied, POSIX.notPermitted, POSIX.readOnlyFileSystem: .permissionDenied(path: path)
    case POSIX.noSpace, POSIX.quotaExceeded: .diskFull(path: path)
    default: .writeFailed(path: path, operation: operation, reason: POSIX.describe(errno: code))
    }
  }
}

extension StoreError: Diagnosable {
  public var diagnoses: [Diagnosis] {
    let message: String
    switch self {
    case .load(let problems): return problems.map(\.diagnosis)
    case .unreadable(let file, let reason): return [Diagnosis(reason, at: FilePosition(file: file, line: 1, column: 1))]
    case .notUTF8(let file):
      return [Diagnosis("not UTF-8 text; save it as UTF-8", at: FilePosition(file: file, line: 1, column: 1))]
    case .folderMissing(let file, let folder): message = "cannot write '\(file)': folder '\(folder)' does not exist"
    case .notAFolder(let file, let folder): message = "cannot write '\(file)': '\(folder)' is not a folder"
    case .isAFolder(let path): message = "cannot write '\(path)': it is a folder"
    case .permissionDenied(let path): message = "cannot write '\(path)': permission denied"
    case .diskFull(let path): message = "cannot write '\(path)': no space left on the disk"
    case .writeFailed(let path, let operation, let reason):
      message = "cannot write '\(path)': \(operation) failed: \(reason)"
    case .cannotRead(let file, let reason): message = "\(file): \(reason)"
    case .personalData(let file, let masked): message = "\(file): \(CPRDetector.message(masked))"
    case .scenarioNotWritten(let name, let error): message = "cannot save scenario '\(name)': \(error)"
    case .scenarioNotSaved(let name): message = "scenario '\(name)' has no file"
    case .scenarioExists(let name): message = "a scenario '\(name)' is saved already"
    case .notADataset(let folder): message = "no data set at '\(folder)': not a folder"
    case .otherDataset(let own): message = "this shell can only replay on its own data set ('\(own)')"
    case .tooManyRows(let sheet, let rows):
      message =
        "'\(sheet)' has \(DatasetValidator.grouped(rows)) rows and a header; an Excel sheet holds at most 1,048,576 rows: nothing was written (filter the result, or write it as .csv)"
    case .tooManyColumns(let sheet, let columns):
      message =
        "'\(sheet)' has \(DatasetValidator.grouped(columns)) columns; an Excel sheet holds at most 16,384: nothing was written"
    case .noSheets: message = "a workbook needs at least one table"
    case .zip(let reason): message = "cannot build the workbook: \(reason)"
    }
    return [Diagnosis(message)]
  }
}
