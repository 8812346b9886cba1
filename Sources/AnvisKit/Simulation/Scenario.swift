/// A named set of lever values over the baseline (`scenario youth-first from baseline`).
///
/// The scenario keeps the `set` lines that made it, in order, so it can be saved as a plain file
/// a person can read and replayed on a reloaded data set.
public struct Scenario: Hashable, Sendable {
  /// A scenario file's line that is not `name`, `from` or `set`.
  static let expectedKey = "expected 'name', 'from' or 'set'"

  /// The name every data set starts with: no lever moved.
  public static let baselineName = "baseline"

  public var name: String
  /// The scenario this one was created from, if any.
  public var base: String?
  /// The assignments over the baseline, latest last; at most one per lever (and organisation).
  public private(set) var assignments: [LeverAssignment]
  /// The data set's baseline levers.
  public let baseline: Levers
  /// The levers in force: the baseline with `assignments` applied.
  public private(set) var levers: Levers

  /// The baseline scenario of a data set.
  public init(name: String = Scenario.baselineName, dataset: Dataset) {
    self.name = name
    base = nil
    assignments = []
    baseline = Levers(baselineOf: dataset)
    levers = baseline
  }

  /// A copy of `base` under a new name.
  public init(name: String, from base: Scenario) {
    self = base
    self.name = name
    self.base = base.name
  }

  /// True when `name` is a plain word a scenario may have (letters, digits, `-`, `_`).
  public static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && name.count <= 64
      && name.unicodeScalars.allSatisfy {
        ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_"
      }
  }

  /// Applies `set …`; a bad value leaves the scenario unchanged.
  public mutating func set(_ assignment: LeverAssignment, dataset: Dataset, line: Int = 1) throws(Diagnostic)
  {
    var next = levers
    try assignment.apply(to: &next, dataset: dataset, line: line)
    levers = next
    assignments.removeAll { old in
      old.lever == assignment.lever
        && (old.organisation == assignment.organisation || assignment.organisation == nil)
    }
    var stored = assignment
    stored.valueColumn = 1
    assignments.append(stored)
  }

  /// Parses and applies one `set LEVER = VALUE` line.
  public mutating func set(line text: String, dataset: Dataset, line: Int = 1) throws(Diagnostic) {
    var assignment: LeverAssignment
    do {
      assignment = try LeverAssignment.parse(text, dataset: dataset)
    } catch {
      var located = error
      located.line = line
      throw located
    }
    try set(assignment, dataset: dataset, line: line)
  }

  /// Puts a lever back to its baseline value.
  public mutating func reset(_ lever: Lever) {
    assignments.removeAll { $0.lever == lever }
    levers.reset(lever, to: baseline)
  }

  /// Puts one organisation's `anvisning.share[ID]` back: the scenario's (or the baseline's)
  /// share for all organisations applies to it again.
  public mutating func resetShare(ofOrganisation id: String) {
    assignments.removeAll { $0.lever == .anvisningShare && $0.organisation == id }
    levers.organisationShares[id] = baseline.organisationShares[id]
  }

  /// The scenario as a plain file (`scenarios/NAME.scenario`).
  public var fileText: String {
    var out = "# anvis scenario\nname = \(name)\n"
    if let base { out += "from = \(base)\n" }
    for a in assignments { out += a.line + "\n" }
    return out
  }

  /// Reads a scenario file; errors carry the line number within the file.
  public static func parse(fileText: String, dataset: Dataset) throws(Diagnostic) -> Scenario {
    var scenario = Scenario(dataset: dataset)
    var named = false
    for (n, raw) in fileText.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = String(raw).leverTrimmed.replacingCarriageReturn
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("name") || line.hasPrefix("from") {
        let parts = line.split(separator: "=", maxSplits: 1).map { String($0).leverTrimmed }
        guard parts.count == 2, isValidName(parts[1]) else {
          throw Diagnostic("expected '\(parts[0]) = NAME' with a plain name", line: n + 1, column: 1)
        }
        if parts[0] == "name" {
          scenario.name = parts[1]
          named = true
        } else if parts[0] == "from" {
          scenario.base = parts[1]
        } else {
          throw Diagnostic(Scenario.expectedKey, line: n + 1, column: 1)
        }
        continue
      }
      guard line.hasPrefix("set ") else {
        throw Diagnostic(Scenario.expectedKey, line: n + 1, column: 1)
      }
      try scenario.set(line: line, dataset: dataset, line: n + 1)
    }
    guard named else { throw Diagnostic("missing 'name = NAME'", line: 1, column: 1) }
    return scenario
  }
}

extension String {
  var replacingCarriageReturn: String { hasSuffix("\r") ? String(dropLast()) : self }
}
