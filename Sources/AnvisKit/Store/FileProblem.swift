/// One thing wrong with a data set file, at a position a person can go to.
public struct FileProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// The path as the loader was given it, e.g. `examples/aalborg/units.csv`.
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column, counted in characters of the original line.
  public var column: Int
  public var message: String
  /// The sheet, when `file` is a workbook: `line` is then the row and `column` the column
  /// (A = 1) of the cell.
  public var sheet: String?

  public init(file: String, line: Int, column: Int, message: String, sheet: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.sheet = sheet
  }

  /// The problem in words at its place, for `ErrorRenderer`.
  public var diagnosis: Diagnosis {
    Diagnosis(message, at: FilePosition(file: file, line: line, column: column, sheet: sheet))
  }

  /// `file:line:column: message`, or `book.xlsx[sheet]!F12: message` for a cell of a workbook.
  public var description: String { ErrorRenderer.line(diagnosis) }
}

/// The problems of one file, keeping the first `limit` and counting the rest.
struct ProblemList: Sendable {
  let file: String
  let limit: Int
  /// Set for a sheet of a workbook: positions are cells.
  var sheet: String?
  private(set) var kept: [FileProblem] = []
  private(set) var omitted = 0
  private var firstOmitted: (line: Int, column: Int)?

  init(file: String, limit: Int = 100, sheet: String? = nil) {
    self.file = file
    self.limit = limit
    self.sheet = sheet
  }

  var isEmpty: Bool { kept.isEmpty }
  var count: Int { kept.count + omitted }

  mutating func add(line: Int, column: Int, _ message: String) {
    if kept.count < limit {
      kept.append(FileProblem(file: file, line: line, column: column, message: message, sheet: sheet))
    } else {
      if firstOmitted == nil { firstOmitted = (line, column) }
      omitted += 1
    }
  }

  /// Adds `other`'s problems after these, as if they had been added here one by one (`other`
  /// is a later stretch of the same file, read by another reader).
  mutating func append(_ other: ProblemList) {
    for problem in other.kept { add(line: problem.line, column: problem.column, problem.message) }
    guard other.omitted > 0, let first = other.firstOmitted else { return }
    if firstOmitted == nil { firstOmitted = first }
    omitted += other.omitted
  }

  /// The kept problems in position order, and a closing note when some were left out.
  var problems: [FileProblem] {
    var result = kept.enumerated().sorted {
      ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
    }.map(\.element)
    if let first = firstOmitted {
      let noun = omitted == 1 ? "problem" : "problems"
      result.append(
        FileProblem(
          file: file, line: first.line, column: first.column,
          message: "… \(omitted) more \(noun) in \(file.split(separator: "/").last.map(String.init) ?? file)",
          sheet: sheet))
    }
    return result
  }
}
