/// The order best-fit's daily match reads the waiting cases in (`SimulationRun+BestFit`): by
/// support method, then by the highest score the case could have with any unit today
/// (`MatchScore.bound`), highest first, in whole points, then by the highest rent it could pay.
/// A unit keeps only the best few cases of a method (`BestFit.Candidates`); once it holds them,
/// every case further down whose bound is under the lowest kept score is passed without working
/// out its fit, and the rest of the method once a whole point is under it. Within a point, the
/// cases that cannot pay the unit's rent come last, and are passed together.
extension SimulationRun {
  /// The day's order, rebuilt by `arrangeMatch(day:)` in the same storage.
  struct MatchOrder {
    /// The waiting cases without an offer, by method, then by whole points of bound, descending,
    /// then by rent bound (`Reach.maxRent`), descending in steps of `rentStep` kr (in any order
    /// within a step), with what the match reads of each, so that it reads the order front to
    /// back.
    var entries: [Entry] = []
    /// Whole points of bound per method: a bound is under `points`.
    var points = 0
    /// Where each (method, point) starts, in entry order, and one past the end: method `g - 1`
    /// with bound in [p, p + 1) is `entries[start[j]..<start[j + 1]]`, `j = g × points +
    /// points − 1 − p`.
    var start: [Int] = []
    /// Scratch: the entries in waiting-list order and by rent, and counts per sort key.
    var gathered: [Entry] = []
    var byRent: [Entry] = []
    var counts: [Int] = []
    /// Per case, what never changes in a run: its `MatchFit` and rent step (from its `Reach`),
    /// filled as cases come.
    var fits: [MatchFit] = []
    var rentSteps: [Int16] = []
    /// `MatchScore.waitPoints` of 0…730 waiting days (fewer count as 0, more as 730).
    var waitPoints: [Double] = []

    struct Entry {
      var bound: Double
      /// The waiting-time points (`MatchScore.waitPoints`) the bound was made of.
      var wait: Double
      var fit: MatchFit
      var view: MatchView
      var c: Int32
      /// The step of its rent bound (`MatchOrder.rentStep`).
      var rentStep: Int16
    }

    /// Rent bounds are ordered in steps of 25 kr, the last step open-ended.
    static let rentSteps = 1_024
    @inline(__always)
    static func rentStep(_ maxRent: Double) -> Int {
      guard maxRent >= 25 else { return 0 }
      guard maxRent < 25 * Double(rentSteps - 1) else { return rentSteps - 1 }
      return Int(maxRent / 25)
    }
    /// Every rent bound of step `k` is under this (rounding keeps order, and (k + 1) × 25 / 25
    /// is k + 1 exactly).
    @inline(__always)
    static func rentTop(_ k: Int16) -> Double {
      Int(k) == rentSteps - 1 ? .infinity : Double(Int(k) + 1) * 25
    }
  }

  /// What the daily match reads of each case, packed into 8 bytes (the profiles are ten times
  /// that, and a match reads the same cases for many claims).
  struct MatchView {
    var registered: Int32
    var priority: Int16
    var method: Int8
    var flags: UInt8

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

