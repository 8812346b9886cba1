/// `why CASE`: which rules keep a case from which homes, the nearest homes it could get, and
/// what would have to change.
public struct Explanation: Sendable {
  public var caseID: String
  /// Units in the stock (any status) the case may be offered today under the scenario.
  public var eligibleUnits: Int
  /// Expected vacancies a year among those that are the kommune's to claim.
  public var claimableVacanciesPerYear: Double
  /// rule, units_blocked, only_rule, change — one row per rule that blocks any unit.
  public var rules: Table
  /// The nearest units: eligible ones (vacant first) by match score, else the ones blocked by
  /// fewest rules.
  public var nearest: Table
  /// obstacle, units_today, detail, change — what kept the case from today's `allocate`
  /// beyond the rules above: the kommune's turn, a full support method, dept.cap, other cases.
  public var obstacles: Table
  /// The unit today's `allocate` gives the case, if any.
  public var placedToday: String?
  /// Sentences for the shell.
  public var lines: [String]
}

public enum Why {
  /// Explains case `caseID` under `scenario` with today's support places.
  public static func explain(
    caseID: String, dataset: Dataset, scenario: Scenario, nearestCount: Int = 5
  ) throws(SimulationError) -> Explanation {
    guard let c = dataset.caseIndex[caseID] else {
      throw .unknownCase(caseID, hint: NearMiss.hint(for: caseID, among: dataset.cases.map(\.id)))
    }
    let levers = scenario.levers
    let rules = Eligibility(dataset: dataset, levers: levers)
    let stock = rules.stock
    let state = EligibilityState(dataset: dataset, levers: levers)
    let theCase = dataset.cases[c]
    let profile = CaseProfile(theCase)
    let waited = dataset.asOf - theCase.registered

    var blocked = [BlockingRule.Kind: Int]()
    var only = [BlockingRule.Kind: Int]()
    var onlyRentMin = Double.infinity
    var example = [BlockingRule.Kind: BlockingRule]()
    var eligible = [Int]()
    var nearMisses = [(unit: Int, rules: [BlockingRule], kinds: Int)]()
    var perYear = 0.0
    let rota = ClaimRota(dataset: dataset, levers: levers)
    for u in 0..<stock.existing {
      let found = rules.check(profile, unit: u, state: state)
      if found.isEmpty {
        eligible.append(u)
        // A family turn serves the homeless list with chance anvisning.homeless_share.
        let forList = stock.type[u] == .family ? levers.model.homelessShare : 1
        perYear +=
          dataset.manifest.flow.turnover(stock.type[u], rooms: stock.rooms[u])
          * rota.expectedShare(u, stock: stock)
          * forList
        continue
      }
      var kinds = [BlockingRule.Kind]()
      for r in found where !kinds.contains(r.kind) {
        kinds.append(r.kind)
        if example[r.kind] == nil { example[r.kind] = r }
      }
      for k in kinds { blocked[k, default: 0] += 1 }
      if kinds.count == 1 {
        only[kinds[0], default: 0] += 1
        if kinds[0] == .rent { onlyRentMin = min(onlyRentMin, stock.rent[u]) }
      }
      if kinds.count <= 2 { nearMisses.append((u, found, kinds.count)) }
    }

    let today = WhyObstacles(case: c, dataset: dataset, levers: levers)

    // Rules table, in rule order.
    let kinds = blocked.keys.sorted()
    let changes = kinds.map {
      change(
        for: $0, example: example[$0], onlyRentMin: onlyRentMin, supportTarget: today.supportTarget,
        dataset: dataset, levers: levers)
    }
    let ruleTable = Table(
      name: "why",
      columns: [
        Column(name: "rule", storage: .string(kinds.map(\.description))),
        Column(name: "units_blocked", storage: .int(kinds.map { blocked[$0] ?? 0 })),
        Column(name: "only_rule", storage: .int(kinds.map { only[$0] ?? 0 })),
        Column(name: "change", storage: .string(changes)),
      ])

    // Nearest units.
    func score(_ u: Int) -> Double {
      MatchScore.score(profile, waitedDays: waited, unit: u, stock: stock, levers: levers)
    }
    var picks: [(unit: Int, rules: [BlockingRule], kinds: Int, score: Double)]
    if !eligible.isEmpty {
      picks = eligible.map { ($0, [], 0, score($0)) }
    } else {
      picks = nearMisses.map { ($0.unit, $0.rules, $0.kinds, score($0.unit)) }
    }
    // Fewest blocking rules first, then vacant today, then the best match.
    func occupied(_ u: Int) -> Int { dataset.units[u].status == .vacant ? 0 : 1 }
    picks.sort {
      ($0.kinds, occupied($0.unit), -$0.score, $0.unit) < ($1.kinds, occupied($1.unit), -$1.score, $1.unit)
    }
    picks = Array(picks.prefix(nearestCount))
    let nearest = Table(
      name: "why_nearest",
      columns: [
        Column(name: "unit", storage: .string(picks.map { stock.unitID($0.unit, dataset) })),
        Column(name: "type", storage: .string(picks.map { stock.type[$0.unit].rawValue })),
        Column(name: "rooms", storage: .int(picks.map { stock.rooms[$0.unit] })),
        Column(name: "rent", storage: .double(picks.map { stock.rent[$0.unit] })),
        Column(name: "area", storage: .string(picks.map { dataset.areas[stock.area[$0.unit]].id })),
        Column(name: "status", storage: .string(picks.map { dataset.units[$0.unit].status.rawValue })),
        Column(
          name: "blocked_by",
          storage: .string(
            picks.map {
              $0.rules.isEmpty ? "—" : $0.rules.map(\.reason).joined(separator: "; ")
            })),
      ])

    var lines = [
      "\(caseID): age \(theCase.age), household \(theCase.householdSize), need \(theCase.need.rawValue), "
        + "income \(NumberText.grouped(Int(theCase.income.rounded()))) kr, waited \(waited) days"
    ]
    if eligible.isEmpty {
      lines.append("no unit in the stock may be offered to \(caseID) under scenario \(scenario.name)")
    } else {
      let vacant = eligible.filter { dataset.units[$0].status == .vacant }.count
      lines.append(
        "\(NumberText.grouped(eligible.count)) of \(NumberText.grouped(stock.existing)) units may be offered "
          + "(\(NumberText.grouped(vacant)) vacant today); about \(NumberText.fixed(perYear, decimals: 1)) of them "
          + "fall vacant on the kommune's turn a year")
    }
    if let best = kinds.max(by: { (only[$0] ?? 0, $1) < (only[$1] ?? 0, $0) }), (only[best] ?? 0) > 0 {
      lines.append(
        "the rule that alone holds back most units: \(best) (\(NumberText.grouped(only[best] ?? 0)) units)")
    }
    let placed = today.placedUnit.map { stock.unitID($0, dataset) }
    if let placed {
      lines.append("today's allocate (\(levers.policy.rawValue)) places \(caseID) in \(placed)")
    } else {
      lines.append(
        "today's allocate (\(levers.policy.rawValue)) does not place \(caseID): "
          + "\(NumberText.grouped(today.fitVacant)) vacant unit\(today.fitVacant == 1 ? "" : "s") the rules allow, "
          + "\(NumberText.grouped(today.fitTurns)) of them the kommune's turn")
      var wanted = [String]()
      for row in today.rows where row.change.hasPrefix("set ") && !wanted.contains(row.change) {
        wanted.append(row.change)
      }
      if let best = kinds.max(by: { (only[$0] ?? 0, $1) < (only[$1] ?? 0, $0) }), (only[best] ?? 0) > 0,
        eligible.isEmpty
      {
        let text = changes[kinds.firstIndex(of: best) ?? 0]
        if text.hasPrefix("set ") && !wanted.contains(text) { wanted.insert(text, at: 0) }
      }
      if !wanted.isEmpty { lines.append("what would have to change: " + wanted.joined(separator: "; ")) }
    }
    if let line = termsLine(caseID: caseID, eligible: eligible, dataset: dataset, levers: levers, stock: stock) {
      lines.append(line)
    }
    return Explanation(
      caseID: caseID, eligibleUnits: eligible.count, claimableVacanciesPerYear: perYear, rules: ruleTable,
      nearest: nearest, obstacles: today.table, placedToday: placed, lines: lines)
  }

