import Testing

@testable import AnvisKit

/// Hand-worked boligstøtte examples at the 2026 rates (`BoligstotteRates.y2026`): boligsikring
/// threshold 171,500, +45,200 per child past the first, min own payment 28,900, max 50,760,
/// max rent 96,200 (+5 % per child); boligydelse 75 % of (rent + 8,500) − 22.5 % above 201,400,
/// own payment ≥ max(21,300, 11 % of income), smallest payment 365 kr a month.
@Suite struct BoligstotteTests {
  func month(_ h: Boligstotte.Household) -> Double { Boligstotte(h).supportMonth }

  @Test func kontanthjaelpSingleGetsFifteenPercentOfTheRent() {
    // rent 4,500 × 12 = 54,000; income 12,326 × 12 = 147,912 (below 171,500: no income part)
    // formula 0.60 × 54,000 = 32,400; own payment 54,000 − 28,900 = 25,100
    // no children: 0.15 × 54,000 = 8,100 a year → 675 a month (the 15 % cap binds)
    let b = Boligstotte(.init(rent: 4_500, income: 12_326))
    #expect(b.supportMonth == 675)
    #expect(b.binding == .childlessCap)
    #expect(b.netRent == 3_825)
  }

  @Test func foertidspensionistHasNoFifteenPercentCap() {
    // income 20,370 × 12 = 244,440; above threshold 72,940 × 0.18 = 13,129.2
    // formula 32,400 − 13,129.2 = 19,270.8 (own payment 25,100 and max 50,760 do not bind)
    // § 22 stk. 3 nr. 1: no 15 % cap → 19,270.8 / 12 = 1,605.9 a month
    let b = Boligstotte(.init(rent: 4_500, income: 20_370, earlyPension: true))
    #expect(abs(b.supportMonth - 1_605.9) < 1e-6)
    #expect(b.binding == .formula)
  }

  @Test func familyWithTwoChildren() {
    // household 3, children 2, 90 m² (allowed 65 + 2 × 20 = 105: in full); rent 72,000
    // threshold 171,500 + 1 × 45,200 = 216,700; income 300,000 → 0.18 × 83,300 = 14,994
    // formula 0.60 × 72,000 − 14,994 = 43,200 − 14,994 = 28,206 → 2,350.5 a month
    let b = Boligstotte(.init(rent: 6_000, income: 25_000, persons: 3, children: 2, sizeM2: 90))
    #expect(b.threshold == 216_700)
    #expect(abs(b.supportMonth - 2_350.5) < 1e-6)
  }

  @Test func rentAboveHalfTheIncomeGetsNothing() {
    // rent 4,000 × 12 = 48,000 > half of 6,545 × 12 = 39,270 → 0 (§ 15 proxy)
    let b = Boligstotte(.init(rent: 4_000, income: 6_545))
    #expect(b.supportYear == 0)
    #expect(b.binding == .halfIncome)
  }

  @Test func maximumSupportBinds() {
    // 2 children: max rent 96,200 × 1.10 = 105,820 → 105,800; rent 8,000 × 12 = 96,000 counted
    // income 17,000 × 12 = 204,000 < 216,700: formula 0.60 × 96,000 = 57,600
    // own payment 96,000 − 28,900 = 67,100; max support 50,760 binds → 4,230 a month
    let b = Boligstotte(.init(rent: 8_000, income: 17_000, persons: 3, children: 2))
    #expect(b.maxRent == 105_800)
    #expect(b.supportMonth == 4_230)
    #expect(b.binding == .maxSupport)
  }

  @Test func minimumOwnPaymentBinds() {
    // 1 child: rent 3,000 × 12 = 36,000; income 96,000 (half 48,000 ≥ 36,000)
    // formula 0.60 × 36,000 = 21,600; own payment: 36,000 − 28,900 = 7,100 binds → 591.67
    let b = Boligstotte(.init(rent: 3_000, income: 8_000, persons: 2, children: 1))
    #expect(b.supportYear == 7_100)
    #expect(b.binding == .minOwnPayment)
  }

  @Test func folkepensionistGetsBoligydelse() {
    // age 70: boligydelse. rent 60,000; income 25,000 × 12 = 300,000
    // rent part 0.75 × (60,000 + 8,500) = 51,375; income part 0.225 × (300,000 − 201,400) = 22,185
    // formula 29,190; own payment max(21,300, 0.11 × 300,000 = 33,000) → 60,000 − 33,000 = 27,000
    // binds; no 15 % cap (boligsikring would give at most 9,000) → 2,250 a month
    let b = Boligstotte(.init(rent: 5_000, income: 25_000, age: 70))
    #expect(b.scheme == .boligydelse)
    #expect(b.supportYear == 27_000)
    #expect(b.binding == .minOwnPayment)
  }

  @Test func boligydelseBelowTheSmallestPaymentIsNotPaid() {
    // age 70, rent 60,000, income 34,300 × 12 = 411,600
    // 51,375 − 0.225 × (411,600 − 201,400) = 51,375 − 47,295 = 4,080 → 340 a month < 365 → 0
    let b = Boligstotte(.init(rent: 5_000, income: 34_300, age: 70))
    #expect(b.supportYear == 0)
    #expect(b.binding == .belowMinimum)
  }

  @Test func largeFlatCountsOnlyTheAllowedArea() {
    // single in 90 m²: rent 64,800 counted for 65/90 → 46,800; income 147,912 (half 73,956)
    // formula 0.60 × 46,800 = 28,080; own 46,800 − 28,900 = 17,900; 15 % × 46,800 = 7,020
    // binds → 585 a month
    let b = Boligstotte(.init(rent: 5_400, income: 12_326, sizeM2: 90))
    #expect(b.countedRent == 46_800)
    #expect(b.supportMonth == 585)
  }

