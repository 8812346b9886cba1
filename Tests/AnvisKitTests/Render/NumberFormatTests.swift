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

  @Test(arguments: [
    (2167.0, "2167"), (-0.0, "0"), (3456.789, "3456.789"), (2167.3333333333335, "2167.3333333333335"),
    (0.0337, "0.0337"), (0.1 + 0.2, "0.30000000000000004"), (1e-5, "1e-05"), (-1.5e-7, "-1.5e-07"),
    (4.35e15, "4350000000000000"), (1e16, "1e+16"), (1.2345e17, "1.2345e+17"), (-12.0, "-12"),
  ])
  func exactIsLossless(value: Double, text: String) {
    #expect(NumberFormat.exact(value) == text)
    #expect(Double(text) == value)
  }

  @Test func exactReadsBackForManyValues() {
    var rng = SeededRandom(seed: 3)
    for _ in 0..<2000 {
      let value = Double(rng.int(in: -1_000_000...1_000_000)) / Double(rng.int(in: 1...997))
      #expect(Double(NumberFormat.exact(value)) == value, "\(value)")
    }
    #expect(NumberFormat.exact(.nan) == "NaN")
    #expect(NumberFormat.exact(-.infinity) == "-inf")
  }
}
