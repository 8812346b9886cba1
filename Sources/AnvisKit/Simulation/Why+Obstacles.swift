/// What keeps a case from today's homes beyond the rules that look at the unit and the case
/// alone: the kommune's turn (`anvisning.share`), a full support method, `dept.cap`, and the
/// cases that come first. Found by running today's `allocate` and, for the levers, by trying
/// the change.
struct WhyObstacles {
  struct Row {
    var obstacle: String
    var units: Int
    var detail: String
    var change: String
  }

  var rows: [Row] = []
  /// The unit `allocate` gives the case today, if any.
  var placedUnit: Int?
  /// Units vacant today that no unit/case rule blocks (support and dept.cap aside).
  var fitVacant = 0
  /// Of those, the ones on the kommune's turn.
  var fitTurns = 0
  /// The support capacity at which a place is left for the case when its turn comes, when the
  /// places run out before it (nil: they do not).
  var supportTarget: Int?

  /// Tries `allocate` under `levers` and names what kept case `c` out.
  init(case c: Int, dataset: Dataset, levers: Levers) {
    let trace = AllocationTrace(dataset: dataset, levers: levers)
    let rules = trace.rules
    let stock = rules.stock
    let p = trace.profiles[c]
    let open = EligibilityState.unconstrained
    let fits = trace.vacant.filter { rules.check(p, unit: $0, state: open).isEmpty }
    let turns = Set(trace.turns)
    let given = Dictionary(trace.pairs.map { ($0.unit, $0.case) }, uniquingKeysWith: { first, _ in first })
    placedUnit = trace.pairs.first { $0.case == c }?.unit
    fitVacant = fits.count
    fitTurns = fits.filter { turns.contains($0) }.count
    guard placedUnit == nil else { return }  // housed today: nothing kept it out

    var notTurn = [Int](repeating: 0, count: dataset.organisations.count + 1)
    var supportFull = 0
    var capped = 0
    var others = [Int]()
    for u in fits {
      guard turns.contains(u) else {
        notTurn[stock.organisation[u]] += 1
        continue
      }
      let state = trace.stateAtUnit[u] ?? trace.start
      if p.method >= 0 && state.freePlaces[p.method] <= 0 {
        supportFull += 1
      } else if p.method >= 1, let cap = levers.deptCap, state.highSupport(in: stock.department[u]) >= cap {
        capped += 1
      } else if let other = given[u], other != c {
        others.append(other)
      }
    }
    let policy = levers.policy

    // Support: places free today against the cases of the same method that come first.
    if let method = p.supportMethod, let position = trace.order.firstIndex(of: c) {
      let free = trace.start.freePlaces[p.method]
      let ahead = trace.order[..<position].filter { trace.profiles[$0].method == p.method }.count
      let places = "\(max(0, free)) free \(method.rawValue) place\(free == 1 ? "" : "s") today"
      var found: (target: Int, detail: String)?
      switch policy {
      case .fcfs, .priority:
        // The places run out before its turn: it needs one beyond those that come first.
        if ahead >= free || supportFull > 0 {
          found = (
            levers.capacity(method) + max(1, ahead - max(0, free) + 1),
            places
              + "; \(ahead) \(method.rawValue) case\(ahead == 1 ? "" : "s") come first (\(policy.orderText))"
          )
        }
      case .bestFit:
        if free <= 0 || supportFull > 0 {
          found = (
            levers.capacity(method) + max(1, 1 - free), places + ", all given in the optimal match"
          )
        }
      }
      if let found {
        supportTarget = found.target
        rows.append(
          Row(
            obstacle: "support place (\(method.rawValue))", units: supportFull, detail: found.detail,
            change: Why.supportChange(method, target: found.target, dataset: dataset, levers: levers)))
      }
    }
    if capped > 0, let cap = levers.deptCap {
      rows.append(
        Row(
          obstacle: "dept.cap", units: capped,
          detail: "the department has had its \(cap) ICM/ACT placement\(cap == 1 ? "" : "s") this year",
          change: "set dept.cap = \(cap + 1) (or off)"))
    }
    let short = notTurn.reduce(0, +)
    if short > 0 {
      var orgs = notTurn.indices.filter { notTurn[$0] > 0 }
      orgs.sort { (-notTurn[$0], $0) < (-notTurn[$1], $1) }
      let detail =
        "the organisations let them: "
        + orgs.prefix(3).map { "\(Why.organisationID($0, dataset)) \(notTurn[$0])" }.joined(separator: ", ")
        + (orgs.count > 3 ? ", …" : "")
      rows.append(
        Row(
          obstacle: "not the kommune's turn", units: short, detail: detail,
          change: Why.shareChange(
            organisation: orgs[0], fits: fits, dataset: dataset, levers: levers, stock: stock)))
    }
    if !others.isEmpty {
      let ids = others.prefix(3).map { dataset.cases[$0].id }.joined(separator: ", ")
      rows.append(
        Row(
          obstacle: "went to another case", units: others.count,
          detail: "\(ids)\(others.count > 3 ? ", …" : "") (\(policy.orderText))",
          change: "more homes on the kommune's turn: anvisning.share, youth.claim, skaev.new"))
    }
  }

