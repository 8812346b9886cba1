/// Simple tests over a whole table, a block of rows at a time: a field against a constant, an
/// enumeration against a set of its values, a true/false field, and `and`, `or`, `not` of
/// those. Each block fills a byte per row (1: the test holds; a missing value: 0) in a buffer
/// that stays in the cache, with loops the compiler vectorises; `where … | count` then adds
/// the bytes up and `where` collects the rows, without a row-sized intermediate array.
indirect enum MaskTest {
  case ints([Int], TypedExpr.Comparison, Int, missing: [Bool]?)
  case doubles([Double], TypedExpr.Comparison, Double, missing: [Bool]?)
  /// An enumeration equal (or, negated, not equal) to one code.
  case code([Int32], Int32, negated: Bool, missing: [Bool]?)
  /// An enumeration in a set of codes: `mask[code]`.
  case codes([Int32], mask: [Bool], missing: [Bool]?)
  case bools([Bool], missing: [Bool]?)
  /// `x is missing` (negated: `x is not missing`).
  case missing([Bool], negated: Bool)
  case and(MaskTest, MaskTest)
  case or(MaskTest, MaskTest)
  case not(MaskTest)

  /// Rows per block: a block's bytes and a few columns' slices fit in the first-level cache.
  static let block = 2048

  /// The test for `e` over the frame's base rows; nil when `e` is not of the simple kind.
  init?(_ e: TypedExpr, _ frame: Frame) {
    switch e.node {
    case .and(let l, let r):
      guard let a = MaskTest(l, frame), let b = MaskTest(r, frame) else { return nil }
      self = .and(a, b)
    case .or(let l, let r):
      guard let a = MaskTest(l, frame), let b = MaskTest(r, frame) else { return nil }
      self = .or(a, b)
    case .not(let inner):
      guard let a = MaskTest(inner, frame) else { return nil }
      self = .not(a)
    case .enumIn(let inner, let mask):
      guard case .column(let i) = inner.node else { return nil }
      let column = frame.columns[i]
      let codes = column.enumCodes
      guard codes.count == frame.baseCount else { return nil }
      let holding = mask.indices.filter { mask[$0] }
      if holding.count == 1 {
        self = .code(codes, Int32(holding[0]), negated: false, missing: column.missing)
      } else if holding.count == mask.count - 1, let out = mask.firstIndex(of: false) {
        self = .code(codes, Int32(out), negated: true, missing: column.missing)
      } else {
        self = .codes(codes, mask: mask, missing: column.missing)
      }
    case .compare(let op, let l, let r):
      guard case .column(let i) = l.node, case .constant(let k) = r.node else { return nil }
      let column = frame.columns[i]
      switch (column.storage, k) {
      case (.int(let a), .int(let v)): self = .ints(a, op, v, missing: column.missing)
      case (.date(let a), .date(let v)): self = .ints(a, op, v.ordinal, missing: column.missing)
      case (.double(let a), .double(let v)): self = .doubles(a, op, v, missing: column.missing)
      default: return nil
      }
    case .isMissing(let inner, let negated):
      guard case .column(let i) = inner.node else { return nil }
      let m = frame.columns[i].missing ?? [Bool](repeating: false, count: frame.baseCount)
      self = .missing(m, negated: negated)
    case .column(let i):
      guard case .bool(let b) = frame.columns[i].storage else { return nil }
      self = .bools(b, missing: frame.columns[i].missing)
    default:
      return nil
    }
  }

  /// Sets `out[0..<n]` to the test of rows `lo..<lo+n` (`and`: ands it into what is there).
  func fill(_ out: UnsafeMutablePointer<UInt8>, _ lo: Int, _ n: Int, and: Bool = false) {
    switch self {
    case .ints(let a, let op, let k, let m):
      a.withUnsafeBufferPointer { MaskTest.compare($0.baseAddress! + lo, op, k, out, n, and: and) }
      MaskTest.clear(out, m, lo, n)
    case .doubles(let a, let op, let k, let m):
      a.withUnsafeBufferPointer { MaskTest.compare($0.baseAddress! + lo, op, k, out, n, and: and) }
      MaskTest.clear(out, m, lo, n)
    case .code(let c, let k, let negated, let m):
      c.withUnsafeBufferPointer { MaskTest.compare($0.baseAddress! + lo, negated ? .notEqual : .equal, k, out, n, and: and) }
      MaskTest.clear(out, m, lo, n)
    case .codes(let c, let mask, let m):
      let bytes = mask.map { UInt8($0 ? 1 : 0) }
      c.withUnsafeBufferPointer { c in
        bytes.withUnsafeBufferPointer { mask in
          let c = c.baseAddress! + lo
          if and {
            for i in 0..<n { out[i] &= mask[Int(c[i])] }
          } else {
            for i in 0..<n { out[i] = mask[Int(c[i])] }
          }
        }
      }
      MaskTest.clear(out, m, lo, n)
    case .bools(let b, let m):
      b.withUnsafeBufferPointer { b in
        let b = b.baseAddress! + lo
        if and {
          for i in 0..<n { out[i] &= b[i] ? 1 : 0 }
        } else {
          for i in 0..<n { out[i] = b[i] ? 1 : 0 }
        }
      }
      MaskTest.clear(out, m, lo, n)
    case .missing(let m, let negated):
      m.withUnsafeBufferPointer { m in
        let m = m.baseAddress! + lo
        let flip: UInt8 = negated ? 1 : 0
        if and {
          for i in 0..<n { out[i] &= (m[i] ? 1 : 0) ^ flip }
        } else {
          for i in 0..<n { out[i] = (m[i] ? 1 : 0) ^ flip }
        }
      }
    case .and(let l, let r):
      l.fill(out, lo, n, and: and)
      r.fill(out, lo, n, and: true)
    case .or(let l, let r):
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * n) { t in
        let x = t.baseAddress!
        let y = x + n
        l.fill(x, lo, n)
        r.fill(y, lo, n)
        if and {
          for i in 0..<n { out[i] &= x[i] | y[i] }
        } else {
          for i in 0..<n { out[i] = x[i] | y[i] }
        }
      }
    case .not(let inner):
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { t in
        let t = t.baseAddress!
        inner.fill(t, lo, n)
        if and {
          for i in 0..<n { out[i] &= t[i] ^ 1 }
        } else {
          for i in 0..<n { out[i] = t[i] ^ 1 }
        }
      }
    }
  }

  @inline(__always)
  static func compare<T: Comparable>(
    _ a: UnsafePointer<T>, _ op: TypedExpr.Comparison, _ k: T, _ out: UnsafeMutablePointer<UInt8>, _ n: Int,
    and: Bool
  ) {
    @inline(__always) func run(_ test: (T) -> Bool) {
      if and {
        for i in 0..<n { out[i] &= test(a[i]) ? 1 : 0 }
      } else {
        for i in 0..<n { out[i] = test(a[i]) ? 1 : 0 }
      }
    }
    switch op {
    case .equal: run { $0 == k }
    case .notEqual: run { $0 != k }
    case .less: run { $0 < k }
    case .lessEqual: run { $0 <= k }
    case .greater: run { $0 > k }
    case .greaterEqual: run { $0 >= k }
    }
  }

  /// A missing value fails the test.
  @inline(__always)
  static func clear(_ out: UnsafeMutablePointer<UInt8>, _ missing: [Bool]?, _ lo: Int, _ n: Int) {
    guard let missing else { return }
    missing.withUnsafeBufferPointer { m in
      let m = m.baseAddress! + lo
      for i in 0..<n { out[i] &= m[i] ? 0 : 1 }
    }
  }

  /// How many of the `count` rows pass.
  func count(_ count: Int) -> Int {
    var total = 0
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: MaskTest.block) { buffer in
      let out = buffer.baseAddress!
      var lo = 0
      while lo < count {
        let n = min(MaskTest.block, count - lo)
        fill(out, lo, n)
        var c = 0
        for i in 0..<n { c &+= Int(out[i]) }
        total &+= c
        lo += n
      }
    }
    return total
  }

  /// The rows of `0..<count` that pass, in order.
  func rows(_ count: Int) -> [Int] {
    var kept = 0
    let all = [Int](unsafeUninitializedCapacity: count) { rows, initialized in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: MaskTest.block) { buffer in
        let out = buffer.baseAddress!
        var lo = 0
        while lo < count {
          let n = min(MaskTest.block, count - lo)
          fill(out, lo, n)
          // Branch-free: every row is written, and the next slot advances only past a kept one.
          for i in 0..<n {
            rows[kept] = lo &+ i
            kept &+= Int(out[i])
          }
          lo += n
        }
      }
      initialized = kept
    }
    // Give back the unused capacity when the selection is a small part.
    return kept * 2 < count ? Array(all[0..<kept]) : all
  }

  /// Whether each of the `count` rows passes.
  func truth(_ count: Int) -> [Bool] {
    [Bool](unsafeUninitializedCapacity: count) { out, initialized in
      out.withMemoryRebound(to: UInt8.self) { bytes in
        var lo = 0
        while lo < count {
          let n = min(MaskTest.block, count - lo)
          fill(bytes.baseAddress! + lo, lo, n)
          lo += n
        }
      }
      initialized = count
    }
  }
}
