import Testing

@testable import AnvisKit

/// A group's quantile, by counting (whole numbers in a narrow range) or by quickselect, is
/// the interpolation between the two values a full sort puts at its positions, bit for bit.
@Suite struct AggregationQuantileTests {
  /// The quantile from a full sort.
  static func sortedQuantile(_ q: Double, _ values: [Double]) -> Double {
    let s = values.sorted()
    let position = q * Double(s.count - 1)
    let lo = Int(position.rounded(.down))
    let hi = Int(position.rounded(.up))
    return s[lo] + (s[hi] - s[lo]) * (position - Double(lo))
  }

  static func quantile(_ q: Double, _ values: [Double], _ counts: inout [Int32]) -> Double {
    var copy = values
    return copy.withUnsafeMutableBufferPointer { Aggregation.quantile(q, of: $0, counts: &counts) }
  }

  @Test func quantilesEqualThoseOfAFullSort() {
    var rng = SeededRandom(seed: 2026)
    var counts: [Int32] = []
    var counted = 0
    for trial in 0..<3000 {
      let n = rng.int(in: 1...400)
      // Narrow and wide ranges, negative numbers, many equal values.
      let width = [3, 50, 900, 20_000, 1 << 40][trial % 5]
      var values = (0..<n).map { _ in Double(rng.int(in: -width...width)) }
      switch trial % 7 {
      case 0: values[rng.int(in: 0...(n - 1))] += 0.25
      case 1: values[rng.int(in: 0...(n - 1))] = -0.0
      case 2: values[rng.int(in: 0...(n - 1))] = 0x1p52
      default: break
      }
      let q = [0.5, 0.1, 0.9, 0.0, 1.0, 0.37][trial % 6]
      let expected = AggregationQuantileTests.sortedQuantile(q, values)
      let found = AggregationQuantileTests.quantile(q, values, &counts)
      // -0 and 0 are equal values, either of which a sort may put first.
      #expect(found == expected, "\(values) at \(q)")
      if trial % 7 != 1 { #expect(found.bitPattern == expected.bitPattern) }
      values.withUnsafeBufferPointer { buffer in
        if Aggregation.wholeOrderStatistics(0, 0, buffer, &counts) != nil { counted += 1 }
      }
    }
    // Both ways were taken.
    #expect(counted > 800)
    #expect(counted < 2600)
  }

  @Test func countingIsTakenOnlyForWholeNumbersInANarrowRange() {
    var counts: [Int32] = []
    func isCounted(_ values: [Double]) -> Bool {
      values.withUnsafeBufferPointer { Aggregation.wholeOrderStatistics(1, 2, $0, &counts) != nil }
    }
    let rents = (0..<100).map { Double(3000 + $0 * 7) }
    #expect(isCounted(rents))
    #expect(!isCounted(Array(rents.prefix(63))))
    #expect(!isCounted(rents + [0.5]))
    #expect(!isCounted(rents + [-0.0]))
    #expect(!isCounted(rents + [.nan]))
    #expect(!isCounted(rents + [.infinity]))
    #expect(!isCounted(rents + [1e9]))
    #expect(!isCounted(rents.map { $0 + 0x1p51 }))
    #expect(isCounted(rents + [0.0, -12]))
  }
}
