/// What can go wrong reading, saving and listing sessions, in words for the user.
public enum SessionError: Error, Equatable, Sendable, CustomStringConvertible {
  case name(SessionNameError)
  case folderMissing(String)
  case folderNotDirectory(String)
  case unwritable(path: String, reason: String)
  case write(FileWriteError)
  case exists(name: String, path: String)
  case notFound(name: String, path: String)
  case unreadable(path: String, reason: String)
  case parse(path: String, TranscriptParseError)
  case noRecording
  case noAutosave

  public var description: String {
    switch self {
    case .name(let problem): return problem.description
    case .folderMissing(let path):
      return
        "sessions folder '\(path)' does not exist; create it or choose one with --sessions DIR (or ANVIS_SESSIONS)"
    case .folderNotDirectory(let path):
      return "sessions folder '\(path)' is not a folder; choose one with --sessions DIR (or ANVIS_SESSIONS)"
    case .unwritable(let path, let reason): return "cannot write '\(path)': \(reason); nothing was written"
    case .write(let error): return error.description + "; nothing was written"
    case .exists(let name, let path):
      return "session '\(name)' already exists (\(path)); use .save \(name) --force to overwrite it"
    case .notFound(let name, let path):
      return "no session '\(name)' (looked for \(path)); .sessions lists them"
    case .unreadable(let path, let reason): return "cannot read '\(path)': \(reason)"
    case .parse(let path, let error): return error.rendered(file: path)
    case .noRecording: return "nothing recorded yet; run some commands first"
    case .noAutosave: return "no unsaved session to recover"
    }
  }
}
