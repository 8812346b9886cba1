import Testing

@testable import AnvisKit

@Suite struct EligibilityTests {
  typealias F = SimulationFixtures

  func check(
    _ c: Case, _ unitID: String, set: [String] = [], state: EligibilityState = .unconstrained
  ) throws -> [BlockingRule] {
    let dataset = try F.ruleDataset(cases: [c])
    var scenario = Scenario(dataset: dataset)
    for line in set { try scenario.set(line: line, dataset: dataset) }
    let u = try #require(dataset.unitIndex[unitID])
    return Eligibility.check(case: c, unit: u, dataset: dataset, scenario: scenario, state: state)
  }

  @Test func plainPairIsAllowed() throws {
    #expect(try check(F.plainCase(), "u-plain") == [])
  }

  @Test func exemptDepartmentAloneBlocks() throws {
    let rules = try check(F.plainCase(), "u-exempt")
    #expect(rules == [.exemptDepartment(department: "d-004")])
    #expect(rules.first?.reason == "department d-004 is exempt from anvisning (friholdt)")
    #expect(try check(F.plainCase(), "u-exempt", set: ["set exempt.departments = none"]) == [])
  }

  @Test func youthClaimAloneBlocks() throws {
    let rules = try check(F.plainCase(age: 25), "u-youth")
    #expect(rules == [.youthClaimOff])
    #expect(rules.first?.reason == "youth housing is claimed only with youth.claim on (a local agreement)")
    #expect(try check(F.plainCase(age: 25), "u-youth", set: ["set youth.claim = true"]) == [])
  }

  @Test func youthAgeAloneBlocks() throws {
    let rules = try check(F.plainCase(age: 34), "u-youth", set: ["set youth.claim = true"])
    #expect(rules == [.youthAge(age: 34)])
    #expect(rules.first?.reason == "youth housing is for ages 18–29; the citizen is 34")
  }

  @Test func studyRequirementIsWaivedForPlacedYouth() throws {
    var c = F.plainCase(age: 22)
    c.inEducation = false
    #expect(try check(c, "u-youth", set: ["set youth.claim = true"]) == [])
  }

  @Test func aeldreboligerAreClosedToHomelessCasesByDefault() throws {
    #expect(try check(F.plainCase(age: 66), "u-senior") == [.seniorNotForHomeless])
    #expect(try check(F.plainCase(age: 45), "u-senior") == [.seniorNotForHomeless, .seniorNeed(age: 45)])
  }

  @Test func seniorForHomelessOpensThemTo60PlusOrADisability() throws {
    let open = ["set senior.for_homeless = true"]
    let rules = try check(F.plainCase(age: 45), "u-senior", set: open)
    #expect(rules == [.seniorNeed(age: 45)])
    #expect(rules.first?.reason.contains("60+ or with a disability") == true)
    #expect(try check(F.plainCase(age: 60), "u-senior", set: open) == [])
    var pension = F.plainCase(age: 45)
    pension.disabilityPension = true
    #expect(try check(pension, "u-senior", set: open) == [])
    var wheelchair = F.plainCase(age: 45)
    wheelchair.needsAccessible = true
    #expect(try check(wheelchair, "u-senior", set: open).contains(.seniorNeed(age: 45)) == false)
  }

  /// One flag at a time; stk. 6 applies rules 1, 3–7 (2 is not in the data), stk. 7 rules 1, 3–5.
  @Test(arguments: [1, 3, 4, 5, 6, 7])
  func areaRuleAloneBlocks(rule: Int) throws {
    var c = F.plainCase()
    switch rule {
    case 1: c.released6m = true
    case 3: c.evicted6m = true
    case 4: c.nonEU = true
    case 5: c.benefit6m = true
    case 6: c.disabilityPension = true
    default: c.sickBenefit6m = true
    }
    let stk6 = try check(c, "u-vulnerable")
    #expect(stk6 == [.areaRestriction(stk: 6, rule: rule, area: .vulnerable)])
    #expect(try check(c, "u-plain") == [])
    let stk7 = try check(c, "u-prevention")
    #expect(stk7 == (rule <= 5 ? [.areaRestriction(stk: 7, rule: rule, area: .prevention)] : []))
    #expect(try check(c, "u-vulnerable", set: ["set area.restrictions = false"]) == [])
  }

