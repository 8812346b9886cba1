import Testing

@testable import AnvisKit

/// Best-fit's fused pair calculation under `rent.rule = income` (`CaseRent`)
/// against the calculations it replaces, bit for bit, and its candidate ranking
/// (`BestFit.Candidates`) against a plain sort.
@Suite struct CaseRentTests {
  /// Random households in random homes, sizes unknown or not, rents with and without the caps.
  static func households(count: Int, seed: UInt64) -> [(Boligstotte.Household, rent: Double, size: Double)] {
    var rng = SeededRandom(seed: seed)
    return (0..<count).map { _ in
      let persons = Int.random(in: 1...7, using: &rng)
      let h = Boligstotte.Household(
        rent: 0, income: Double.random(in: 0...60_000, using: &rng), persons: persons,
        children: Int.random(in: 0...(persons - 1), using: &rng), age: Int.random(in: 18...95, using: &rng),
        earlyPension: Bool.random(using: &rng), anvist: Bool.random(using: &rng))
      let size =
        Bool.random(using: &rng) ? Double.random(in: 15...200, using: &rng) : Double(rng.int(in: -1...0))
      return (h, Double.random(in: -100...15_000, using: &rng), size)
    }
  }

  @Test func theSupportIsTheTermsSupportExactly() throws {
    let dataset = try SimulationFixtures.town(units: 20, cases: 10, seed: 2)
    var levers = Levers(baselineOf: dataset)
    levers.rentRule = .income
    var paid = 0
    for (k, (h, rent, size)) in Self.households(count: 20_000, seed: 7).enumerated() {
      var p = CaseProfile(dataset.cases[k % dataset.cases.count])
      p.income = h.income
      p.boligstotte = Boligstotte.Terms(h)
      let unit = CaseRent.Unit(rent: rent, size: size, rooms: 2)
      let expected = p.boligstotte.supportYear(rentYear: max(0, rent) * 12, sizeM2: size > 0 ? size : nil)
      #expect(CaseRent(p, levers: levers).supportYear(unit).bitPattern == expected.bitPattern)
      if expected > 0 { paid += 1 }
    }
    #expect(paid > 1_000)
  }

  /// The profiles of a town's cases and of random households with the same rules.
  static func profiles() throws -> (Dataset, [CaseProfile]) {
    let dataset = try SimulationFixtures.town(units: 600, cases: 80, seed: 5)
    var profiles = dataset.cases.map(CaseProfile.init)
    var rng = SeededRandom(seed: 11)
    for (h, _, _) in households(count: 120, seed: 9) {
      var p = profiles[rng.int(in: 0...(profiles.count - 1))]
      p.income = h.income
      p.household = h.persons
      p.age = h.age
      p.boligstotte = Boligstotte.Terms(
        Boligstotte.Household(
          rent: 0, income: h.income, persons: h.persons, children: h.children, age: h.age,
          earlyPension: h.earlyPension))
      profiles.append(p)
    }
    return (dataset, profiles)
  }

  @Test(arguments: [0.2, 0.3, 0.45])
  func fitPointsAreAffordabilityAndTheFitOfOneCalculation(share: Double) throws {
    let (dataset, profiles) = try Self.profiles()
    var levers = Levers(baselineOf: dataset)
    levers.rentRule = .income
    levers.rentShare = share
    let stock = Eligibility(dataset: dataset, levers: levers).stock
    for p in profiles {
      let rent = CaseRent(p, levers: levers)
      for u in 0..<stock.existing {
        let affordable = Affordability.affordable(
          p, rent: stock.rent[u], sizeM2: stock.size[u], levers: levers)
        let points = rent.fitPoints(CaseRent.Unit(u, stock: stock))
        #expect((points != nil) == affordable)
        if let points {
          let old = 40 * MatchScore.fit(p, unit: u, stock: stock, levers: levers)
          #expect(points.bitPattern == old.bitPattern)
        }
      }
    }
  }

  /// A case's own `Reach` meets a unit's demand exactly when `caseFits` holds but for the rent:
  /// the candidate search reads it in place of `caseFits`.
  @Test(arguments: [true, false])
  func aCasesReachMeetsTheDemandExactlyWhenItFits(areaRestrictions: Bool) throws {
    let (dataset, profiles) = try Self.profiles()
    var levers = Levers(baselineOf: dataset)
    levers.rentRule = .income
    levers.areaRestrictions = areaRestrictions
    let rules = Eligibility(dataset: dataset, levers: levers)
    let state = EligibilityState(dataset: dataset, levers: levers)
    var fits = 0
    for p in profiles {
      let reach = WaitingList.Reach(p, levers: levers)
      let rent = CaseRent(p, levers: levers)
      for u in 0..<rules.stock.existing where rules.unitOpen(u) {
        let demand = rules.demand(unit: u, state: state, anyMethod: true)
        #expect(rent.meets(demand) == demand.mayMeet(reach) || demand.rent > reach.maxRent)
        let fast = demand.mayMeet(reach) && rent.fitPoints(CaseRent.Unit(u, stock: rules.stock)) != nil
        #expect(fast == rules.caseFits(p, unit: u))
        if fast { fits += 1 }
      }
    }
    #expect(fits > 1_000)
  }

  @Test func candidatesKeepTheBestOfEachMethodInOrder() {
    var rng = SeededRandom(seed: 3)
    for _ in 0..<400 {
      let keep = rng.int(in: 0...40)
      let places = (0..<3).map { _ in rng.int(in: -2...30) }
      let n = rng.int(in: 0...120)
      let cases = (0..<n).map { $0 * 3 + rng.int(in: 0...2) }.shuffled(using: &rng)
      var top = BestFit.Candidates(keep: 5, freePlaces: [1, 1, 1])
      top.add(999_999, 50, method: -1)  // left over from another unit
      top.reset(keep: keep, freePlaces: places)
      var byMethod = [[(case: Int, score: Double)]](repeating: [], count: 4)
      for c in cases {
        let score = Double(rng.int(in: 0...12))  // ties: broken by case
        let method = rng.int(in: -1...2)
        top.add(c, score, method: method)
        byMethod[method + 1].append((c, score))
      }
      let expected = BestFit.Candidates.reference(byMethod, keep: keep, places: places)
      let best = top.best
      #expect(best.map(\.case) == expected.map(\.case))
      #expect(best.map(\.score) == expected.map(\.score))
    }
  }
}
