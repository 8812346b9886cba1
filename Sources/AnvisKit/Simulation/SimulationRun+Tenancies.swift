/// What a tenancy event is; `events[day]` holds `index × 4 + kind`.
enum TenancyEvent: Int {
  /// The tenancy ends today (lost or moved on, drawn by the hazards).
  case end = 0
  /// Its support ends today; the place frees and the hazard turns to "no support".
  case supportEnd = 1
  /// The youth study check.
  case studyCheck = 2
  /// A citizen whose tenancy was lost comes back to the list (index is the case).
  case reentry = 3
}

/// Tenancies after placement: see `TenancyHazard` for the hazards and docs/model.md.
extension SimulationRun {
  mutating func scheduleEvent(_ index: Int, _ kind: TenancyEvent, on day: Int) {
    if day >= 0 && day < w.days { events[day].append(index * 4 + kind.rawValue) }
  }

  /// A placement starts a tenancy; its support runs as its method says (CTI 9 months,
  /// ICM/ACT [est] exponential with mean 2 years).
  mutating func startTenancy(_ c: Int, unit u: Int, day t: Int, month: Int) {
    if rehousing[c], openTenancy[c] >= 0 {  // the youth tenancy the kommune re-housed from
      record.youthMoveKr += SimulationWorld.youthMoveKr
      rehousing[c] = false
      end(openTenancy[c], day: t, month: month, outcome: .rehoused)
    }
    let p = profile[c]
    let i = record.tenancies.count
    var tenancy = RunRecord.Tenancy(caseIndex: c, unit: u, start: t, method: p.method)
    let burden = TenancyHazard.burden(p, rent: stock.rent[u], sizeM2: stock.size[u])
    tenancy.factor = TenancyHazard.factor(
      burden: burden, rooms: stock.rooms[u], household: p.household, restrictedArea: stock.zone[u] == .stk6,
      effect: w.levers.model.burdenEffect)
    tenancy.fromShelter = p.fromShelter
    var until = Int.max
    switch p.method {
    case 0: until = t + SimulationWorld.ctiDays
    case 1, 2: until = t + 1 + Int(PortableMath.exponential(mean: SimulationWorld.openEndedMeanDays, &rng))
    default: break
    }
    if until < w.days {
      tenancy.supportEnd = until
      scheduleEvent(i, .supportEnd, on: until)
    } else {
      until = p.method >= 0 ? Int.max : -1
    }
    if stock.type[u] == .youth {
      record.youthPlaced += 1
      if !p.inEducation {
        tenancy.youthCheck = true
        scheduleEvent(i, .studyCheck, on: t + w.studyCheckDays)
      }
    }
    record.tenancies.append(tenancy)
    supportUntil.append(until)
    tenantOf[u] = i
    openTenancy[c] = i
    drawEnd(i, from: t)
  }

  /// Whether tenancy `i` has support on day `t`.
  func supported(_ i: Int, on t: Int) -> Bool { supportUntil[i] > t }

  /// Draws when tenancy `i` ends from day `t`, under the hazards that hold until its support
  /// changes; nothing is scheduled past the support's end (which draws again) or the horizon.
  mutating func drawEnd(_ i: Int, from t: Int) {
    let tenancy = record.tenancies[i]
    let rate =
      TenancyHazard.lossPerDay(supported: supported(i, on: t), factor: tenancy.factor, levers: w.levers.model)
      + TenancyHazard.movePerDay
    guard rate > 0 else { return }
    let day = t + 1 + Int(PortableMath.exponential(mean: 1 / rate, &rng))
    if supported(i, on: t) && day >= supportUntil[i] { return }
    scheduleEvent(i, .end, on: day)
  }

  mutating func tenancyEvents(day t: Int, month: Int) {
    guard !events[t].isEmpty else { return }
    var k = 0
    while k < events[t].count {  // an event may add another for today (reentry.delay_days = 0)
      let code = events[t][k]
      k += 1
      let i = code / 4
      switch TenancyEvent(rawValue: code % 4) {
      case .end:
        guard record.tenancies[i].end < 0 else { continue }
        let loss = TenancyHazard.lossPerDay(
          supported: supported(i, on: t), factor: record.tenancies[i].factor, levers: w.levers.model)
        let lost = rng.chance(loss / (loss + TenancyHazard.movePerDay))
        end(i, day: t, month: month, outcome: lost ? .lost : .movedOn)
      case .supportEnd:
        guard record.tenancies[i].end < 0, supportUntil[i] == t else { continue }
        freeSupport(i)
        drawEnd(i, from: t)
      case .studyCheck:
        guard record.tenancies[i].end < 0 else { continue }
        studyCheck(i, day: t)
      case .reentry:
        reenter(i, day: t, month: month)
      case nil:
        continue
      }
    }
  }

