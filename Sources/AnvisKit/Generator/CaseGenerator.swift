/// The open cases: citizens in homelessness on the kommune's list.
///
/// Age band, situation and support need are split exactly by their shares (then put in a
/// seeded random order), so the mixes hold for any seed; everything else is drawn per case.
enum CaseGenerator {
  /// VIVE 2022 ages (DOMAIN.md): 18–24 13 %, 25–29 15 %, 30–59 63 %, 60+ 9 %.
  static let ageBands: [(ages: ClosedRange<Int>, share: Double)] = [
    (18...24, 0.13), (25...29, 0.15), (30...59, 0.63), (60...75, 0.09),
  ]

  /// DOMAIN.md: shelter (§ 110) ~52 %, friends/family ~20 %, street ~9 %; the rest split
  /// between institutions (hospital, treatment, prison) and other [est].
  static let situations: [(Situation, Double)] = [
    (.shelter, 0.52), (.friends_family, 0.20), (.street, 0.09), (.institution, 0.10), (.other, 0.09),
  ]

  /// DOMAIN.md: need mix CTI 50 %, ICM 35 %, ACT 15 %. No case is generated with `none`.
  static let needs: [(SupportNeed, Double)] = [(.CTI, 0.50), (.ICM, 0.35), (.ACT, 0.15)]

  /// How heavy a situation weighs when the heavier support needs are handed out [est]:
  /// ACT goes mostly to people on the street, CTI mostly to those staying with friends.
  static func severity(_ s: Situation) -> Double {
    switch s {
    case .street: 2.0
    case .institution: 1.4
    case .shelter: 1.0
    case .other: 0.6
    case .friends_family: 0.3
    }
  }

  /// Cases registered at most this many days before `as_of` (two years) [est].
  static let longestWait = 730.0

  static func make(_ count: Int, asOf: Day, _ rng: inout SeededRandom) -> [Case] {
    let bands = Quotas.shuffled(Array(ageBands.indices), ageBands.map(\.share), total: count, &rng)
    let places = Quotas.shuffled(situations.map(\.0), situations.map(\.1), total: count, &rng)
    let needList = assignNeeds(places, &rng)
    let width = GeneratorIDs.width(count, minimum: 4)
    var cases = [Case]()
    cases.reserveCapacity(count)
    for i in 0..<count {
      let age = drawAge(ageBands[bands[i]].ages, &rng)
      let income = IncomeDraw.draw(age: age, &rng)
      let situation = places[i]
      // Registration: more recent cases than old ones (the list turns over) [est].
      let u = rng.unit()
      let waited = Int(longestWait * u * u.squareRoot())
      var c = Case(
        id: GeneratorIDs.make("c-", i + 1, width: width), age: age,
        householdSize: householdSize(age: age, &rng), situation: situation, registered: asOf + -waited,
        incomeType: income.type, income: income.amount, need: needList[i], inEducation: income.inEducation)
      c.needsAccessible = rng.chance(age >= 60 ? 0.15 : 0.03)
      Section59Flags.draw(&c, &rng)
      cases.append(c)
    }
    return cases
  }

  /// Hands out exactly the need quotas, heaviest needs to the highest severity (with noise).
  static func assignNeeds(_ places: [Situation], _ rng: inout SeededRandom) -> [SupportNeed] {
    let scores = places.map { severity($0) + 2 * rng.unit() }
    let order = places.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    let counts = Quotas.split(places.count, needs.map(\.1))
    // Heaviest first: ACT, then ICM, then CTI.
    var labels = [SupportNeed]()
    for k in needs.indices.reversed() { labels += repeatElement(needs[k].0, count: counts[k]) }
    var result = places.map { _ in SupportNeed.CTI }
    for (rank, i) in order.enumerated() { result[i] = labels[rank] }
    return result
  }

  /// 60+ skews young: DOMAIN.md's 60+ are mostly in their sixties.
  static func drawAge(_ band: ClosedRange<Int>, _ rng: inout SeededRandom) -> Int {
    if band.lowerBound >= 60 {
      let u = rng.unit()
      return band.lowerBound + Int(Double(band.count) * u * u)
    }
    return rng.int(in: band)
  }

  /// Mostly single people; some couples and parents with a child [est].
  static func householdSize(age: Int, _ rng: inout SeededRandom) -> Int {
    if age < 25 { return rng.chance(0.07) ? 2 : 1 }
    return [1, 2, 3][rng.pick([0.85, 0.10, 0.05])]
  }
}
