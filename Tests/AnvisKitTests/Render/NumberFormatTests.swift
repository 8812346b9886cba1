import Testing

@testable import AnvisKit

@Suite struct NumberFormatTests {
  @Test(arguments: [
    (3456.789, "3456.79"), (3456.785, "3456.79"), (12.0, "12"), (12.5, "12.5"), (-3.456, "-3.46"),
    (0.275, "0.275"), (0.104, "0.104"), (0.123456, "0.1235"), (-0.00001, "0"), (-0.0, "0"),
    (1_234_567.891, "1234567.89"), (0.99999, "1"), (1e20, "1e+20"),
  ])
  func formatsDeterministically(value: Double, text: String) {
    #expect(NumberFormat.string(value) == text)
  }

  @Test func nonFiniteValues() {
    #expect(NumberFormat.string(.nan) == "NaN")
    #expect(NumberFormat.string(.infinity) == "inf")
    #expect(NumberFormat.string(-.infinity) == "-inf")
    #expect(!NumberFormat.isJSONNumber(.nan))
  }
}
