/// The order `fcfs` and `priority` go down the list in, and the bookkeeping of a placement.
enum PolicyOrder {
  /// Case indices in offer order: fcfs by queue day; priority by need priority (high first),
  /// then queue day; ties by index (the data set's order), so the order is total.
  static func cases(profiles: [CaseProfile], queueDays: [Int], policy: Policy) -> [Int] {
    let all = Array(profiles.indices)
    switch policy {
    case .priority:
      return all.sorted {
        (-profiles[$0].priority, queueDays[$0], $0) < (-profiles[$1].priority, queueDays[$1], $1)
      }
    case .fcfs, .bestFit:
      return all.sorted { (queueDays[$0], $0) < (queueDays[$1], $1) }
    }
  }

  /// True when case `a` comes before case `b` under `policy` (for the simulator's scans).
  @inline(__always)
  static func before(
    _ a: (priority: Int, queue: Int, index: Int), _ b: (priority: Int, queue: Int, index: Int),
    policy: Policy
  ) -> Bool {
    switch policy {
    case .priority: (-a.priority, a.queue, a.index) < (-b.priority, b.queue, b.index)
    case .fcfs, .bestFit: (a.queue, a.index) < (b.queue, b.index)
    }
  }

  /// Takes the support place and counts the department's ICM/ACT placement.
  static func take(_ p: CaseProfile, unit u: Int, stock: Stock, state: inout EligibilityState) {
    guard p.method >= 0 else { return }
    state.freePlaces[p.method] -= 1
    if p.method >= 1 {
      let d = stock.department[u]
      if state.departmentHighSupport.count <= d {
        state.departmentHighSupport += [Int](repeating: 0, count: d + 1 - state.departmentHighSupport.count)
      }
      state.departmentHighSupport[d] += 1
    }
  }
}
