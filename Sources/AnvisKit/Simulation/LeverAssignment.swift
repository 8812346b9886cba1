/// One `set LEVER = VALUE` (or `set anvisning.share[org-3] = 0.5`), parsed with the columns
/// of its parts so errors can point at them.
public struct LeverAssignment: Hashable, Sendable {
  public var lever: Lever
  public var organisation: String?
  public var value: String
  /// 1-based column of the value in the line it came from.
  public var valueColumn: Int

  public init(lever: Lever, organisation: String? = nil, value: String, valueColumn: Int = 1) {
    self.lever = lever
    self.organisation = organisation
    self.value = value
    self.valueColumn = valueColumn
  }

  /// The assignment as a `set` line (what a scenario file stores).
  public var line: String {
    "set \(lever.name)\(organisation.map { "[\($0)]" } ?? "") = \(value)"
  }

  /// Parses `set LEVER[ORG] = VALUE` (the leading `set` is optional) and checks the lever name
  /// and organisation; the value is checked by `apply`.
  public static func parse(_ line: String, dataset: Dataset) throws(Diagnostic) -> LeverAssignment {
    let chars = Array(line)
    var i = 0
    func skipSpaces() { while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 } }
    func word() -> (text: String, column: Int) {
      skipSpaces()
      let start = i
      while i < chars.count, !" \t=[]".contains(chars[i]) { i += 1 }
      return (String(chars[start..<i]), start + 1)
    }
    var name = word()
    if name.text == "set" { name = word() }
    guard !name.text.isEmpty else {
      throw Diagnostic("expected a lever name", column: name.column, hint: Self.leversHint)
    }
    guard
      let lever = Lever(rawValue: name.text)
        ?? Lever.allCases.first(where: {
          $0.name.lowercased() == name.text.lowercased()
        })
    else {
      throw Diagnostic(
        "unknown lever '\(name.text)'", column: name.column, length: name.text.count,
        hint: NearMiss.hint(for: name.text, among: Lever.allCases.map(\.name)) ?? Self.leversHint
      )
    }
    var organisation: String?
    if i < chars.count, chars[i] == "[" {
      i += 1
      let start = i
      while i < chars.count, chars[i] != "]" { i += 1 }
      let id = String(chars[start..<i]).leverTrimmed
      guard i < chars.count else { throw Diagnostic("expected ']' after the organisation", column: i + 1) }
      i += 1
      guard lever.takesOrganisation else {
        throw Diagnostic(
          "'\(lever.name)' has no per-organisation value", column: start, length: id.count + 2)
      }
      guard dataset.organisationIndex[id] != nil else {
        throw Self.unknownOrganisation(id, in: dataset, line: 1, column: start + 1)
      }
      organisation = id
    }
    skipSpaces()
    guard i < chars.count, chars[i] == "=" else {
      throw Diagnostic("expected '=' after '\(lever.name)'", column: i + 1, hint: "set \(lever.name) = VALUE")
    }
    i += 1
    skipSpaces()
    let value = String(chars[i...]).leverTrimmed
    guard !value.isEmpty else { throw Diagnostic("expected a value after '='", column: i + 1) }
    return LeverAssignment(lever: lever, organisation: organisation, value: value, valueColumn: i + 1)
  }

  /// Applies the value to `levers`, or explains with a caret under the value why it cannot.
  public func apply(to levers: inout Levers, dataset: Dataset, line: Int = 1) throws(Diagnostic) {
    do {
      try levers.set(lever, organisation: organisation, to: value, in: dataset)
    } catch {
      throw Diagnostic(
        error.message, line: line, column: valueColumn, length: value.count, hint: error.hint)
    }
  }
}

extension LeverAssignment {
  /// The help where a lever name is missing or unknown.
  static let leversHint = "type 'levers' to list them"

  /// `no organisation 'x'`, under the id, with the nearest organisation as help.
  static func unknownOrganisation(_ id: String, in dataset: Dataset, line: Int, column: Int) -> Diagnostic {
    Diagnostic(
      "no organisation '\(id)'", line: line, column: column, length: max(1, id.count),
      hint: NearMiss.hint(for: id, among: dataset.organisations.map(\.id)))
  }
}
