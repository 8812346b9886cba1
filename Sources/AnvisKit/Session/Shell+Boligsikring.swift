// The boligstøtte calculator: `boligsikring rent=4500 income=12326 household=1 children=0`.

extension Shell {
  /// `boligsikring`: boligsikring or boligydelse for one household, step by step.
  static let boligstotteCommands: [CommandSpec] = [
    CommandSpec(
      "boligsikring", group: .simulation,
      arguments: [.init("rent=KR income=KR [household=N] [children=N] [age=N] [size=M2] [foertidspension=BOOL] [anvist=BOOL]", .text)], summary: "boligsikring (or boligydelse from age 67) for one household, with every step",
      help: """
        Monthly rent and monthly household income in kr; household counts everyone (default 1),
        children those under 18 (default 0); age of the applicant (default 35; from 67
        boligydelse applies); size of the home in m² (the area rule applies only when given);
        foertidspension=true when someone receives førtidspension (no 15 % cap); anvist=false
        for a home the kommune did not anvise (boligydelse's maximums then apply).
        Prints the support, the net rent and each step; the steps are the table
        boligsikring_steps. Rules, rates and sources: docs/model.md.
        """,
      completer: { _, arguments, _ in
        let given = Set(arguments.compactMap { $0.split(separator: "=").first.map(String.init) })
        return BoligstotteArguments.keys.filter { !given.contains($0) }.map { $0 + "=" }
      },
      handler: { shell, input throws(CommandError) in try shell.boligstotte(input) })
  ]

  func boligstotte(_ input: CommandInput) throws(CommandError) -> Reply {
    let household = try BoligstotteArguments.parse(input)
    let result = Boligstotte(household)
    let table = result.table
    catalog.bind(table, origin: .result)
    return Reply([.text(result.summary), .table(table)])
  }
}

/// The calculator's `key=value` arguments, each checked with a caret under a bad one.
enum BoligstotteArguments {
  static let keys = ["rent", "income", "household", "children", "age", "size", "foertidspension", "anvist"]

  static func parse(_ input: CommandInput) throws(CommandError) -> Boligstotte.Household {
    var values = [String: (CommandInput.Word, String)]()
    for word in input.arguments {
      let parts = word.text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = String(parts[0]).lowercased()
      guard parts.count == 2 else {
        throw .at(word, "expected key=value, found '\(word.text)'", hint: "for example rent=4500")
      }
      guard keys.contains(key) else {
        throw .at(
          word, "unknown argument '\(key)'",
          hint: NearMiss.hint(for: key, among: keys) ?? "arguments: " + keys.joined(separator: ", "))
      }
      guard values[key] == nil else { throw .at(word, "'\(key)' is given twice") }
      values[key] = (word, String(parts[1]))
    }
    func number(_ key: String, min: Double, max: Double) throws(CommandError) -> Double? {
      guard let (word, text) = values[key] else { return nil }
      guard let x = Double(text.replacingUnderscores), x.isFinite, x >= min, x <= max else {
        throw .at(
          word, "expected \(key) as a number from \(NumberText.compact(min)) to \(NumberText.compact(max)), found '\(text)'")
      }
      return x
    }
    func whole(_ key: String, min: Int, max: Int) throws(CommandError) -> Int? {
      guard let (word, text) = values[key] else { return nil }
      guard let n = Int(text), n >= min, n <= max else {
        throw .at(word, "expected \(key) as a whole number from \(min) to \(max), found '\(text)'")
      }
      return n
    }
    func flag(_ key: String) throws(CommandError) -> Bool? {
      guard let (word, text) = values[key] else { return nil }
      do throws(SimulationError) {
        return try Levers.bool(text)
      } catch {
        throw .at(word, error.message)
      }
    }
    guard let rent = try number("rent", min: 0, max: 1_000_000) else {
      throw input.missing("rent=KR (the monthly rent)", hint: "boligsikring rent=4500 income=12326")
    }
    guard let income = try number("income", min: 0, max: 10_000_000) else {
      throw input.missing("income=KR (the monthly household income)", hint: "boligsikring rent=4500 income=12326")
    }
    let persons = try whole("household", min: 1, max: 20) ?? 1
    let children = try whole("children", min: 0, max: 19) ?? 0
    if children >= persons, let (word, _) = values["children"] {
      throw .at(word, "\(children) children do not fit in a household of \(persons)", hint: "household counts everyone, children too")
    }
    return Boligstotte.Household(
      rent: rent, income: income, persons: persons, children: children,
      age: try whole("age", min: 0, max: 130) ?? 35, sizeM2: try number("size", min: 1, max: 10_000),
      earlyPension: try flag("foertidspension") ?? false, anvist: try flag("anvist") ?? true)
  }
}
