import AnvisKit
import Testing

/// `anvis validate DIR`: a one-line summary, or every problem.
@Suite("Dataset validator")
struct DatasetValidatorTests {
  @Test func summaryOfTheTinyFixture() throws {
    let path = try TestFixtures.path("tiny")
    guard case .valid(let summary, _) = DatasetValidator.validate(directory: path) else {
      Issue.record("tiny did not validate")
      return
    }
    #expect(
      summary
        == "\(path): ok — 3 areas, 2 organisations, 4 departments, 20 units (8 vacant), 10 cases, 3 teams")
  }

  @Test func problemsOfABrokenDataSet() throws {
    let s = try ScratchDataset()
    try s.remove("cases.csv")
    guard case .invalid(let failure) = DatasetValidator.validate(directory: s.directory) else {
      Issue.record("a data set without cases.csv validated")
      return
    }
    #expect(failure.description == "\(s.directory)/cases.csv:1:1: file not found")
  }

  @Test func writesCountsWithoutAThousandsSeparator() {
    #expect(DatasetValidator.grouped(0) == "0")
    #expect(DatasetValidator.grouped(999) == "999")
    #expect(DatasetValidator.grouped(34012) == "34012")
    #expect(DatasetValidator.grouped(590_000) == "590000")
    #expect(DatasetValidator.grouped(1_234_567) == "1234567")
  }
}
