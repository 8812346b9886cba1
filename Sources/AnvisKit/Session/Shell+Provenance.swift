// Results that say where they came from: every table `simulate` and `allocate` make carries a
// `scenario` column and a `Provenance` in the catalog (shown by `tables`), and a query over
// results of another scenario than the current one gets a one-line note on stderr.

extension Shell {
  /// Binds the result tables of one run: each with a `scenario` column first, and the
  /// command, scenario and settings as its provenance.
  func bindResults(_ tables: [Table], from provenance: Provenance) {
    for table in tables {
      catalog.bind(Shell.stamped(table, scenario: provenance.scenario), origin: .result, provenance: provenance)
    }
  }

  /// The table with a first column `scenario` holding `name` on every row (unchanged when it
  /// has a `scenario` column already).
  static func stamped(_ table: Table, scenario name: String) -> Table {
    guard table.column(named: "scenario") == nil else { return table }
    let column = Column(name: "scenario", storage: .string(Array(repeating: name, count: table.rowCount)))
    return Table(name: table.name, columns: [column] + table.columns, rowCount: table.rowCount)
  }

  /// The run settings as `tables` shows them: `months 12 runs 100 seed 7`.
  static func settingsText(_ parameters: ScenarioWorkspace.RunParameters) -> String {
    "months \(parameters.months) runs \(parameters.runs) seed \(parameters.seed)"
  }

  /// A note for a query that reads results made under another scenario than the current one:
  /// `note: placements are from scenario youth-first; the current scenario is baseline`.
  func provenanceNote(for source: String) -> String? {
    let current = scenarios.current
    var seen = Set<String>()
    var others = [(table: String, scenario: String)]()
    let tokens = Lexer.tokenizePrefix(source)
    for (i, token) in tokens.enumerated() where Shell.namesASource(tokens, at: i) {
      guard case .identifier(let name) = token.kind, seen.insert(name).inserted,
        let provenance = catalog.provenance(of: name), provenance.scenario != current
      else { continue }
      others.append((name, provenance.scenario))
    }
    guard !others.isEmpty else { return nil }
    let scenarios = Set(others.map(\.scenario))
    let tables = others.map(\.table).joined(separator: ", ")
    let verb = others.count == 1 ? "is" : "are"
    let from =
      scenarios.count == 1
      ? "scenario \(others[0].scenario)"
      : "scenarios " + others.map { "\($0.table): \($0.scenario)" }.joined(separator: ", ")
    return "note: \(tables) \(verb) from \(from); the current scenario is \(current)"
  }

  /// Whether token `i` names a table a query reads: the first word, the table after
  /// `let NAME =`, or the table after `join` (and its `kind=K`).
  static func namesASource(_ tokens: [Token], at i: Int) -> Bool {
    func word(_ k: Int) -> String? { k >= 0 && k < tokens.count ? tokens[k].identifier : nil }
    if i == 0 { return true }
    if i == 3, word(0) == "let", tokens[2].kind == .symbol(.assign) { return true }
    if word(i - 1) == "join" { return true }
    return i >= 4 && word(i - 4) == "join" && word(i - 3) == "kind"
  }
}
