import Testing

@testable import AnvisKit

@Suite struct AgreementTermsTests {
  typealias G = AgreementTerms.Guarantee
  static let days: [Int?] = [nil, 60, 30, 14, 7, 1, 0]

  /// Every combination of the three terms.
  static var all: [AgreementTerms] {
    days.flatMap { d in
      G.allCases.flatMap { g in [false, true].map { AgreementTerms(supportResponseDays: d, guarantee: g, contact: $0) } }
    }
  }

  @Test func noTermsLeaveTheDataAsItIs() throws {
    let dataset = try SimulationFixtures.town(units: 300, cases: 5, allExempt: true)
    let levers = Levers(baselineOf: dataset)
    #expect(levers.agreement.points == 0)
    #expect(levers.exemptFlags(in: dataset) == dataset.departments.map(\.exempt))
    #expect(dataset.organisations.allSatisfy { levers.share(of: $0) == $0.anvisningShare })
    #expect(EligibilityState(dataset: dataset, levers: levers).capacity == levers.supportCapacity)
  }

  @Test func pointsFollowTheStatedResponse() {
    // 7 days: 2 × (30 − 7) / 30 = 1.5333…; arrears 1; contact 1 → 3.5333…
    let t = AgreementTerms(supportResponseDays: 7, guarantee: .arrears, contact: true)
    #expect(abs(t.points - (2 * 23.0 / 30 + 2)) < 1e-12)
    // share: 0.27 + 0.01 × 3.5333 = 0.305333…, never above 0.50
    #expect(abs(t.share(agreed: 0.27) - 0.3053333333) < 1e-9)
    #expect(t.share(agreed: 0.49) == 0.50)
    #expect(t.share(agreed: 0.80) == 0.80)
    // reserved: 2.5 % × 1.5333 = 3.8333 % of 60 places = 2.3 → 3
    #expect(t.reservedPlaces(capacity: 60) == 3)
    #expect(t.guaranteeCovers(arrears: 5_000, restoration: 12_000) == 5_000)
    #expect(AgreementTerms(guarantee: .arrearsRestoration).guaranteeCovers(arrears: 5_000, restoration: 12_000) == 17_000)
    #expect(AgreementTerms().guaranteeCovers(arrears: 5_000, restoration: 12_000) == 0)
  }

  @Test func betterTermsNeverLowerTheShareOrCloseDepartments() throws {
    let dataset = try SimulationFixtures.town(units: 300, cases: 5, allExempt: true)
    for a in Self.all {
      for b in Self.all {
        let better =
          (b.supportResponseDays ?? 999) <= (a.supportResponseDays ?? 999)
          && G.allCases.firstIndex(of: b.guarantee)! >= G.allCases.firstIndex(of: a.guarantee)!
          && (b.contact || !a.contact)
        guard better else { continue }
        #expect(b.points >= a.points)
        #expect(b.share(agreed: 0.27) >= a.share(agreed: 0.27))
        #expect(a.releasedDepartments(in: dataset).isSubset(of: b.releasedDepartments(in: dataset)))
      }
    }
  }

  @Test func withoutAGuaranteeTheExemptionsAreNeverBelowTheData() throws {
    let dataset = try SimulationFixtures.town(units: 300, cases: 5, allExempt: true)
    for terms in Self.all {
      var levers = Levers(baselineOf: dataset)
      levers.agreement = terms
      let flags = levers.exemptFlags(in: dataset)
      // Released departments are always data-exempt ones outside § 59 stk. 6–7 areas.
      for d in terms.releasedDepartments(in: dataset) {
        #expect(dataset.departments[d].exempt)
        #expect(!dataset.areas[dataset.departmentArea[d]].status.isRestrictedStk6)
      }
      if terms.guarantee == .none {
        #expect(flags == dataset.departments.map(\.exempt))
      }
    }
  }

  @Test func fullTermsReleaseHalfTheReleasableDepartments() throws {
    // 12 departments, all exempt; 6 lie in the two ordinary areas; 5 points → 50 % → 3.
    let dataset = try SimulationFixtures.town(units: 300, cases: 5, allExempt: true)
    let full = AgreementTerms(supportResponseDays: 0, guarantee: .arrearsRestoration, contact: true)
    #expect(full.points == 5)
    #expect(full.releasedDepartments(in: dataset).count == 3)
  }

  @Test func whySaysWhatTheTermsChanged() throws {
    let dataset = try SimulationFixtures.town(units: 600, cases: 5, allExempt: true)
    var scenario = Scenario(dataset: dataset)
    for line in [
      "set agreement.support_response_days = 7", "set agreement.guarantee = arrears", "set agreement.contact = true",
    ] {
      try scenario.set(line: line, dataset: dataset)
    }
    let e = try Why.explain(caseID: dataset.cases[0].id, dataset: dataset, scenario: scenario)
    let line = try #require(e.lines.first { $0.hasPrefix("from the agreement terms [est]") })
    #expect(line.contains("3 organisations' shares raised by up to 0.0353"))
    #expect(line.contains("friholdt department"))
    let plain = try Why.explain(caseID: dataset.cases[0].id, dataset: dataset, scenario: Scenario(dataset: dataset))
    #expect(!plain.lines.contains { $0.contains("agreement terms") })
  }

  @Test func leversTagEstimatesAndTheManifestKeepsTheTerms() throws {
    #expect(Lever.agreementGuarantee.taggedMeaning.hasSuffix("[est]"))
    #expect(!Lever.seniorForHomeless.taggedMeaning.contains("[est]"))
    var levers = Levers(baselineOf: try SimulationFixtures.town(units: 100, cases: 2))
    let dataset = try SimulationFixtures.town(units: 100, cases: 2)
    try levers.set(.agreementGuarantee, to: "arrears+restoration", in: dataset)
    try levers.set(.agreementResponseDays, to: "7", in: dataset)
    #expect(levers.text(of: .agreementResponseDays) == "7")
    #expect(throws: SimulationError.self) { try levers.set(.agreementResponseDays, to: "400", in: dataset) }
    #expect(throws: SimulationError.self) { try levers.set(.agreementGuarantee, to: "all", in: dataset) }
    try levers.set(.agreementResponseDays, to: "off", in: dataset)
    #expect(levers.agreement.supportResponseDays == nil)
  }
}
