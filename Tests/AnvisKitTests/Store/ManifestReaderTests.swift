import Foundation
import AnvisKit
import Testing

/// `anvis.toml`: required keys, dates, ranges, unknown keys, syntax errors, all with positions.
@Suite("Manifest")
struct ManifestReaderTests {
  /// Writes `manifest` into a copy of the tiny data set and returns the problems.
  static func problems(_ manifest: String) throws -> [String] {
    let s = try ScratchDataset()
    try s.write("anvis.toml", manifest)
    return BrokenDatasetTests.problems(s)
  }

  @Test func readsTheTinyManifest() throws {
    let dataset = try DatasetReader.load(from: TestFixtures.path("tiny"))
    let m = dataset.manifest
    #expect(m.name == "Tiny (test fixture)")
    #expect(m.asOf == Day(year: 2026, month: 11, day: 1))
    #expect(m.flow.inflowPerMonth == 2)
    #expect(m.flow.acceptance == 0.8)
    #expect(m.flow.claimDays == 30)
    #expect(m.flow.turnover[.youth] == 0.399)
    #expect(m.levers.anvisningShare == 0.27)
    #expect(m.levers.rentCap == 3500)
    #expect(m.levers.youthClaim == false)
    #expect(m.levers.areaRestrictions == true)
  }

  @Test func acceptsAStringDateAndDefaults() throws {
    let s = try ScratchDataset()
    try s.write("anvis.toml", "name = \"Mini\"\nas_of = \"2026-11-01\"\n[flow]\ninflow_per_month = 12\n")
    let m = try DatasetReader.load(from: s.directory).manifest
    #expect(m.asOf == Day(year: 2026, month: 11, day: 1))
    #expect(m.flow.inflowPerMonth == 12)
    #expect(m.flow.turnover == Manifest.Flow.defaultTurnover)
    #expect(m.levers == Manifest.LeverDefaults())
  }

