/// One `allocate` step by step: today's vacancies, which were the kommune's turn, which it
/// claimed, who got them, and the support places and department counts each claimed unit met.
/// `Allocator` renders it; `why` reads it to say what kept a case from today's homes.
struct AllocationTrace {
  let rules: Eligibility
  let profiles: [CaseProfile]
  /// Days each case has waited on `as_of`.
  let waited: [Int]
  /// Case indices in the policy's offer order (best-fit: longest wait first).
  let order: [Int]
  /// Units vacant today, oldest vacancy first.
  let vacant: [Int]
  /// The vacancies that were the kommune's turn under the rota.
  let turns: [Int]
  /// Of those, the units some waiting case may be offered (the kommune claims these).
  let claimed: [Int]
  /// (unit, case) in the order they were made.
  let pairs: [(unit: Int, case: Int)]
  /// The state each claimed unit met when its turn came (best-fit: today's, for all).
  let stateAtUnit: [Int: EligibilityState]
  /// Today's state, before any placement.
  let start: EligibilityState

  init(dataset: Dataset, levers: Levers) {
    let rules = Eligibility(dataset: dataset, levers: levers)
    let stock = rules.stock
    var state = EligibilityState(dataset: dataset, levers: levers)
    let profiles = dataset.cases.map(CaseProfile.init)
    let waited = dataset.cases.map { dataset.asOf - $0.registered }
    self.rules = rules
    self.profiles = profiles
    self.waited = waited
    start = state

    // Today's vacancies, oldest first, through the rota.
    let vacant = (0..<stock.existing).filter { dataset.units[$0].status == .vacant }
      .sorted {
        (dataset.units[$0].vacantSince?.ordinal ?? dataset.asOf.ordinal, $0)
          < (dataset.units[$1].vacantSince?.ordinal ?? dataset.asOf.ordinal, $1)
      }
    let turns = AllocationTrace.turns(vacant, dataset: dataset, levers: levers, stock: stock)
    let claimed = turns.filter { u in profiles.contains { rules.mayOffer($0, unit: u, state: state) } }
    self.vacant = vacant
    self.turns = turns
    self.claimed = claimed
    order = PolicyOrder.cases(
      profiles: profiles, queueDays: dataset.cases.map(\.registered.ordinal), policy: levers.policy)

    var pairs: [(unit: Int, case: Int)] = []
    var seen = [Int: EligibilityState]()
    switch levers.policy {
    case .fcfs, .priority:
      var taken = [Bool](repeating: false, count: profiles.count)
      for u in claimed {
        seen[u] = state
        guard
          let c = order.first(where: { !taken[$0] && rules.mayOffer(profiles[$0], unit: u, state: state) })
        else { continue }
        taken[c] = true
        PolicyOrder.take(profiles[c], unit: u, stock: stock, state: &state)
        pairs.append((u, c))
      }
    case .bestFit:
      for u in claimed { seen[u] = state }
      pairs = BestFit.match(
        units: claimed, cases: Array(profiles.indices), profiles: profiles, waited: waited,
        rules: rules, state: state)
    }
    self.pairs = pairs
    stateAtUnit = seen
  }

  /// The vacancies (in the order given) that are the kommune's turn under `levers`.
  static func turns(_ vacant: [Int], dataset: Dataset, levers: Levers, stock: Stock) -> [Int] {
    var rota = ClaimRota(dataset: dataset, levers: levers)
    return vacant.filter { rota.isKommunesTurn($0, stock: stock) }
  }
}
