/// One Monte Carlo run, day by day. See `Simulator` for the model.
struct SimulationRun {
  struct Claim {
    var unit: Int
    var day: Int
    var offeredTo = -1
    var decisionDay = 0
    var refused: [Int] = []
    /// Best-fit left the claim unmatched but a waiting case may take it; stays true until
    /// something changes (a case, a claim, a support place, an offer).
    var stillEligible = false
    /// Best-fit: what the unit asks of a case by the fixed rules (`Eligibility.demand` with
    /// every method; it does not read the state), for the daily match.
    var demand: WaitingList.Demand?
  }

  let w: SimulationWorld
  let rules: Eligibility
  let stock: Stock
  let policy: Policy
  var rng: SeededRandom
  var record = RunRecord()

  var profile: [CaseProfile]
  var registered: [Int]
  var queue: [Int]
  var refusalCount: [Int]
  var offered: [Bool]
  var offList: [Bool]
  /// Waiting cases in offer order (fcfs: queue day; priority: priority, then queue day).
  var waiting: WaitingList
  /// What each case could take, for the waiting list's summaries.
  var reach: [WaitingList.Reach]
  /// Each case's rent terms (`CaseRent`).
  var caseRent: [CaseRent]
  /// Best-fit: the order the daily match reads the waiting cases in (`SimulationRun+MatchOrder`).
  var matchOrder = MatchOrder()
  /// Whether each case is in `waiting`.
  var isWaiting: [Bool]
  var state: EligibilityState
  /// Support places freed per day and method: `releases[day * 3 + method]`.
  var releases: [Int]
  /// Cases that leave the list by other routes, per day.
  var exits: [[Int]]
  var claims: [Claim] = []
  var held: [Bool]
  var rota: ClaimRota
  /// Something changed since best-fit last matched (a case, a claim, a support place).
  var changed = true
  /// An offer was made since best-fit's unmatched claims were last checked.
  var offeredSinceCheck = false
  /// The day each case leaves the list by other routes (-1: not scheduled).
  var exitDay: [Int]
  /// Tenancy events per day: `tenancy or case × 4 + TenancyEvent` (see SimulationRun+Tenancies).
  var events: [[Int]]
  /// The open tenancy in each unit, or -1.
  var tenantOf: [Int]
  /// Each case's open tenancy, or -1.
  var openTenancy: [Int]
  /// The last day of support in each tenancy (Int.max: beyond the horizon or none).
  var supportUntil: [Int] = []
  /// On the list again while housed: must be re-housed after a failed study check.
  var rehousing: [Bool]
  /// Back on the list after a lost tenancy or a failed study check (not a new case).
  var reentered: [Bool]

  init(world: SimulationWorld, seed: UInt64, run: Int) {
    w = world
    rules = world.rules
    stock = world.rules.stock
    policy = world.levers.policy
    rng = SeededRandom(seed: seed, stream: UInt64(run))
    profile = world.profiles
    registered = world.registered
    queue = world.registered
    refusalCount = [Int](repeating: 0, count: profile.count)
    offered = [Bool](repeating: false, count: profile.count)
    offList = offered
    state = world.startState
    state.departmentHighSupport = [Int](repeating: 0, count: world.dataset.departments.count + 1)
    releases = [Int](repeating: 0, count: world.days * 3)
    exits = [[Int]](repeating: [], count: world.days)
    held = [Bool](repeating: false, count: world.stock.count)
    exitDay = [Int](repeating: -1, count: profile.count)
    events = [[Int]](repeating: [], count: world.days)
    tenantOf = [Int](repeating: -1, count: world.stock.count)
    openTenancy = exitDay
    rehousing = offered
    reentered = offered
    rota = ClaimRota(dataset: world.dataset, levers: world.levers)
    isWaiting = [Bool](repeating: true, count: profile.count)
    reach = world.reach
    caseRent = world.caseRent
    waiting = WaitingList(
      PolicyOrder.cases(profiles: profile, queueDays: queue, policy: policy), reach: world.reach)
    record.months = [RunRecord.Month](repeating: RunRecord.Month(), count: world.months)
    record.claimsByOrganisation = [Int](repeating: 0, count: world.organisationCount)
    record.placementsByOrganisation = record.claimsByOrganisation
    record.initialCases = profile.count
    // Today's caseload frees: CTI evenly over 9 months, ICM/ACT after exponential durations.
    for k in 0..<world.caseload[0] {
      schedule(
        release: 0, on: Int((Double(k) + 0.5) * Double(SimulationWorld.ctiDays) / Double(world.caseload[0])))
    }
    for m in 1...2 {
      for _ in 0..<world.caseload[m] {
        schedule(release: m, on: Int(PortableMath.exponential(mean: SimulationWorld.openEndedMeanDays, &rng)))
      }
    }
    for c in profile.indices { scheduleExit(c, from: 0) }
  }