  /// `exit_per_year` in [flow] is the baseline of `exit.per_year`, with the lever's range.
  @Test func exitPerYearIsAFlowKeyWithTheLeversRange() throws {
    let s = try ScratchDataset()
    try s.write("anvis.toml", "name = \"Mini\"\nas_of = 2026-11-01\n[flow]\nexit_per_year = 1.875\n")
    let dataset = try DatasetReader.load(from: s.directory)
    #expect(dataset.manifest.flow.exitPerYear == 1.875)
    #expect(Levers(baselineOf: dataset).exitPerYear == 1.875)
    #expect(Manifest.Flow().exitPerYear == 1.5)
    let problems = try Self.problems("name = \"Mini\"\nas_of = 2026-11-01\n[flow]\nexit_per_year = 500\n")
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix("anvis.toml:4:") == true, "\(problems)")
    #expect(problems.first?.contains("exit_per_year") == true, "\(problems)")
  }

  @Test func missingNameAndDate() throws {
    #expect(
      try Self.problems("[flow]\nacceptance = 0.8\n") == [
        "anvis.toml:1:1: missing 'name' (the data set's name, e.g. name = \"Aalborg\")",
        "anvis.toml:1:1: missing 'as_of' (the day the data describes, e.g. as_of = 2026-11-01)",
      ])
  }

  @Test func badAsOf() throws {
    #expect(
      try Self.problems("name = \"X\"\nas_of = \"2025-02-30\"\n") == [
        "anvis.toml:2:9: 2025-02-30 is not a date"
      ])
    #expect(
      try Self.problems("name = \"X\"\nas_of = \"1/11/2026\"\n") == [
        "anvis.toml:2:9: as_of must be a date YYYY-MM-DD, found '1/11/2026'"
      ])
    #expect(
      try Self.problems("name = \"X\"\nas_of = 20261101\n") == [
        "anvis.toml:2:9: as_of must be a date YYYY-MM-DD"
      ])
  }

  @Test func valuesOutOfRange() throws {
    let text = """
      name = "X"
      as_of = 2026-11-01
      [flow]
      acceptance = 1.5
      claim_days = -3
      inflow_per_month = "many"
      [flow.turnover]
      youth = 2
      [levers]
      anvisning_share = -0.1
      youth_claim = "yes"
      """
    #expect(
      try Self.problems(text) == [
        "anvis.toml:4:14: acceptance must be between 0 and 1, found 1.5",
        "anvis.toml:5:14: claim_days must be between 1 and 3650, found -3",
        "anvis.toml:6:20: inflow_per_month must be a number",
        "anvis.toml:8:9: youth must be between 0 and 1, found 2",
        "anvis.toml:10:19: anvisning_share must be between 0 and 1, found -0.1",
        "anvis.toml:11:15: youth_claim must be true or false",
      ])
  }

  @Test func unknownKeys() throws {
    let text =
      "name = \"X\"\nas_of = 2026-11-01\ncolour = 1\n[flow]\nacceptence = 0.8\n[flow.turnover]\nflat = 0.1\n"
    #expect(
      try Self.problems(text) == [
        "anvis.toml:3:1: unknown key 'colour'",
        "anvis.toml:5:1: unknown key 'acceptence' in [flow]; did you mean 'acceptance'?",
        "anvis.toml:7:1: unknown unit type 'flat' in [flow.turnover]; allowed: family, youth, senior, skaev, shared_room, transition",
      ])
  }

  @Test func syntaxErrorHasTOMLKitsPosition() throws {
    #expect(
      try Self.problems("name = \"X\"\nas_of = 2026-11-01\n[flow\n") == [
        "anvis.toml:3:6: Error while parsing table header: expected ']', saw '\\n'"
      ])
  }

  @Test func impossibleTOMLDate() throws {
    #expect(
      try Self.problems("name = \"X\"\nas_of = 2025-02-30\n") == [
        "anvis.toml:2:19: Error while parsing date: expected day between 1 and 28 (inclusive), saw 30"
      ])
  }

  @Test func cprInTheName() throws {
    #expect(
      try Self.problems("name = \"Sag 010190-1234\"\nas_of = 2026-11-01\n") == [
        "anvis.toml:1:8: looks like a CPR number (01 01 90-****); personal identity numbers are refused"
      ])
  }

  @Test func cprElsewhereInTheManifestIsNotEchoed() throws {
    let problems = try Self.problems("name = \"X\"\nas_of = \"010190-1234\"\n0101901234 = 1\n")
    #expect(
      problems == [
        "anvis.toml:2:9: looks like a CPR number (01 01 90-****); personal identity numbers are refused",
        "anvis.toml:3:1: looks like a CPR number (01 01 90-****); personal identity numbers are refused",
      ])
  }

  static let tinyYAML = """
    # The tiny manifest, written as YAML.
    name: Tiny (test fixture)
    as_of: 2026-11-01
    flow:
      inflow_per_month: 2.0
      acceptance: 0.8
      claim_days: 30
      turnover:
        family: 0.104
        youth: 0.399
        senior: 0.08
        skaev: 0.05
        shared_room: 0.25
        transition: 0.3
    levers:
      anvisning_share: 0.27
      rent_cap: 3500
      youth_claim: false
      area_restrictions: true

    """

  /// The problems of a copy of the tiny data set whose manifest is `yaml` as anvis.yaml.
  static func yamlProblems(_ yaml: String) throws -> [String] {
    let s = try ScratchDataset()
    try s.remove("anvis.toml")
    try s.write("anvis.yaml", yaml)
    return BrokenDatasetTests.problems(s)
  }

  @Test func yamlManifestReadsLikeTheTOMLOne() throws {
    let s = try ScratchDataset()
    try s.remove("anvis.toml")
    try s.write("anvis.yaml", Self.tinyYAML)
    let fromYAML = try DatasetReader.load(from: s.directory).manifest
    let fromTOML = try DatasetReader.load(from: TestFixtures.path("tiny")).manifest
    #expect(fromYAML == fromTOML)
  }

  @Test func yamlManifestProblemsHaveTheirPositions() throws {
    let yaml = Self.tinyYAML.replacingOccurrences(of: "acceptance: 0.8", with: "acceptance: 1.8")
      .replacingOccurrences(of: "  youth_claim: false", with: "  youth_claim: maybe\n  colour: red")
    #expect(
      try Self.yamlProblems(yaml) == [
        "anvis.yaml:6:15: acceptance must be between 0 and 1, found 1.8",
        "anvis.yaml:18:16: youth_claim must be true or false",
        "anvis.yaml:19:3: unknown key 'colour' in [levers]",
      ])
  }

  @Test func yamlSyntaxErrorAndMissingKeys() throws {
    let broken = try Self.yamlProblems("name: [unclosed\n")
    #expect(broken.count == 1)
    #expect(broken.first?.hasPrefix("anvis.yaml:") == true)
    #expect(broken.first?.contains("not valid YAML") == true)
    #expect(
      try Self.yamlProblems("name: X\n") == [
        "anvis.yaml:1:1: missing 'as_of' (the day the data describes, e.g. as_of = 2026-11-01)"
      ])
    #expect(
      try Self.yamlProblems("- a list\n") == [
        "anvis.yaml:1:1: the manifest must be a mapping of keys (name: …, as_of: …)"
      ])
  }

  @Test func tomlWinsWhenBothManifestsExist() throws {
    let s = try ScratchDataset()
    try s.write("anvis.yaml", "name: Other\nas_of: 2020-01-01\n")
    #expect(try DatasetReader.load(from: s.directory).manifest.name == "Tiny (test fixture)")
  }

  @Test func readsTheAgreementTermsAndSeniorLever() throws {
    let s = try ScratchDataset()
    try s.write(
      "anvis.toml",
      "name = \"Mini\"\nas_of = 2026-11-01\n[levers]\nsenior_for_homeless = true\n"
        + "agreement_support_response_days = 7\nagreement_guarantee = \"arrears+restoration\"\nagreement_contact = true\n")
    let m = try DatasetReader.load(from: s.directory).manifest
    #expect(m.levers.seniorForHomeless)
    #expect(m.levers.agreement == AgreementTerms(supportResponseDays: 7, guarantee: .arrearsRestoration, contact: true))
    #expect(ManifestWriter.text(m).contains("agreement_guarantee = \"arrears+restoration\""))
  }

  @Test func badAgreementTermsAreReportedWithTheSetRanges() throws {
    let found = try Self.problems(
      "name = \"Mini\"\nas_of = 2026-11-01\n[levers]\nagreement_support_response_days = 400\n"
        + "agreement_guarantee = \"everything\"\n")
    #expect(
      found == [
        "anvis.toml:4:35: agreement_support_response_days must be a whole number of days from 0 to 365, or \"off\"",
        "anvis.toml:5:23: agreement_guarantee must be one of none, arrears, arrears+restoration",
      ])
  }
}
