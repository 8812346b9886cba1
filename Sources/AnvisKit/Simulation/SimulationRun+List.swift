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
    let (profile, queue, policy) = (self.profile, self.queue, self.policy)
    waiting.insert(c, caseReach: reach) { x in
      PolicyOrder.before((profile[x].priority, queue[x], x), k, policy: policy)
    }
    isWaiting[c] = true
  }

  mutating func removeWaiting(_ c: Int) {
    let k = key(c)
    let (profile, queue, policy) = (self.profile, self.queue, self.policy)
    waiting.remove(c, caseReach: reach) { x in
      PolicyOrder.before((profile[x].priority, queue[x], x), k, policy: policy)
    }
    isWaiting[c] = false
  }
}
