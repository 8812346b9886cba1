/// Why the generator did not deliver a data set. `ErrorRenderer` words it (`diagnoses`).
public enum GeneratorError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The rows made do not fit together: a bug in the generator, reported rather than trapped.
  case inconsistent(Dataset.ReferenceError)
  /// The data set was made but could not be written.
  case cannotWrite(StoreError)
  /// The folder already holds files and overwriting was not asked for.
  case folderNotEmpty(String)

  public var description: String { ErrorRenderer.message(self) }
}

extension GeneratorError: Diagnosable {
  public var diagnoses: [Diagnosis] {
    switch self {
    case .inconsistent(.duplicateID(let table, let id)):
      [Diagnosis("the generator made an inconsistent data set: \(table) has id '\(id)' twice")]
    case .inconsistent(.dangling(let table, let id, let field, let value)):
      [Diagnosis("the generator made an inconsistent data set: \(table) '\(id)' has \(field) '\(value)', which does not exist")]
    case .cannotWrite(let error): error.diagnoses
    case .folderNotEmpty(let folder):
      [Diagnosis("'\(folder)' is not empty; use --force to write the data set over what it holds")]
    }
  }
}