  /// Rebuilds `matchOrder` for day `t`: two stable counting sorts of the waiting cases without
  /// an offer, by rent step, then by method and whole points of bound.
  mutating func arrangeMatch(day t: Int) {
    var order = matchOrder
    matchOrder = MatchOrder()  // moved out, so its arrays are changed in place
    defer { matchOrder = order }
    let none = MatchOrder.Entry(
      bound: 0, wait: 0, fit: MatchFit(WaitingList.Reach()),
      view: MatchView(registered: 0, priority: 0, method: 0, flags: 0), c: 0, rentStep: 0)
    if order.gathered.count < waiting.count {
      order.gathered = [MatchOrder.Entry](repeating: none, count: 2 * waiting.count)
      order.byRent = order.gathered
      order.entries = order.gathered
    }
    let horizon = Int(MatchScore.waitHorizonDays)
    if order.waitPoints.isEmpty {
      order.waitPoints = (0...horizon).map { MatchScore.waitPoints(waitedDays: $0) }
    }
    for c in order.fits.count..<profile.count {
      order.fits.append(MatchFit(reach[c]))
      order.rentSteps.append(Int16(MatchOrder.rentStep(reach[c].maxRent)))
    }
    // The cases, with their views and bounds (the score's waiting days and
    // priority, as the view holds them). The arrays are read from locals, once each.
    let (offered, rehousing, registered, profile) = (
      self.offered, self.rehousing, self.registered, self.profile
    )
    var live = 0
    var points = 0
    order.gathered.withUnsafeMutableBufferPointer { gathered in
      order.waitPoints.withUnsafeBufferPointer { waitPoints in
        order.fits.withUnsafeBufferPointer { fits in
          order.rentSteps.withUnsafeBufferPointer { rentSteps in
            for block in waiting.blocks {
              for c in block where !offered[c] {
                var flags: UInt8 = 0
                if rehousing[c] { flags |= MatchView.rehousing }
                if profile[c].needsAccessible { flags |= MatchView.needsAccessible }
                let view = MatchView(
                  registered: Int32(clamping: registered[c]),
                  priority: Int16(clamping: profile[c].priority),
                  method: Int8(clamping: profile[c].method), flags: flags)
                let wait = waitPoints[min(max(0, t - Int(view.registered)), horizon)]
                let bound = MatchScore.bound(
                  wait: wait, fitPoints: 40, priority: Int(view.priority))
                gathered[live] = MatchOrder.Entry(
                  bound: bound, wait: wait, fit: fits[c], view: view, c: Int32(c),
                  rentStep: rentSteps[c])
                live += 1
                points = max(points, Int(bound) + 1)
              }
            }
          }
        }
      }
    }
    order.points = points
    let steps = MatchOrder.rentSteps
    order.counts.removeAll(keepingCapacity: true)
    order.counts.append(contentsOf: repeatElement(0, count: max(steps, 4 * points)))
    order.start.removeAll(keepingCapacity: true)
    order.start.append(contentsOf: repeatElement(0, count: 4 * points + 1))
    order.counts.withUnsafeMutableBufferPointer { counts in
      order.gathered.withUnsafeBufferPointer { gathered in
        order.byRent.withUnsafeMutableBufferPointer { byRent in
          // By rent step, descending.
          for i in 0..<live { counts[steps - 1 - Int(gathered[i].rentStep)] += 1 }
          Self.positions(counts, count: steps)
          for i in 0..<live {
            let s = steps - 1 - Int(gathered[i].rentStep)
            byRent[counts[s]] = gathered[i]
            counts[s] += 1
          }
          // Then by method and whole points, descending: j = g × points + points − 1 − p.
          for j in 0..<(4 * points) { counts[j] = 0 }
          @inline(__always) func slot(_ e: MatchOrder.Entry) -> Int {
            (Int(e.view.method) + 2) * points - 1 - Int(e.bound)
          }
          for i in 0..<live { counts[slot(byRent[i])] += 1 }
          Self.positions(counts, count: 4 * points)
          order.start.withUnsafeMutableBufferPointer { start in
            for j in 0..<(4 * points) { start[j] = counts[j] }
            start[4 * points] = live
          }
          order.entries.withUnsafeMutableBufferPointer { entries in
            for i in 0..<live {
              let s = slot(byRent[i])
              entries[counts[s]] = byRent[i]
              counts[s] += 1
            }
          }
        }
      }
    }
  }

  /// Turns the first `count` counts into the positions where their keys start.
  private static func positions(_ counts: UnsafeMutableBufferPointer<Int>, count: Int) {
    var next = 0
    for j in 0..<count {
      let k = counts[j]
      counts[j] = next
      next += k
    }
  }
}