  mutating func schedule(release method: Int, on day: Int) {
    if day >= 0 && day < w.days { releases[day * 3 + method] += 1 }
  }

  /// Runs all days; nil when cancelled.
  mutating func run(cancellation: Cancellation?) -> RunRecord? {
    let inflowMean = w.levers.inflowPerMonth > 0 ? 365.0 / 12 / w.levers.inflowPerMonth : .infinity
    var nextArrival = inflowMean.isFinite ? PortableMath.exponential(mean: inflowMean, &rng) : .infinity
    var nextVacancy = w.ratePerDay.map {
      $0 > 0 ? PortableMath.exponential(mean: 1 / $0, &rng) : Double.infinity
    }
    var newUnit = 0
    for t in 0..<w.days {
      if cancellation?.isCancelled == true { return nil }
      let month = w.month(of: t)
      if t > 0 && t % 365 == 0 {
        for d in state.departmentHighSupport.indices { state.departmentHighSupport[d] = 0 }
        changed = true
      }
      for m in 0..<3 where releases[t * 3 + m] > 0 {
        state.freePlaces[m] += releases[t * 3 + m]
        changed = true
      }
      tenancyEvents(day: t, month: month)
      // New cases, drawn from the published distributions (InflowDraw).
      while nextArrival < Double(t + 1) {
        arrive(day: t, month: month)
        nextArrival += PortableMath.exponential(mean: inflowMean, &rng)
      }
      leave(day: t, month: month)
      decide(day: t, month: month)
      // Vacancies: today's at the start, new skæve boliger, turnover by type.
      if t == 0 { for u in w.vacantToday { vacancy(u, day: t, month: month) } }
      while newUnit < w.newUnits.count && w.newUnits[newUnit].day == t {
        vacancy(w.newUnits[newUnit].unit, day: t, month: month)
        newUnit += 1
      }
      for group in 0..<nextVacancy.count {
        let units = w.unitsByGroup[group]
        while nextVacancy[group] < Double(t + 1) {
          let u = units[rng.int(in: 0...(units.count - 1))]
          // The kommune's tenants move by their own hazards (SimulationRun+Tenancies).
          if tenantOf[u] < 0 { fallVacant(u, day: t, month: month) }
          nextVacancy[group] += PortableMath.exponential(mean: 1 / w.ratePerDay[group], &rng)
        }
      }
      offer(day: t, month: month)
      if t == w.days - 1 || w.month(of: t + 1) != month { record.months[month].waiting = waiting.count }
    }
    finish()
    return record
  }

  // MARK: - Events

  mutating func arrive(day t: Int, month: Int) {
    let c = profile.count
    profile.append(CaseProfile(InflowDraw.draw(day: w.dataset.asOf + t, &rng)))
    registered.append(t)
    queue.append(t)
    refusalCount.append(0)
    offered.append(false)
    offList.append(false)
    exitDay.append(-1)
    openTenancy.append(-1)
    rehousing.append(false)
    reentered.append(false)
    isWaiting.append(false)
    reach.append(WaitingList.Reach(profile[c], levers: w.levers))
    caseRent.append(CaseRent(profile[c], levers: w.levers))
    insertWaiting(c)
    scheduleExit(c, from: t)
    changed = true
    record.months[month].inflow += 1
    if t <= w.days - 90 { record.arrivals90 += 1 }
    if t <= w.days - 120 { record.arrivals120 += 1 }
  }

