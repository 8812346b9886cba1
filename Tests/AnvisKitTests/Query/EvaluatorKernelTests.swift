import Testing

@testable import AnvisKit

/// The evaluator's hand-written kernels against plain reference versions on random data.
@Suite struct EvaluatorKernelTests {
  @Test func quickselectAgreesWithSorting() {
    var rng = SeededRandom(seed: 3)
    for trial in 0..<300 {
      let n = rng.int(in: 1...60)
      let spread = [0, 1, 5, 1000][trial % 4]
      var values = (0..<n).map { _ in Double(rng.int(in: 0...spread)) }
      let sorted = values.sorted()
      let k = rng.int(in: 0...(n - 1))
      values.withUnsafeMutableBufferPointer { Aggregation.select(k, in: $0) }
      #expect(values[k] == sorted[k])
      #expect(values[..<k].allSatisfy { $0 <= sorted[k] })
      #expect(values[(k + 1)...].allSatisfy { $0 >= sorted[k] })
    }
  }

  @Test func quickselectEndsOnNaNAndLongRuns() {
    var values = (0..<5000).map { i in i % 7 == 0 ? Double.nan : 1.0 }
    values.withUnsafeMutableBufferPointer { Aggregation.select(2500, in: $0) }
    #expect(values.count == 5000)
    var same = [Double](repeating: 2, count: 100_000)
    same.withUnsafeMutableBufferPointer { Aggregation.select(50_000, in: $0) }
    #expect(same[50_000] == 2)
  }

  @Test func topNAgreesWithStableSort() throws {
    var rng = SeededRandom(seed: 4)
    for _ in 0..<100 {
      let n = rng.int(in: 0...80)
      let ints = (0..<n).map { _ in rng.int(in: -3...3) }
      let gaps = (0..<n).map { _ in rng.chance(0.2) }
      let special = [Double.nan, .infinity, -.infinity]
      let doubles = (0..<n).map { _ in
        rng.chance(0.15) ? special[rng.int(in: 0...2)] : Double(rng.int(in: 0...4)) / 2
      }
      let column = Column(name: "i", storage: .int(ints), missing: gaps)
      let other = Column(name: "d", storage: .double(doubles), missing: (0..<n).map { _ in rng.chance(0.1) })
      let descending = rng.chance(0.5)
      let keys =
        rng.chance(0.5)
        ? [(column, descending), (other, !descending)] : [(other, descending), (column, descending)]
      let order = RowOrder(keys)
      let full = order.comparatorSorted(Array(0..<n))
      let limit = rng.int(in: 0...12)
      let selection = (0..<n).filter { _ in rng.chance(0.6) }
      let fromSelection = Array(order.comparatorSorted(selection).prefix(limit))
      // In one piece, and cut into pieces (the path of large inputs).
      for rowsForChunks in [Parallel.rowsForChunks, 2, 7] {
        Parallel.$rowsForChunks.withValue(rowsForChunks) {
          #expect(order.top(limit, of: nil, count: n) == Array(full.prefix(limit)))
          #expect(order.top(limit, of: selection, count: n) == fromSelection)
        }
      }
    }
  }

  /// NaN is the greatest number: after infinity ascending, first descending, and missing last
  /// either way; equal keys (NaN among them) keep their incoming order.
  @Test func nanOrdersAfterEveryNumber() {
    let values: [Double] = [.nan, 1, .infinity, .nan, 0, -.infinity, 5, .nan]
    let missing = [false, false, false, false, true, false, false, false]
    let column = Column(name: "x", storage: .double(values), missing: missing)
    let rows = Array(0..<values.count)
    #expect(RowOrder([(column, false)]).sorted(rows) == [5, 1, 6, 2, 0, 3, 7, 4])
    #expect(RowOrder([(column, true)]).sorted(rows) == [0, 3, 7, 2, 6, 1, 5, 4])
    for descending in [false, true] {
      let order = RowOrder([(column, descending)])
      for limit in 1...values.count {
        #expect(order.top(limit, of: nil, count: values.count) == Array(order.sorted(rows).prefix(limit)))
      }
    }
  }