  @Test func areaRuleReasonNamesLawAndArea() throws {
    var c = F.plainCase()
    c.released6m = true
    let rules = try check(c, "u-vulnerable")
    #expect(
      rules.first?.reason
        == "§ 59 stk. 6 no. 1: released after a prison sentence less than 6 months ago — unit in a vulnerable area"
    )
  }

  @Test func studentsAreExceptedFromRuleFour() throws {
    var c = F.plainCase()
    c.nonEU = true
    c.inEducation = true
    #expect(try check(c, "u-vulnerable") == [])
  }

  @Test func rentCapAloneBlocks() throws {
    let rules = try check(F.plainCase(), "u-dear")
    #expect(rules == [.rent(pays: 4_200, limit: 3_500, rule: .cap)])
    #expect(rules.first?.reason == "rent 4200 kr is above the 3500 kr the citizen can pay (rent.cap)")
    #expect(try check(F.plainCase(), "u-dear", set: ["set rent.cap = 4200"]) == [])
  }

  @Test func incomeRuleCountsBoligsikring() throws {
    // 12,326 kr a month: 4,200 kr rent is affordable with boligsikring at rent.share 0.30 ...
    #expect(try check(F.plainCase(), "u-dear", set: ["set rent.rule = income"]) == [])
    // ... but not on 6,545 kr.
    let rules = try check(F.plainCase(income: 6_545), "u-dear", set: ["set rent.rule = income"])
    #expect(rules.count == 1)
    #expect(rules.first?.kind == .rent)
    #expect(rules.first?.reason.hasPrefix("rent after boligsikring") == true)
  }

  @Test func householdTooLargeAloneBlocks() throws {
    let rules = try check(F.plainCase(household: 3), "u-plain")
    #expect(rules == [.householdTooLarge(household: 3, rooms: 1)])
    #expect(rules.first?.reason == "a household of 3 does not fit in 1 room")
  }

  @Test func unitTooLargeAloneBlocks() throws {
    let c = F.plainCase()
    let dataset = try F.ruleDataset(cases: [c])
    var scenario = Scenario(dataset: dataset)
    try scenario.set(line: "set rent.cap = 10000", dataset: dataset)
    let u = try #require(dataset.unitIndex["u-big"])
    let rules = Eligibility.check(case: c, unit: u, dataset: dataset, scenario: scenario)
    #expect(rules == [.unitTooLarge(household: 1, rooms: 4)])
    #expect(rules.first?.reason == "4 rooms is more than a household of 1 needs")
  }

  @Test func accessibilityAloneBlocks() throws {
    var c = F.plainCase()
    c.needsAccessible = true
    let rules = try check(c, "u-plain")
    #expect(rules == [.notAccessible])
    #expect(rules.first?.reason == "the citizen needs an accessible home; the unit is not accessible")
    #expect(try check(c, "u-access") == [])
  }

  @Test func fullSupportMethodAloneBlocks() throws {
    let full = EligibilityState(freePlaces: [3, 0, 3], capacity: [10, 12, 8])
    let rules = try check(F.plainCase(need: .ICM), "u-plain", state: full)
    #expect(rules == [.supportFull(method: .ICM, capacity: 12)])
    #expect(rules.first?.reason == "no free ICM place (all 12 taken)")
    #expect(try check(F.plainCase(need: .CTI), "u-plain", state: full) == [])
  }

  @Test func departmentCapAloneBlocks() throws {
    let state = EligibilityState(
      freePlaces: [5, 5, 5], capacity: [10, 10, 10], departmentHighSupport: [2, 0, 0, 0])
    let rules = try check(F.plainCase(need: .ACT), "u-plain", set: ["set dept.cap = 2"], state: state)
    #expect(rules == [.departmentCap(department: "d-001", cap: 2)])
    #expect(rules.first?.reason == "department d-001 has had its 2 ICM/ACT placements this year (dept.cap)")
    #expect(try check(F.plainCase(need: .CTI), "u-plain", set: ["set dept.cap = 2"], state: state) == [])
  }

  @Test func everyBlockingRuleIsListed() throws {
    var c = F.plainCase(age: 40, household: 3)
    c.released6m = true
    c.needsAccessible = true
    let rules = try check(c, "u-vulnerable")
    #expect(rules.map(\.kind) == [.stk6(rule: 1), .householdTooLarge, .notAccessible])
  }

  /// The fast path agrees with the full check on every pair of a random town.
  @Test func fastPathAgreesWithFullCheck() throws {
    let dataset = try F.town(units: 400, cases: 40, seed: 3)
    for setting in ["set rent.rule = cap", "set rent.rule = income", "set youth.claim = true"] {
      var scenario = Scenario(dataset: dataset)
      try scenario.set(line: setting, dataset: dataset)
      try scenario.set(line: "set dept.cap = 1", dataset: dataset)
      let rules = Eligibility(dataset: dataset, scenario: scenario)
      let state = EligibilityState(
        freePlaces: [1, 0, 2], capacity: [5, 5, 5],
        departmentHighSupport: [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0])
      var mismatches = 0
      var allowed = 0
      for c in dataset.cases {
        let p = CaseProfile(c)
        for u in dataset.units.indices {
          let fast = rules.mayOffer(p, unit: u, state: state)
          if fast != rules.check(p, unit: u, state: state).isEmpty { mismatches += 1 }
          if fast { allowed += 1 }
        }
      }
      #expect(mismatches == 0, "\(setting)")
      #expect(allowed > 0, "\(setting)")
    }
  }
}