  /// The rows as the table `why_obstacles`.
  var table: Table {
    Table(
      name: "why_obstacles",
      columns: [
        Column(name: "obstacle", storage: .string(rows.map(\.obstacle))),
        Column(name: "units_today", storage: .int(rows.map(\.units))),
        Column(name: "detail", storage: .string(rows.map(\.detail))),
        Column(name: "change", storage: .string(rows.map(\.change))),
      ])
  }
}

extension Policy {
  /// How the policy orders the list, for `why`.
  var orderText: String {
    switch self {
    case .fcfs: "fcfs: longer wait"
    case .priority: "priority: higher need, then longer wait"
    case .bestFit: "best-fit: the optimal match"
    }
  }
}

extension Why {
  /// `set support.capacity.M = target`, with the whole teams that would give it.
  static func supportChange(_ method: SupportMethod, target: Int, dataset: Dataset, levers: Levers) -> String
  {
    let text = "set support.capacity.\(method.rawValue) = \(target)"
    guard let team = dataset.teams.first(where: { $0.method == method }), team.capacity > 0 else {
      return text
    }
    let missing = target - levers.capacity(method)
    let teams = (missing + team.capacity - 1) / team.capacity
    let places = levers.capacity(method) + teams * team.capacity
    return text
      + " (\(teams == 1 ? "one more team" : "\(teams) more teams") of \(team.capacity): \(places))"
  }

  /// The smallest share (in steps of 5 %) at which organisation `o` puts one of the case's
  /// vacant units on the kommune's turn today.
  static func shareChange(organisation o: Int, fits: [Int], dataset: Dataset, levers: Levers, stock: Stock)
    -> String
  {
    guard o < dataset.organisations.count else { return "a higher anvisning.share" }
    let org = dataset.organisations[o]
    let vacant = (0..<stock.existing).filter { dataset.units[$0].status == .vacant }
      .sorted {
        (dataset.units[$0].vacantSince?.ordinal ?? dataset.asOf.ordinal, $0)
          < (dataset.units[$1].vacantSince?.ordinal ?? dataset.asOf.ordinal, $1)
      }
    let wanted = Set(fits.filter { stock.organisation[$0] == o })
    let now = levers.share(of: org)
    for k in 1...20 {
      let share = Double(k) / 20
      guard share > now + 1e-9 else { continue }
      var trial = levers
      trial.organisationShares[org.id] = share
      let turns = AllocationTrace.turns(vacant, dataset: dataset, levers: trial, stock: stock)
      if turns.contains(where: { wanted.contains($0) }) {
        return "set anvisning.share[\(org.id)] = \(NumberText.compact(share))"
      }
    }
    return "a higher anvisning.share[\(org.id)]"
  }

  static func organisationID(_ o: Int, _ dataset: Dataset) -> String {
    o < dataset.organisations.count ? dataset.organisations[o].id : "kommune"
  }

  /// What the latest `simulate` of the scenario says about the case: in how many runs it was
  /// housed and after how long, and how often its support method was full at the end.
  public static func simulated(caseID: String, result: SimulationResult, dataset: Dataset, levers: Levers)
    -> String?
  {
    guard let c = dataset.caseIndex[caseID],
      case .int(let runs)? = result.placements.column(named: "run")?.storage,
      case .string(let cases)? = result.placements.column(named: "case")?.storage,
      case .date(let days)? = result.placements.column(named: "day")?.storage
    else { return nil }
    var after = [Double]()
    var housedRuns = Set<Int>()
    for r in cases.indices where cases[r] == caseID && housedRuns.insert(runs[r]).inserted {
      after.append(Double(days[r] - dataset.asOf.ordinal))
    }
    after.sort()
    var text =
      "simulate (\(result.months) months × \(result.runs) runs, seed \(result.seed)): \(caseID) housed in "
      + "\(housedRuns.count) of \(result.runs) runs"
    if !after.isEmpty {
      text +=
        ", after a median of \(NumberText.grouped(Int(Statistics.quantile(sorted: after, 0.5).rounded()))) days"
    }
    if let method = dataset.cases[c].need.method,
      case .double(let used)? = result.outcomes.column(named: "support_\(method.rawValue)")?.storage
    {
      let full = used.filter { $0 >= Double(levers.capacity(method)) }.count
      text += "; all \(method.rawValue) places in use at the end of \(full) of \(result.runs) runs"
    }
    return text
  }
}
