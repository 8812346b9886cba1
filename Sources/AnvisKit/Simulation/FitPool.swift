/// Best-fit's second view of the waiting cases: sorted by the highest rent each could pay
/// (`Affordability.rentBound`, the `Reach.maxRent` of the case), highest first. A claim's
/// candidates (`SimulationRun.candidates(for:)`) are the waiting cases that fit its unit, and
/// none past the first case whose bound is under the unit's rent can: the search stops there,
/// where the waiting list (in offer order) would check every case. The order of a claim's
/// candidates does not matter (best-fit ranks them by a total order), only which they are.
struct FitPool {
  /// Rent bounds, descending; ties by case, ascending.
  private(set) var bounds: [Double] = []
  private(set) var cases: [Int] = []

  /// The pool of `cases` with their bounds (`bound(c)`).
  init(_ cases: [Int], bound: (Int) -> Double) {
    let sorted = cases.map { (bound($0), $0) }.sorted { $0.0 > $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
    bounds = sorted.map(\.0)
    self.cases = sorted.map(\.1)
  }

  var count: Int { cases.count }

  /// Where (bound, c) belongs in the order.
  private func position(_ bound: Double, _ c: Int) -> Int {
    var lo = 0
    var hi = cases.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if bounds[mid] > bound || (bounds[mid] == bound && cases[mid] < c) { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// Adds case `c` (no change when it is there).
  mutating func insert(_ c: Int, bound: Double) {
    let i = position(bound, c)
    if i < cases.count && cases[i] == c { return }
    bounds.insert(bound, at: i)
    cases.insert(c, at: i)
  }

  /// Removes case `c` (no change when it is not there); `bound` must be the one it came with.
  mutating func remove(_ c: Int, bound: Double) {
    let i = position(bound, c)
    guard i < cases.count, cases[i] == c else { return }
    bounds.remove(at: i)
    cases.remove(at: i)
  }

  /// Every case whose bound is at least `rent` and that `accept` takes, in pool order.
  func all(payingAtLeast rent: Double, _ accept: (Int) -> Bool) -> [Int] {
    var out = [Int]()
    for i in cases.indices {
      if bounds[i] < rent { break }
      if accept(cases[i]) { out.append(cases[i]) }
    }
    return out
  }
}