  /// Answers to offers made `offerDays` ago.
  mutating func decide(day t: Int, month: Int) {
    for i in claims.indices where claims[i].offeredTo >= 0 && claims[i].decisionDay == t {
      let c = claims[i].offeredTo
      let u = claims[i].unit
      changed = true
      offered[c] = false
      claims[i].offeredTo = -1
      if rng.chance(acceptance(c, unit: u)) {
        place(c, unit: u, day: t, month: month, claimDay: claims[i].day)
        claims[i].unit = -1
      } else {
        record.refusals += 1
        unreserve(profile[c], unit: u)
        claims[i].refused.append(c)
        refusalCount[c] += 1
        if w.levers.refusal == .drop && refusalCount[c] >= w.levers.refusalLimit {
          refusalCount[c] = 0
          removeWaiting(c)  // found by its old place in the order
          queue[c] = t
          insertWaiting(c)
        }
      }
    }
    claims.removeAll { $0.unit < 0 }
  }

  /// [est] The chance a citizen accepts: `acceptance` × (0.8 + 0.4 × fit), so a good fit is
  /// accepted more often than a poor one (on average about `acceptance`); under `refusal =
  /// drop`, a citizen whose next refusal would cost the place accepts 1.25 times as readily —
  /// the pressure to take a poor fit that Arnosti & Shi (2020) describe.
  func acceptance(_ c: Int, unit u: Int) -> Double {
    var p =
      w.levers.acceptance * (0.8 + 0.4 * MatchScore.fit(profile[c], unit: u, stock: stock, levers: w.levers))
    if w.levers.refusal == .drop && refusalCount[c] + 1 >= w.levers.refusalLimit { p *= 1.25 }
    return min(1, p)
  }

  mutating func place(_ c: Int, unit u: Int, day t: Int, month: Int, claimDay: Int) {
    offList[c] = true
    held[u] = false
    removeWaiting(c)
    let waited = t - registered[c]
    let breach = rules.breaches(profile[c], unit: u)
    let fit = MatchScore.fit(profile[c], unit: u, stock: stock, levers: w.levers)
    record.placements.append(.init(day: t, caseIndex: c, unit: u, waited: waited, breach: breach, fit: fit))
    record.months[month].housed += 1
    record.placementsByOrganisation[stock.organisation[u]] += 1
    if registered[c] >= 0 && !reentered[c] {
      record.newCaseWaits.append(waited)
      if registered[c] <= w.days - 90 && waited <= 90 { record.housed90 += 1 }
      if registered[c] <= w.days - 120 && waited <= 120 { record.housed120 += 1 }
    }
    record.tomgangDays += t - claimDay
    record.tomgangKr += Double(t - claimDay) * stock.rent[u] * 12 / 365
    startTenancy(c, unit: u, day: t, month: month)
  }

  /// A unit falls vacant: the kommune claims it on its turn when someone on its list may take it.
  mutating func vacancy(_ u: Int, day t: Int, month: Int) {
    guard !held[u], rota.isKommunesTurn(u, stock: stock) else { return }
    let anvisning = stock.type[u] == .family || stock.type[u] == .youth
    // Other urgent needs (divorce, disability, refugees) take their share of the family turns.
    let share = w.levers.model.homelessShare
    if stock.type[u] == .family && share < 1 && !rng.chance(share) {
      record.turnsOther += 1
      if u < stock.existing && stock.rent[u] < SimulationWorld.cheapRent { record.cheapFamilyTurnsOther += 1 }
      return
    }
    if w.levers.rentRule == .cap && stock.rent[u] > w.levers.rentCap {
      if anvisning { record.turnsUnused += 1 }
      return
    }
    guard firstEligible(for: u, refused: []) != nil else {
      if anvisning { record.turnsUnused += 1 }
      return
    }
    var claim = Claim(unit: u, day: t)
    if policy == .bestFit { claim.demand = rules.demand(unit: u, state: state, anyMethod: true) }
    held[u] = true
    changed = true
    claims.append(claim)
    record.claims += 1
    record.months[month].claims += 1
    record.claimsByOrganisation[stock.organisation[u]] += 1
  }