  mutating func freeSupport(_ i: Int) {
    let m = record.tenancies[i].method
    guard m >= 0 else { return }
    state.freePlaces[m] += 1
    changed = true
  }

  /// Ends tenancy `i`: the support place frees, the unit falls vacant again, and a lost
  /// tenancy costs the guarantees and brings the citizen back after `reentry.delay_days`.
  mutating func end(_ i: Int, day t: Int, month: Int, outcome: TenancyOutcome) {
    let tenancy = record.tenancies[i]
    let c = tenancy.caseIndex
    record.tenancies[i].end = t
    record.tenancies[i].outcome = outcome
    if supported(i, on: t) {
      freeSupport(i)
      supportUntil[i] = t
      record.tenancies[i].supportEnd = t
    }
    tenantOf[tenancy.unit] = -1
    if openTenancy[c] == i { openTenancy[c] = -1 }
    if outcome == .lost {
      // Istandsættelse is the kommune's duty for a home it placed someone in (§ 59 stk. 1,
      // 3.–5. pkt.); rent arrears only when the agreement with the organisations covers them.
      let arrears = w.levers.agreement.guaranteeCovers(arrears: w.levers.model.arrearsKr, restoration: 0)
      record.guaranteeKr += w.levers.model.restorationKr + arrears
      if rehousing[c] {
        rehousing[c] = false  // already on the list
      } else {
        scheduleEvent(c, .reentry, on: t + Int(w.levers.model.reentryDelayDays))
      }
    }
    fallVacant(tenancy.unit, day: t, month: month)
  }

  /// A young person under the dispensation who is not in education is re-housed by the
  /// kommune: back on the list at the front, still living in the youth home until then.
  mutating func studyCheck(_ i: Int, day t: Int) {
    let c = record.tenancies[i].caseIndex
    guard record.tenancies[i].youthCheck, !profile[c].inEducation else { return }
    if rng.chance(w.levers.model.educationStart) { return }
    record.youthRehoused += 1
    rehousing[c] = true
    relist(c, day: t, front: true)
  }

  mutating func reenter(_ c: Int, day t: Int, month: Int) {
    guard offList[c], openTenancy[c] < 0, !offered[c] else { return }
    record.reentries += 1
    relist(c, day: t, front: false)
    scheduleExit(c, from: t)
  }

  /// Puts a case back on the waiting list on day `t` (at the front: before every other case
  /// of its priority, and with the top need priority).
  mutating func relist(_ c: Int, day t: Int, front: Bool) {
    offList[c] = false
    reentered[c] = true
    registered[c] = t
    queue[c] = front ? t - 1_000_000 : t
    if front { profile[c].priority = max(profile[c].priority, 20) }
    insertWaiting(c)
    changed = true
  }

  /// A unit falls vacant by turnover or at the end of a tenancy: counted, then offered to the rota.
  mutating func fallVacant(_ u: Int, day t: Int, month: Int) {
    if u < stock.existing {
      record.vacanciesByType[stock.type[u].position] += 1
      if stock.type[u] == .family && stock.rent[u] < SimulationWorld.cheapRent {
        record.cheapFamilyVacancies += 1
      }
    }
    vacancy(u, day: t, month: month)
  }

  /// Support days and shelter nights delivered within the horizon.
  mutating func finishTenancies() {
    for (i, tenancy) in record.tenancies.enumerated() {
      let end = tenancy.end >= 0 ? tenancy.end : w.days
      if tenancy.method >= 0 {
        record.supportDays[tenancy.method] += max(0, min(end, supportUntil[i], w.days) - tenancy.start)
      }
      if tenancy.fromShelter { record.shelterNightsAvoided += end - tenancy.start }
    }
  }
}
