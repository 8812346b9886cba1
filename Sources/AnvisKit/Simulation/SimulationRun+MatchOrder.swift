/// The order best-fit's daily match reads the waiting cases in (`SimulationRun+BestFit`): by
/// support method, then by the highest score the case could have with any unit today
/// (`MatchScore.bound`), highest first, in whole points. A unit keeps only the best few cases of
/// a method (`BestFit.Candidates`); once it holds them, every case further down whose bound is
/// under the lowest kept score is passed without working out its fit, and the rest of the
/// method once a whole point is under it.
extension SimulationRun {
  /// The day's order, rebuilt by `arrangeMatch(day:)` in the same storage. Per position, what
  /// the match reads of the case there, so it reads the order front to back.
  struct MatchOrder {
    /// The waiting cases without an offer, by method (`start[method + 1]..<start[method + 2]`),
    /// each method by its whole points of bound, descending (in any order within a point).
    var cases: [Int] = []
    var bounds: [Double] = []
    var views: [MatchView] = []
    /// The case's own `WaitingList.Reach` less its method (`Demand.mayMeet` of one case).
    var fits: [MatchFit] = []
    var start = [Int](repeating: 0, count: 5)
    /// Scratch: each case's bound, and the count per method and whole point.
    var caseBound: [Double] = []
    var counts: [Int] = []
  }

  /// What the daily match reads of each case, packed into 8 bytes (the profiles are ten times
  /// that, and a match reads the same cases for many claims).
  struct MatchView {
    var registered: Int32
    var priority: Int16
    var method: Int8
    var flags: UInt8

    /// Not waiting, or holding an offer.
    static let unavailable: UInt8 = 1
    /// Re-housing after a failed study check (no youth unit).
    static let rehousing: UInt8 = 2
    static let needsAccessible: UInt8 = 4
  }

  /// A case's `Reach` as `Demand.mayMeet` reads it (its methods aside: every claim's demand
  /// takes any method).
  struct MatchFit {
    var maxRent: Double
    var household: Int32
    var flags: UInt8

    init(_ r: WaitingList.Reach) {
      maxRent = r.maxRent
      household = Int32(clamping: r.minHousehold)
      flags = r.flags
    }

    /// `demand.mayMeet` of the case's `Reach` (one household size; a method bit always set).
    @inline(__always)
    func meets(_ demand: WaitingList.Demand) -> Bool {
      flags & demand.flags == demand.flags && Int(household) >= demand.minHousehold
        && Int(household) <= demand.maxHousehold && demand.rent <= maxRent
    }
  }

  /// Case `c`'s `MatchView` today.
  @inline(__always)
  func matchView(of c: Int) -> MatchView {
    guard isWaiting[c] && !offered[c] else {
      return MatchView(registered: 0, priority: 0, method: 0, flags: MatchView.unavailable)
    }
    var flags: UInt8 = 0
    if rehousing[c] { flags |= MatchView.rehousing }
    if profile[c].needsAccessible { flags |= MatchView.needsAccessible }
    return MatchView(
      registered: Int32(clamping: registered[c]), priority: Int16(clamping: profile[c].priority),
      method: Int8(clamping: profile[c].method), flags: flags)
  }

  /// Rebuilds `matchOrder` for day `t` (a counting sort of the waiting cases without an offer:
  /// by method, then by whole points of bound, descending).
  mutating func arrangeMatch(day t: Int) {
    var order = matchOrder
    matchOrder = MatchOrder()  // moved out, so its arrays are changed in place
    defer { matchOrder = order }
    let n = profile.count
    if order.caseBound.count < n {
      order.caseBound.append(contentsOf: repeatElement(-1, count: n - order.caseBound.count))
    }
    var points = 0
    var live = 0
    order.caseBound.withUnsafeMutableBufferPointer { bound in
      for block in waiting.blocks {
        for c in block where !offered[c] {
          // The waiting days and priority as the match's `MatchView` holds them.
          let b = MatchScore.bound(
            waitedDays: t - Int(Int32(clamping: registered[c])), priority: Int(Int16(clamping: profile[c].priority)))
          bound[c] = b
          points = max(points, Int(b) + 1)
          live += 1
        }
      }
    }
    // counts[g * points + p]: cases of method g - 1 with bound in [p, p + 1), then where they go.
    order.counts.removeAll(keepingCapacity: true)
    order.counts.append(contentsOf: repeatElement(0, count: 4 * points))
    for block in waiting.blocks {
      for c in block where !offered[c] {
        order.counts[(profile[c].method + 1) * points + Int(order.caseBound[c])] += 1
      }
    }
    var next = 0
    for g in 0..<4 {
      order.start[g] = next
      for p in stride(from: points - 1, through: 0, by: -1) {
        let k = order.counts[g * points + p]
        order.counts[g * points + p] = next
        next += k
      }
    }
    order.start[4] = next
    if order.cases.count < live {
      let more = live - order.cases.count
      order.cases.append(contentsOf: repeatElement(0, count: more))
      order.bounds.append(contentsOf: repeatElement(0, count: more))
      order.views.append(
        contentsOf: repeatElement(MatchView(registered: 0, priority: 0, method: 0, flags: 0), count: more))
      order.fits.append(contentsOf: repeatElement(MatchFit(WaitingList.Reach()), count: more))
    }
    for block in waiting.blocks {
      for c in block where !offered[c] {
        let slot = (profile[c].method + 1) * points + Int(order.caseBound[c])
        let k = order.counts[slot]
        order.counts[slot] = k + 1
        order.cases[k] = c
        order.bounds[k] = order.caseBound[c]
        order.views[k] = matchView(of: c)
        order.fits[k] = MatchFit(reach[c])
      }
    }
  }
}
