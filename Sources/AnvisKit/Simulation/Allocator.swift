/// The result of `allocate`: who gets which of today's claimable vacancies.
public struct Allocation: Sendable {
  /// One row per placement: case, unit, organisation, department, area, rent, score, rule_path.
  public var table: Table
  public var summary: Summary

  public struct Summary: Hashable, Sendable {
    public var policy: Policy
    /// Units vacant today.
    public var vacant: Int
    /// Vacancies that were the kommune's turn under the rota.
    public var kommunesTurn: Int
    /// Of those, units some waiting case may be offered (the kommune claims these).
    public var claimed: Int
    public var placed: Int
    public var waiting: Int
    public var totalScore: Double

    /// Lines for the shell.
    public var lines: [String] {
      [
        "policy \(policy.rawValue): \(placed) of \(waiting) waiting cases placed",
        "vacant units \(vacant), kommune's turn \(kommunesTurn), claimed \(claimed) (a waiting case may take them)",
        "total match score \(NumberText.fixed(totalScore, decimals: 1))"
          + (placed > 0 ? ", mean \(NumberText.fixed(totalScore / Double(placed), decimals: 1))" : ""),
      ]
    }
  }
}

/// `allocate`: matches today's vacant units that the kommune may claim to waiting cases, once.
public enum Allocator {
  /// Runs the scenario's policy over today's vacancies and open cases.
  public static func allocate(dataset: Dataset, scenario: Scenario) -> Allocation {
    let trace = AllocationTrace(dataset: dataset, levers: scenario.levers)
    let levers = trace.rules.levers
    let stock = trace.rules.stock
    let profiles = trace.profiles
    let waited = trace.waited
    var pairs = trace.pairs
    pairs.sort { (dataset.cases[$0.case].id, $0.unit) < (dataset.cases[$1.case].id, $1.unit) }

    var total = 0.0
    var caseIDs = [String](), unitIDs = [String](), orgs = [String](), depts = [String](), areas = [String]()
    var rents = [Double](), scores = [Double](), paths = [String]()
    for (u, c) in pairs {
      let score = MatchScore.score(profiles[c], waitedDays: waited[c], unit: u, stock: stock, levers: levers)
      total += score
      caseIDs.append(dataset.cases[c].id)
      unitIDs.append(stock.unitID(u, dataset))
      orgs.append(stock.organisationID(u, dataset))
      depts.append(stock.departmentID(u, dataset))
      areas.append(dataset.areas[stock.area[u]].id)
      rents.append(stock.rent[u])
      scores.append((score * 10).rounded() / 10)
      paths.append(rulePath(profiles[c], waited: waited[c], unit: u, stock: stock, levers: levers))
    }
    let table = Table(
      name: "allocation",
      columns: [
        Column(name: "case", storage: .string(caseIDs)), Column(name: "unit", storage: .string(unitIDs)),
        Column(name: "organisation", storage: .string(orgs)),
        Column(name: "department", storage: .string(depts)),
        Column(name: "area", storage: .string(areas)), Column(name: "rent", storage: .double(rents)),
        Column(name: "score", storage: .double(scores)), Column(name: "rule_path", storage: .string(paths)),
      ])
    let summary = Allocation.Summary(
      policy: levers.policy, vacant: trace.vacant.count, kommunesTurn: trace.turns.count,
      claimed: trace.claimed.count,
      placed: pairs.count, waiting: profiles.count, totalScore: total)
    return Allocation(table: table, summary: summary)
  }

  /// The checks a placement passed, in the order the rules run, for the `rule_path` column.
  static func rulePath(_ p: CaseProfile, waited: Int, unit u: Int, stock: Stock, levers: Levers) -> String {
    var parts = ["\(levers.policy.rawValue) (waited \(waited) d, priority \(p.priority))"]
    parts.append(
      stock.zone[u] == .none
        ? "area \(stock.areaStatus[u].rawValue)" : "§ 59 stk. \(stock.zone[u].rawValue) ok")
    parts.append("rent \(NumberText.grouped(Int(stock.rent[u].rounded()))) \(levers.rentRule.rawValue) ok")
    parts.append("\(stock.rooms[u]) rm for \(p.household)")
    if let method = p.supportMethod { parts.append("\(method.rawValue) place") }
    return parts.joined(separator: " > ")
  }
}