  /// What the agreement terms changed, when they changed anything: the shares they raised and
  /// the friholdte departments they opened, with the case's units in them.
  static func termsLine(caseID: String, eligible: [Int], dataset: Dataset, levers: Levers, stock: Stock)
    -> String?
  {
    let terms = levers.agreement
    guard terms.points > 0 else { return nil }
    var parts = [String]()
    let raised = dataset.organisations.filter { levers.termsShare(of: $0) > 1e-9 }
    if let first = raised.first {
      let by = NumberText.compact(levers.termsShare(of: first))
      parts.append(
        "\(raised.count) organisation\(raised.count == 1 ? "'s share" : "s' shares") raised by up to \(by) "
          + "(e.g. \(first.id): \(NumberText.compact(first.anvisningShare)) agreed → "
          + "\(NumberText.compact(levers.share(of: first))))")
    }
    let released = levers.releasedByTerms(in: dataset)
    if !released.isEmpty {
      let ids = released.map { dataset.departments[$0].id }.naturallySorted()
      let inThem = eligible.filter { $0 < dataset.units.count && released.contains(stock.department[$0]) }.count
      parts.append(
        "\(ids.count) friholdt department\(ids.count == 1 ? "" : "s") opened (\(ids.prefix(5).joined(separator: ", "))"
          + "\(ids.count > 5 ? ", …" : "")); \(NumberText.grouped(inThem)) of the units \(caseID) may be offered are in them")
    }
    guard !parts.isEmpty else { return nil }
    return "from the agreement terms [est] (\(terms.text)): " + parts.joined(separator: "; ")
  }

