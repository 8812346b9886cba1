/// An error a user is told about. Each subsystem has one such type (`StoreError`,
/// `SimulationError`, `SessionError`, `CommandError`, `GeneratorError`; the query language throws
/// `Diagnostic`), whose cases carry what went wrong and where; `diagnoses` says it in words, and
/// `ErrorRenderer` is the one place that turns those into the text users see.
public protocol Diagnosable: Error, Sendable {
  /// What went wrong, one entry per problem, each at its place in a file when it has one.
  var diagnoses: [Diagnosis] { get }
}

/// One problem in words, and where it is.
public struct Diagnosis: Hashable, Sendable {
  public var message: String
  /// The place in a file, when the problem has one (shown as `file:line:column: message`).
  public var position: FilePosition?
  /// A suggestion shown as help when the problem is drawn under typed input.
  public var hint: String?

  public init(_ message: String, at position: FilePosition? = nil, hint: String? = nil) {
    self.message = message
    self.position = position
    self.hint = hint
  }
}

/// A place in a file: 1-based line and column, or a cell of a workbook's sheet.
public struct FilePosition: Hashable, Sendable {
  /// The path as it was given, e.g. `examples/aalborg/units.csv`.
  public var file: String
  public var line: Int
  /// Counted in characters of the original line.
  public var column: Int
  /// The sheet, when `file` is a workbook: `line` is then the row and `column` the column
  /// (A = 1) of the cell.
  public var sheet: String?

  public init(file: String, line: Int, column: Int, sheet: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.sheet = sheet
  }
}

extension Diagnostic: Diagnosable {
  /// Without the input it points into, a diagnostic is its message (`ErrorRenderer.caret`
  /// draws it under the input).
  public var diagnoses: [Diagnosis] { [Diagnosis(message, hint: hint)] }
}
