/// What can go wrong reading, saving, listing and replaying sessions. `ErrorRenderer` words it
/// (`diagnoses`); a problem in a transcript file is shown at its `file:line:column`.
public enum SessionError: Error, Equatable, Sendable, CustomStringConvertible {
  case name(NameProblem)
  case folderMissing(String)
  case folderNotDirectory(String)
  case unwritable(path: String, reason: String)
  case write(StoreError)
  case exists(name: String, path: String)
  case notFound(name: String, path: String)
  case unreadable(path: String, reason: String)
  case parse(path: String, TranscriptProblem)
  case noRecording
  case noAutosave
  /// The data set a session is replayed on did not open.
  case dataset(folder: String, StoreError)

  /// Why a typed session name was refused.
  public enum NameProblem: Error, Hashable, Sendable {
    case empty
    case path(String)
    case hidden(String)
    case tooLong(String, Int)
    case character(String, Character, column: Int)
  }

  /// A problem in a transcript file, at a line and column (1-based).
  public struct TranscriptProblem: Error, Hashable, Sendable {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, _ message: String) {
      self.line = line
      self.column = column
      self.message = message
    }

    static let noHeader = "expected '# anvis session: NAME' on the first line"
    static let noData = "expected '# data: DIR sha256:HASH   seed: N' on the second line"
    static let noVersion = "expected '# anvis: VERSION   date: YYYY-MM-DD' on the third line"
    static let badHash = "expected 'sha256:' and 64 hex digits"
    static let badSeed = "expected a whole number after 'seed: '"
    static let badDate = "expected a date YYYY-MM-DD after 'date: '"
    static let orphanOutput =
      "output line without a command; narration starts at column 0, a command behind '  > '"
    static let lateContinuation =
      "continuation line '  . ' after the output started; it must follow the command"
    static let afterFailed = "'  [failed]' must be the last line of a step"
    static let badIndent = "indent output with exactly two spaces; narration starts at column 0"
    static let emptyCommand = "empty command after '  > '"
    static let badEscape = "bad escape; use \\\\, \\t or \\xHH (ASCII)"
  }

  public var description: String { ErrorRenderer.message(self) }
}

extension SessionError: Diagnosable {
  public var diagnoses: [Diagnosis] {
    let message: String
    switch self {
    case .name(let problem): message = problem.message
    case .folderMissing(let path):
      message =
        "sessions folder '\(path)' does not exist; create it or choose one with --sessions DIR (or ANVIS_SESSIONS)"
    case .folderNotDirectory(let path):
      message = "sessions folder '\(path)' is not a folder; choose one with --sessions DIR (or ANVIS_SESSIONS)"
    case .unwritable(let path, let reason): message = "cannot write '\(path)': \(reason); nothing was written"
    case .write(let error): message = ErrorRenderer.message(error) + "; nothing was written"
    case .exists(let name, let path):
      message = "session '\(name)' already exists (\(path)); use .save \(name) --force to overwrite it"
    case .notFound(let name, let path): message = "no session '\(name)' (looked for \(path)); .sessions lists them"
    case .unreadable(let path, let reason): message = "cannot read '\(path)': \(reason)"
    case .parse(let path, let problem):
      return [Diagnosis(problem.message, at: FilePosition(file: path, line: problem.line, column: problem.column))]
    case .noRecording: message = "nothing recorded yet; run some commands first"
    case .noAutosave: message = "no unsaved session to recover"
    case .dataset(let folder, let error):
      return [Diagnosis("cannot open the session's data set '\(folder)' (use --data DIR):")]
        + error.diagnoses
    }
    return [Diagnosis(message)]
  }
}

extension SessionError.NameProblem {
  fileprivate var message: String {
    let rule = "a session name is a plain word: letters, digits, '-', '_' and '.'"
    switch self {
    case .empty: return "missing session name; \(rule)"
    case .path(let name): return "'\(name)' is a path; \(rule), saved in the sessions folder"
    case .hidden(let name): return "'\(name)' would be a hidden file; start the name with a letter or digit"
    case .tooLong(let name, let count):
      return "'\(name.prefix(20))…' is \(count) characters long; at most \(SessionName.maxLength)"
    case .character(let name, let c, let column):
      let shown = c == " " ? "a space" : "'\(c)'"
      return "'\(name)' has \(shown) at column \(column); \(rule)"
    }
  }
}
