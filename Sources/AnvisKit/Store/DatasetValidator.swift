/// What `anvis validate DIR` reports: every problem, or a one-line summary of what loaded.
public enum DatasetValidator {
  /// The outcome of validating a data set folder.
  public enum Outcome: Sendable {
    /// It loads; `summary` is the line to print.
    case valid(summary: String, dataset: Dataset)
    case invalid(StoreError)
  }

  /// Loads `directory` and says whether it is valid.
  public static func validate(directory: String) -> Outcome {
    do {
      let dataset = try DatasetReader.load(from: directory)
      return .valid(summary: summary(of: dataset, directory: directory), dataset: dataset)
    } catch {
      return .invalid(error)
    }
  }

  /// `examples/aalborg: ok — 12 areas, 20 organisations, 150 departments, 34,012 units
  /// (412 vacant), 291 cases, 14 teams`.
  public static func summary(of dataset: Dataset, directory: String) -> String {
    let vacant = dataset.units.reduce(0) { $0 + ($1.status == .vacant ? 1 : 0) }
    let parts = [
      count(dataset.areas.count, "area"),
      count(dataset.organisations.count, "organisation"),
      count(dataset.departments.count, "department"),
      count(dataset.units.count, "unit") + " (\(grouped(vacant)) vacant)",
      count(dataset.cases.count, "case"),
      count(dataset.teams.count, "team"),
    ] + (dataset.references.isEmpty ? [] : [count(dataset.references.count, "reference")])
    return "\(directory): ok — " + parts.joined(separator: ", ")
  }

  /// `1 area`, `12 areas`, `34012 units`.
  static func count(_ n: Int, _ noun: String) -> String {
    "\(grouped(n)) \(noun)\(n == 1 ? "" : "s")"
  }

  /// A count in prose: no thousands separator (a Danish reader takes `1,149` for a decimal).
  public static func grouped(_ n: Int) -> String { String(n) }
}