  @Test func keyedSortAgreesWithComparatorSort() {
    var rng = SeededRandom(seed: 5)
    let words = ["b", "a", "æ", "B", "ab", ""]
    for _ in 0..<100 {
      let n = rng.int(in: 0...70)
      let texts = Column(
        name: "t", storage: .string((0..<n).map { _ in words[rng.int(in: 0...5)] }),
        missing: (0..<n).map { _ in rng.chance(0.1) })
      let codes = Column(
        name: "e",
        storage: .enumeration(codes: (0..<n).map { _ in Int32(rng.int(in: 0...2)) }, values: ["z", "a", "m"]))
      let dates = Column(
        name: "d", storage: .date((0..<n).map { _ in rng.int(in: 0...3) }),
        missing: (0..<n).map { _ in rng.chance(0.2) })
      let flags = Column(name: "b", storage: .bool((0..<n).map { _ in rng.chance(0.5) }))
      let columns = [texts, codes, dates, flags]
      let keys = (0..<rng.int(in: 1...3)).map { _ in (columns[rng.int(in: 0...3)], rng.chance(0.5)) }
      let order = RowOrder(keys)
      let rows = (0..<n).filter { _ in rng.chance(0.8) }.reversed().map { $0 }
      #expect(order.sorted(rows) == order.comparatorSorted(rows))
    }
  }

  /// Large enough for the two-worker path of quantiles.
  @Test func quantilesOfLargeGroupsMatchSorting() throws {
    var rng = SeededRandom(seed: 6)
    let n = 240_000
    let groups = (0..<n).map { i in (i / 1000) % 9 }
    let values = (0..<n).map { _ in Double(rng.int(in: 0...50_000)) / 8 }
    var catalog = TableCatalog()
    catalog.bind(
      Table(
        name: "big",
        columns: [Column(name: "g", storage: .int(groups)), Column(name: "v", storage: .double(values))]),
      origin: .result)
    let t = try QueryEngine.run("big | summarize m = median(v), p = p(v, 90) by g", catalog: catalog).table
    for g in 0..<9 {
      let sorted = zip(groups, values).filter { $0.0 == g }.map(\.1).sorted()
      func q(_ p: Double) -> Double {
        let pos = p * Double(sorted.count - 1)
        let lo = Int(pos.rounded(.down))
        let hi = Int(pos.rounded(.up))
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - Double(lo))
      }
      #expect(t.column(named: "m")?[g] == .double(q(0.5)))
      #expect(t.column(named: "p")?[g] == .double(q(0.9)))
    }
  }
}

/// Grouping by a text column through its kept codes (`TextCodes`) gives the groups that
/// encoding the text gives, with and without a selection, alone and with another key.
@Suite struct TextCodesTests {
  @Test func cachedCodesGroupAsTheTextDoes() {
    var rng = SeededRandom(seed: 21)
    for _ in 0..<60 {
      let n = rng.int(in: 0...300)
      let words = ["a", "bb", "a-much-longer-text-than-fifteen-bytes", "æøå", "c"]
      let texts = (0..<n).map { _ in words[rng.int(in: 0...(words.count - 1))] }
      let gaps = (0..<n).map { _ in rng.chance(0.1) }
      let plain = Column(name: "t", storage: .string(texts))
      var kept = plain
      kept.textCodes = TextCodes()
      var gappy = Column(name: "t", storage: .string(texts), missing: gaps)
      let other = Column(name: "i", storage: .int((0..<n).map { _ in rng.int(in: 0...3) }))
      let selection: [Int]? = rng.chance(0.5) ? (0..<n).filter { _ in rng.chance(0.6) } : nil
      let frame = Frame(columns: [plain, other], baseCount: n, selection: selection)
      for _ in 0..<2 {  // the second time from the kept codes
        let a = Grouping(keys: [plain], frame: frame)
        let b = Grouping(keys: [kept], frame: frame)
        #expect(a.groupOf == b.groupOf)
        #expect(a.firstRow == b.firstRow)
        let c = Grouping(keys: [plain, other], frame: frame)
        let d = Grouping(keys: [kept, other], frame: frame)
        #expect(c.groupOf == d.groupOf)
        #expect(c.firstRow == d.firstRow)
        let e = Grouping(keys: [gappy, other], frame: frame)
        gappy.textCodes = TextCodes()
        let f = Grouping(keys: [gappy, other], frame: frame)
        #expect(e.groupOf == f.groupOf)
        #expect(e.firstRow == f.firstRow)
      }
      // New values drop the codes.
      kept.storage = .string(texts.reversed())
      #expect(kept.textCodes == nil)
    }
  }
}
