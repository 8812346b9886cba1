import Testing

@testable import AnvisKit

/// The blocked waiting list against a plain sorted array, and its summaries against the rules:
/// a summary may let through a case the rules refuse, never refuse one they take.
@Suite struct WaitingListTests {
  static let aalborg = Result { () throws(GeneratorError) in try Generator.generate(preset: .aalborg) }

  /// Random reaches, so that blocks differ in what they may meet.
  static func randomReach(_ rng: inout SeededRandom) -> WaitingList.Reach {
    var r = WaitingList.Reach()
    r.methods = 1 << UInt8(rng.int(in: 0...3))
    r.flags = UInt8(rng.int(in: 0...31))
    r.minHousehold = rng.int(in: 1...5)
    r.maxHousehold = r.minHousehold
    r.maxRent = Double(rng.int(in: 2_000...9_000))
    return r
  }

  @Test func insertsRemovesAndFindsAsAScanOfTheSortedList() {
    var rng = SeededRandom(seed: 11)
    let total = 600
    var order = (0..<total).map { _ in rng.int(in: 0...400) }  // sort key per case; ties by index
    let reach = (0..<total).map { _ in Self.randomReach(&rng) }
    func before(_ a: Int, _ b: Int) -> Bool { (order[a], a) < (order[b], b) }
    let initial = Array(0..<150).sorted(by: before)
    var list = WaitingList(initial, reach: reach)
    var reference = initial
    var next = 150
    for step in 0..<2_000 {
      if next < total && (reference.isEmpty || rng.chance(0.55)) {
        let c = next
        next += 1
        list.insert(c, caseReach: reach) { before($0, c) }
        reference.insert(c, at: reference.firstIndex { !before($0, c) } ?? reference.count)
      } else if !reference.isEmpty {
        let c = reference[rng.int(in: 0...(reference.count - 1))]
        list.remove(c, caseReach: reach) { before($0, c) }
        reference.removeAll { $0 == c }
        // Sometimes the case comes back under a new key (a refusal under `refusal = drop`).
        if rng.chance(0.3) {
          order[c] = rng.int(in: 0...400)
          list.insert(c, caseReach: reach) { before($0, c) }
          reference.insert(c, at: reference.firstIndex { !before($0, c) } ?? reference.count)
        }
      }
      #expect(list.cases == reference, "step \(step)")
      #expect(list.count == reference.count)
      let demand = WaitingList.Demand(
        methods: UInt8(rng.int(in: 1...15)), flags: UInt8(rng.int(in: 0...7)),
        minHousehold: rng.int(in: 0...4), maxHousehold: rng.int(in: 1...6), rent: Double(rng.int(in: 1_000...9_000)))
      let extra = rng.int(in: 0...3)
      let accept = { (c: Int) in demand.mayMeet(reach[c]) && c % 4 != extra }
      #expect(list.first(meeting: demand, accept) == reference.first(where: accept))
      #expect(list.all(meeting: demand, accept) == reference.filter(accept))
    }
  }

  @Test func aUnitsDemandLetsThroughEveryCaseTheRulesLetTakeIt() throws {
    let dataset = try Self.aalborg.get()
    var rng = SeededRandom(seed: 12)
    for rule in ["cap", "income"] {
      var scenario = Scenario(dataset: dataset)
      try scenario.set(line: "set rent.rule = \(rule)", dataset: dataset)
      try scenario.set(line: "set area.restrictions = true", dataset: dataset)
      try scenario.set(line: "set youth.claim = true", dataset: dataset)
      try scenario.set(line: "set dept.cap = 1", dataset: dataset)
      let rules = Eligibility(dataset: dataset, scenario: scenario)
      let profiles = dataset.cases.map(CaseProfile.init)
      let reach = profiles.map { WaitingList.Reach($0, levers: scenario.levers) }
      var checked = 0
      for _ in 0..<400 {
        let u = rng.int(in: 0...(dataset.units.count - 1))
        var state = EligibilityState(dataset: dataset, levers: scenario.levers)
        state.freePlaces = (0..<3).map { _ in rng.int(in: -1...2) }
        state.departmentHighSupport = (0...dataset.departments.count).map { _ in rng.int(in: 0...1) }
        let demand = rules.demand(unit: u, state: state)
        let fixed = rules.demand(unit: u, state: state, anyMethod: true)
        for c in profiles.indices {
          if rules.caseMayTake(profiles[c], unit: u, state: state) {
            #expect(demand.mayMeet(reach[c]), "case \(c) unit \(u) \(rule)")
            checked += 1
          }
          if rules.caseFits(profiles[c], unit: u) { #expect(fixed.mayMeet(reach[c])) }
        }
      }
      #expect(checked > 100)
    }
  }

  @Test func theRentBoundIsAboveEveryAffordableRent() throws {
    let dataset = try Self.aalborg.get()
    var scenario = Scenario(dataset: dataset)
    try scenario.set(line: "set rent.rule = income", dataset: dataset)
    let levers = scenario.levers
    var affordableAboveLimit = 0
    for c in dataset.cases {
      let p = CaseProfile(c)
      let bound = Affordability.rentBound(p, levers: levers)
      for rent in stride(from: 0.0, through: 20_000, by: 37.5) {
        for size in [0.0, 30, 65, 90, 140] where Affordability.affordable(p, rent: rent, sizeM2: size, levers: levers) {
          #expect(rent <= bound, "case \(c.id) rent \(rent) size \(size) bound \(bound)")
          if rent > levers.rentShare * p.income + 1 { affordableAboveLimit += 1 }
        }
      }
    }
    // Boligstøtte makes some rents above the plain limit affordable: the bound covers them.
    #expect(affordableAboveLimit > 0)
  }
}
