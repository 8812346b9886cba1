import Testing

@testable import AnvisKit

/// The evaluator's hand-written kernels against plain reference versions on random data.
@Suite struct EvaluatorKernelTests {
  @Test func quickselectAgreesWithSorting() {
    var rng = SeededRandom(seed: 3)
    for trial in 0..<300 {
      let n = rng.int(in: 1...60)
      var values = (0..<n).map { _ in Double(rng.int(in: 0...(trial % 2 == 0 ? 5 : 1000))) }
      let sorted = values.sorted()
      let k = rng.int(in: 0...(n - 1))
      values.withUnsafeMutableBufferPointer { Aggregation.select(k, in: $0) }
      #expect(values[k] == sorted[k])
      #expect(values[..<k].allSatisfy { $0 <= sorted[k] })
      #expect(values[(k + 1)...].allSatisfy { $0 >= sorted[k] })
    }
  }

  @Test func topNAgreesWithStableSort() throws {
    var rng = SeededRandom(seed: 4)
    for _ in 0..<100 {
      let n = rng.int(in: 0...80)
      let ints = (0..<n).map { _ in rng.int(in: -3...3) }
      let gaps = (0..<n).map { _ in rng.chance(0.2) }
      let doubles = (0..<n).map { _ in Double(rng.int(in: 0...4)) / 2 }
      let column = Column(name: "i", storage: .int(ints), missing: gaps)
      let other = Column(name: "d", storage: .double(doubles))
      let descending = rng.chance(0.5)
      let order = RowOrder([(column, descending), (other, !descending)])
      let full = order.sorted(Array(0..<n))
      let limit = rng.int(in: 0...12)
      #expect(order.top(limit, of: nil, count: n) == Array(full.prefix(limit)))
      let selection = (0..<n).filter { _ in rng.chance(0.6) }
      #expect(order.top(limit, of: selection, count: n) == Array(order.sorted(selection).prefix(limit)))
    }
  }
}