  @Test func rentAboveTheMaximumIsCounted() {
    // førtidspension, rent 108,000 a year counted at 96,200; income 360,000 (half 180,000)
    // 0.60 × 96,200 = 57,720 − 0.18 × (360,000 − 171,500) = 57,720 − 33,930 = 23,790
    let b = Boligstotte(.init(rent: 9_000, income: 30_000, earlyPension: true))
    #expect(b.countedRent == 96_200)
    #expect(abs(b.supportYear - 23_790) < 1e-6)
  }

  @Test func highIncomeGetsNothing() {
    // 0.18 × (480,000 − 171,500) = 55,530 > 0.60 × 48,000 = 28,800 → 0
    let b = Boligstotte(.init(rent: 4_000, income: 40_000, earlyPension: true))
    #expect(b.supportYear == 0)
    #expect(b.binding == Boligstotte.Binding.none)
  }

  @Test func supportNeverExceedsItsCapsOverRandomHouseholds() {
    var rng = SeededRandom(seed: 42)
    let r = BoligstotteRates.current
    for _ in 0..<20_000 {
      let persons = Int.random(in: 1...7, using: &rng)
      let h = Boligstotte.Household(
        rent: Double.random(in: 0...15_000, using: &rng), income: Double.random(in: 0...60_000, using: &rng),
        persons: persons, children: Int.random(in: 0...(persons - 1), using: &rng),
        age: Int.random(in: 18...95, using: &rng),
        sizeM2: Bool.random(using: &rng) ? Double.random(in: 15...200, using: &rng) : nil,
        earlyPension: Bool.random(using: &rng), anvist: Bool.random(using: &rng))
      let b = Boligstotte(h)
      #expect(b.supportYear >= 0)
      #expect(b.supportYear <= b.countedRent + 1e-9)
      #expect(b.supportYear <= b.maxSupport + 1e-9)
      #expect(b.supportYear <= max(0, b.countedRent - b.minOwnPayment) + 1e-9)
      if b.scheme == .boligsikring {
        #expect(b.supportYear <= r.sikringMaxSupport * 1.25 + 1e-9)
        if h.children == 0 && !h.earlyPension { #expect(b.supportYear <= 0.15 * b.rentYear + 1e-9) }
      }
      if b.rentYear > b.incomeYear / 2 { #expect(b.supportYear == 0) }
    }
  }

  @Test func calculatorPrintsTheStepsAndBindsTheTable() throws {
    let shell = Shell(dataset: try SimulationFixtures.town(units: 200, cases: 10, seed: 1))
    let r = shell.respond(to: "boligsikring rent=4500 income=12326 household=1 children=0")
    #expect(!r.failed)
    #expect(r.stdout.hasPrefix("boligsikring 675 kr a month (8100 kr a year), decided by 15 % cap"))
    #expect(r.stdout.contains("15 % cap"))
    let q = shell.respond(to: "boligsikring_steps | where step == \"support\" | select kr_month")
    #expect(q.stdout.contains("675"))
  }

  @Test func calculatorPutsACaretUnderABadArgument() throws {
    let shell = Shell(dataset: try SimulationFixtures.town(units: 200, cases: 10, seed: 1))
    let r = shell.respond(to: "boligsikring rent=4500 incme=12326")
    #expect(r.failed)
    #expect(r.stderr.contains("unknown argument 'incme'"))
    #expect(r.stderr.contains("did you mean 'income'?"))
    #expect(r.stderr.contains("input:1:24"))
    #expect(r.stderr.contains(" ^^^^^^^^^^^\n"))
    let missing = shell.respond(to: "boligsikring rent=4500")
    #expect(missing.stderr.contains("expected income=KR"))
    let kids = shell.respond(to: "boligsikring rent=4500 income=9000 household=2 children=2")
    #expect(kids.stderr.contains("2 children do not fit in a household of 2"))
  }

  @Test func calculatorCompletesTheKeysNotYetGiven() throws {
    let shell = Shell(dataset: try SimulationFixtures.town(units: 200, cases: 10, seed: 1))
    let line = "boligsikring rent=4500 in"
    #expect(shell.completions(for: line, cursor: line.count) == ["income="])
    let all = "boligsikring rent=4500 "
    #expect(!shell.completions(for: all, cursor: all.count).contains("rent="))
    #expect(shell.completions(for: all, cursor: all.count).contains("children="))
  }

  @Test func theSimulatorsFastPathAgreesWithTheWrittenOutCalculation() throws {
    let dataset = try SimulationFixtures.town(units: 400, cases: 60, seed: 3)
    var levers = Levers(baselineOf: dataset)
    levers.rentRule = .income
    for c in dataset.cases {
      let p = CaseProfile(c)
      for unit in dataset.units.prefix(200) {
        let full = Boligstotte(p.boligstotteHousehold(rent: unit.rent, sizeM2: unit.sizeM2)).supportMonth
        #expect(abs(Affordability.support(p, rent: unit.rent, sizeM2: unit.sizeM2) - full) < 1e-9)
        for share in [0.2, 0.3, 0.45] {
          levers.rentShare = share
          let exact = Affordability.shortfall(p, rent: unit.rent, sizeM2: unit.sizeM2, levers: levers) == nil
          #expect(Affordability.affordable(p, rent: unit.rent, sizeM2: unit.sizeM2, levers: levers) == exact)
        }
      }
    }
  }
}