  /// What would have to change for a rule to stop blocking: a lever, or the law.
  static func change(
    for kind: BlockingRule.Kind, example: BlockingRule?, onlyRentMin: Double, supportTarget: Int? = nil,
    dataset: Dataset, levers: Levers
  ) -> String {
    switch kind {
    case .exemptDepartment: return "set exempt.departments = none"
    case .youthClaimOff: return "set youth.claim = true"
    case .youthAge: return "none: age band of the unit type"
    case .seniorNotForHomeless: return "set senior.for_homeless = true"
    case .seniorNeed: return "none: ældreboliger are for citizens 60+ or with a disability (§ 57)"
    case .stk6, .stk7: return "none: almenboligloven § 59 is law (a home outside these areas)"
    case .rent:
      switch levers.rentRule {
      case .cap:
        if onlyRentMin.isFinite {
          let target = (onlyRentMin / 100).rounded(.up) * 100
          return "set rent.cap = \(NumberText.compact(target)) or rent.reduction.units"
        }
        return "a higher rent.cap or rent.reduction.units"
      case .income: return "a higher rent.share, or rent.reduction.units"
      }
    case .householdTooLarge, .unitTooLarge: return "none: rooms for the household"
    case .notAccessible: return "more accessible units"
    case .supportFull:
      if case .supportFull(let method, _)? = example {
        return supportChange(
          method, target: supportTarget ?? levers.capacity(method) + 1, dataset: dataset, levers: levers)
      }
      return "more support places"
    case .departmentCap: return "set dept.cap = \((levers.deptCap ?? 0) + 1) (or off)"
    }
  }
}

extension ClaimRota {
  /// The long-run share of a unit's vacancies that are the kommune's turn.
  func expectedShare(_ u: Int, stock: Stock) -> Double {
    if stock.exempt[u] { return 0 }
    switch stock.type[u] {
    case .family: return familyShare[stock.organisation[u]]
    case .youth: return youthEnabled ? ClaimRota.youthShare : 0
    case .senior, .skaev, .shared_room, .transition: return 1
    }
  }
}
