/// The waiting list: kept in offer order, and left by other routes (`exit.per_year`).
extension SimulationRun {
  /// Draws the day a case would leave the list by other routes, if within the horizon.
  mutating func scheduleExit(_ c: Int, from t: Int) {
    guard w.levers.exitPerYear > 0 else { return }
    let day = t + Int(PortableMath.exponential(mean: 365 / w.levers.exitPerYear, &rng))
    exitDay[c] = day
    if day < w.days { exits[day].append(c) }
  }

  /// Cases leaving the list today; one holding an offer stays until it has answered.
  mutating func leave(day t: Int, month: Int) {
    for c in exits[t] where !offList[c] && !offered[c] && exitDay[c] == t {
      offList[c] = true  // left: not housed by the kommune, counted apart
      removeWaiting(c)
      record.exited += 1
      record.months[month].exited += 1
      changed = true
    }
  }

  func key(_ c: Int) -> (priority: Int, queue: Int, index: Int) { (profile[c].priority, queue[c], c) }

  mutating func insertWaiting(_ c: Int) {
    let k = key(c)
    var lo = 0
    var hi = waiting.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if PolicyOrder.before(key(waiting[mid]), k, policy: policy) { lo = mid + 1 } else { hi = mid }
    }
    waiting.insert(c, at: lo)
    isWaiting[c] = true
  }

  mutating func removeWaiting(_ c: Int) {
    if let i = waiting.firstIndex(of: c) { waiting.remove(at: i) }
    isWaiting[c] = false
  }
}