  /// Offers every open claim without a pending offer; returns claims nobody can take or that
  /// have run out of claim days.
  mutating func offer(day t: Int, month: Int) {
    // Best-fit: an unmatched claim found eligible yesterday is still eligible when nothing has
    // changed since (the same question has the same answer), so the scan is skipped.
    let recheck = changed || offeredSinceCheck
    if policy == .bestFit { matchBestFit(day: t) }
    defer { offeredSinceCheck = false }
    for i in claims.indices where claims[i].offeredTo < 0 {
      let u = claims[i].unit
      let refused = claims[i].refused  // read first: passing claims[i].refused copied the whole run
      if t - claims[i].day < w.levers.claimDays, policy != .bestFit,
        let c = firstEligible(for: u, refused: refused)
      {
        makeOffer(claim: i, case: c, day: t)
        continue
      }
      if policy == .bestFit && t - claims[i].day < w.levers.claimDays
        && ((claims[i].stillEligible && !recheck) || hasEligible(claims[i]))
      {
        claims[i].stillEligible = true
        continue  // best-fit gave its cases to other units today; try again tomorrow
      }
      // Back to the organisation; the kommune has paid rent since the claim.
      record.unfilled += 1
      record.months[month].unfilled += 1
      record.tomgangDays += t - claims[i].day
      record.tomgangKr += Double(t - claims[i].day) * stock.rent[u] * 12 / 365
      held[u] = false
      claims[i].unit = -1
    }
    claims.removeAll { $0.unit < 0 }
  }

  mutating func makeOffer(claim i: Int, case c: Int, day t: Int) {
    claims[i].offeredTo = c
    claims[i].stillEligible = false
    offeredSinceCheck = true
    claims[i].decisionDay = t + SimulationWorld.offerDays
    offered[c] = true
    record.offers += 1
    reserve(profile[c], unit: claims[i].unit)
  }

  /// The first waiting case (in offer order) without a pending offer that may take `u`.
  func firstEligible(for u: Int, refused: [Int]) -> Int? {
    guard rules.unitOpen(u) else { return nil }
    let youth = stock.type[u] == .youth
    return waiting.first(meeting: rules.demand(unit: u, state: state)) { c in
      !offered[c] && rules.caseMayTake(profile[c], unit: u, state: state) && !refused.contains(c)
        && !(youth && rehousing[c])
    }
  }

  mutating func reserve(_ p: CaseProfile, unit u: Int) {
    PolicyOrder.take(p, unit: u, stock: stock, state: &state)
  }

  mutating func unreserve(_ p: CaseProfile, unit u: Int) {
    guard p.method >= 0 else { return }
    state.freePlaces[p.method] += 1
    if p.method >= 1 { state.departmentHighSupport[stock.department[u]] -= 1 }
  }

  mutating func finish() {
    // Claims still open at the end: the kommune has paid rent for them so far.
    for claim in claims {
      record.tomgangDays += w.days - claim.day
      record.tomgangKr += Double(w.days - claim.day) * stock.rent[claim.unit] * 12 / 365
    }
    let waitingCases = waiting.cases
    record.waitingAtEnd = waitingCases.count
    record.waitingForSupport =
      waitingCases.filter { profile[$0].method >= 0 && state.freePlaces[profile[$0].method] <= 0 }
      .count
    record.supportUsed = (0..<3).map { max(0, state.capacity[$0] - state.freePlaces[$0]) }
    record.registeredDays = registered
    record.waitingAtEndCases = waitingCases
    finishTenancies()
    record.ages = profile.map(\.age)
    record.methods = profile.map(\.method)
  }
}
