/// A recorded session: a header saying where and how it was recorded, then the steps in order.
/// Its text form (see `TranscriptWriter`) reads like a notebook and diffs line by line.
public struct Transcript: Hashable, Sendable {
  public var header: TranscriptHeader
  public var steps: [TranscriptStep]
  /// Narration after the last command.
  public var epilogue: [String]

  public init(header: TranscriptHeader, steps: [TranscriptStep] = [], epilogue: [String] = []) {
    self.header = header
    self.steps = steps
    self.epilogue = epilogue
  }

  /// The first narration line, if any (shown by `.sessions`).
  public var firstNote: String? {
    for step in steps { if let first = step.narration.first { return first } }
    return epilogue.first
  }
}

/// Where a session was recorded: the data set folder and its content hash, the seed `simulate`
/// used by default when the recording began (a replay starts with it), the anvis version and
/// the data set's `as_of` date (never the clock).
public struct TranscriptHeader: Hashable, Sendable {
  public var name: String
  /// The data set folder: as the user named it (e.g. `examples/aalborg`) while recording;
  /// in a saved file, relative to the file's folder (`../examples/aalborg`, see
  /// `dataRelativeToFile`).
  public var dataFolder: String
  /// The data set's name from its manifest (`Aalborg (example)`); nil in an older header.
  public var dataName: String?
  /// Whether `dataFolder` is relative to the session file's folder (a header saved with the
  /// data set's name) rather than to where anvis ran (an older header, a journal).
  public var dataRelativeToFile: Bool
  /// `sha256:` followed by 64 hex digits; nil in an autosave journal, which is hashed when saved.
  public var dataHash: String?
  public var seed: UInt64
  public var version: String
  /// The data set's `as_of`, `YYYY-MM-DD`.
  public var date: String

  public init(
    name: String, dataFolder: String, dataHash: String? = nil, seed: UInt64 = 0,
    version: String = AnvisVersion.current,
    date: String, dataName: String? = nil, dataRelativeToFile: Bool = false
  ) {
    self.name = name
    self.dataFolder = dataFolder
    self.dataName = dataName
    self.dataRelativeToFile = dataRelativeToFile
    self.dataHash = dataHash
    self.seed = seed
    self.version = version
    self.date = date
  }
}

/// One step: the narration before it, the command (continuation lines joined by `\n`), the
/// rendered output line by line, and whether the command failed.
public struct TranscriptStep: Hashable, Sendable {
  public var narration: [String]
  public var command: String
  public var output: [TranscriptLine]
  public var failed: Bool
  /// Line of the command in the file it was read from (0 when built in memory); not compared.
  public var line: Int

  public init(
    narration: [String] = [], command: String, output: [TranscriptLine] = [], failed: Bool = false,
    line: Int = 0
  ) {
    self.narration = narration
    self.command = command
    self.output = output
    self.failed = failed
    self.line = line
  }

  public static func == (a: TranscriptStep, b: TranscriptStep) -> Bool {
    a.narration == b.narration && a.command == b.command && a.output == b.output && a.failed == b.failed
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(narration)
    hasher.combine(command)
    hasher.combine(output)
    hasher.combine(failed)
  }
}

/// The version written into session headers.
public enum AnvisVersion {
  /// anvis's version string.
  public static let current = "0.1.0"
}
