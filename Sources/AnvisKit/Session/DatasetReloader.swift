/// Loads the shell's data set again for `.reload`; the executable builds one over the store.
public typealias DatasetReloader = @Sendable () throws(DatasetLoadError) -> Dataset

/// Why a data set could not be (re)loaded: every problem, one line each
/// (`file:line:column: message` for problems in files).
public struct DatasetLoadError: Error, Hashable, Sendable {
  public var problems: [String]

  public init(problems: [String]) { self.problems = problems }
}
