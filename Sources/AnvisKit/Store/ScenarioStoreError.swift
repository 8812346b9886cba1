/// Why a scenario file could not be read or written; `description` is what a user sees.
public enum ScenarioStoreError: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(file: String, reason: String)
  case notUTF8(file: String)
  /// The file holds something that looks like a CPR number (shown masked).
  case personalData(file: String, masked: String)
  case write(name: String, FileWriteError)
  case notSaved(name: String)
  case exists(name: String)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason): "\(file):1:1: \(reason)"
    case .notUTF8(let file): "\(file):1:1: not UTF-8 text; save it as UTF-8"
    case .personalData(let file, let masked): "\(file): \(CPRDetector.message(masked))"
    case .write(let name, let error): "cannot save scenario '\(name)': \(error)"
    case .notSaved(let name): "scenario '\(name)' has no file"
    case .exists(let name): "a scenario '\(name)' is saved already"
    }
  }
}
