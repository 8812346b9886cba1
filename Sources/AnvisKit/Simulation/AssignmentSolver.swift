/// Optimal assignment for rectangular matrices.
///
/// Rows ≤ columns go to Jonker–Volgenant (`AssignmentSolver+JonkerVolgenant`: column reduction
/// on square matrices, augmenting row reduction, then shortest augmenting paths), with the row
/// scans as vector kernels (`AssignmentSolver+Kernels`); rows > columns are solved transposed.
///
/// Ties: when several assignments are optimal, the answer is the canonical one
/// (`AssignmentSolver+TieBreak`): row 0 gets the smallest column it can have in an optimal
/// assignment, then row 1, and so on (for rows > columns: column 0 the smallest row, and so on).
/// So results depend only on the input, not on the algorithm, the machine or the order of its
/// steps. SciPy returns the same assignment whenever the optimum is unique; under ties it
/// returns an optimum of equal total, whose canonical form is this one (the solver tests check
/// both against SciPy).
public enum AssignmentSolver {
  /// Assigns every row of a `rows × columns` cost matrix (row-major, finite values) to a distinct
  /// column minimising the total cost. Returns the column of each row; when there are more rows
  /// than columns, the rows left over get -1.
  public static func minimumCost(_ costs: [Double], rows: Int, columns: Int) -> [Int] {
    guard rows > 0, columns > 0, costs.count == rows * columns else {
      return [Int](repeating: -1, count: max(rows, 0))
    }
    if rows <= columns {
      return costs.withUnsafeBufferPointer { canonicalOptimum($0, rows: rows, columns: columns).columnOf }
    }
    let rowOfColumn = transposed(costs, rows: rows, columns: columns).withUnsafeBufferPointer {
      canonicalOptimum($0, rows: columns, columns: rows).columnOf
    }
    var result = [Int](repeating: -1, count: rows)
    for (c, r) in rowOfColumn.enumerated() where r >= 0 { result[r] = c }
    return result
  }

  /// The canonical optimum of a problem with rows ≤ columns, with the duals that prove it.
  static func canonicalOptimum(_ cost: UnsafeBufferPointer<Double>, rows: Int, columns: Int) -> Solution {
    var solution = jonkerVolgenant(cost, rows: rows, columns: columns)
    canonicalize(
      cost, rows: rows, columns: columns, columnOf: &solution.columnOf, u: solution.u, v: solution.v,
      tolerance: tolerance(solution))
    return solution
  }

  /// How far from zero a reduced cost may be and still count as a tie: exact for integer
  /// costs, a few thousand rounding steps of the duals' size otherwise.
  static func tolerance(_ s: Solution) -> Double {
    let scale = (s.u.lazy.map(abs).max() ?? 0) + (s.v.lazy.map(abs).max() ?? 0)
    return 1e-12 * max(1, scale)
  }

  /// Maximum-score matching over allowed pairs: first as many pairs as possible, then the
  /// highest total score among those. `scores` is row-major; `allowed[r * columns + c]` false
  /// forbids a pair. Returns the column of each row, or -1 for a row left without one.
  public static func maximumScore(_ scores: [Double], allowed: [Bool], rows: Int, columns: Int) -> [Int] {
    let count = rows * columns
    guard rows > 0, columns > 0, scores.count == count, allowed.count == count else {
      return [Int](repeating: -1, count: max(rows, 0))
    }
    let costs = costMatrix(scores, allowed: allowed, count: count, shorter: min(rows, columns))
    var result = minimumCost(costs, rows: rows, columns: columns)
    for r in 0..<rows where result[r] >= 0 && !allowed[r * columns + result[r]] { result[r] = -1 }
    return result
  }

  /// The costs `maximumScore` minimises: the top score less each allowed score; a forbidden
  /// pair costs more than any assignment of allowed pairs could save. Two passes: the top score
  /// (`topAllowedScore`), then the costs written once by a select loop the compiler vectorises.
  static func costMatrix(_ scores: [Double], allowed: [Bool], count: Int, shorter: Int) -> [Double] {
    scores.withUnsafeBufferPointer { score in
      allowed.withUnsafeBufferPointer { isAllowed in
        guard let s = score.baseAddress, let a = isAllowed.baseAddress, count > 0 else { return [] }
        let flags = UnsafeRawPointer(a).assumingMemoryBound(to: UInt8.self)
        let top = topScore(s, flags, count: count)
        let forbidden = (top + 1) * Double(shorter + 1)
        return [Double](unsafeUninitializedCapacity: count) { cost, initialized in
          guard let out = cost.baseAddress else { return }
          for i in 0..<count { out[i] = flags[i] != 0 ? top - s[i] : forbidden }
          initialized = count
        }
      }
    }
  }

  /// The highest allowed score, at least 0 (NaN scores are ignored): the highest of all scores
  /// when it is 0 or less, or when some pair that has it is allowed (the usual case, found
  /// in a few steps); else `topAllowedScore`.
  static func topScore(_ s: UnsafePointer<Double>, _ flags: UnsafePointer<UInt8>, count: Int) -> Double {
    var top = Lanes(repeating: 0)
    var top2 = top
    var i = 0
    while i &+ 8 <= count {
      top = greater(load(s, i), top)
      top2 = greater(load(s, i &+ 4), top2)
      i &+= 8
    }
    top = greater(top2, top)
    var best = Swift.max(Swift.max(top[0], top[1]), Swift.max(top[2], top[3]))
    while i < count {
      if s[i] > best { best = s[i] }
      i += 1
    }
    if best <= 0 { return 0 }
    let b = Lanes(repeating: best)
    i = 0
    while i &+ 8 <= count {
      if any((load(s, i) .== b) .| (load(s, i &+ 4) .== b)) {
        for k in i..<(i &+ 8) where s[k] == best && flags[k] != 0 { return best }
      }
      i &+= 8
    }
    for k in i..<count where s[k] == best && flags[k] != 0 { return best }
    return topAllowedScore(s, flags, count: count)
  }

  /// The highest allowed score, at least 0 (NaN scores are ignored). Four flags at a time
  /// become a lane mask by table (the flags are bytes 0 or 1): a forbidden score reads as 0.
  static func topAllowedScore(_ s: UnsafePointer<Double>, _ flags: UnsafePointer<UInt8>, count: Int) -> Double {
    withUnsafeTemporaryAllocation(of: SIMD4<UInt64>.self, capacity: 16) { table in
      for b in 0..<16 {
        table[b] = SIMD4<UInt64>(
          b & 1 == 0 ? 0 : ~0, b & 2 == 0 ? 0 : ~0, b & 4 == 0 ? 0 : ~0, b & 8 == 0 ? 0 : ~0)
      }
      @inline(__always) func masked(_ i: Int) -> Lanes {
        let w = UInt32(littleEndian: UnsafeRawPointer(flags + i).loadUnaligned(as: UInt32.self))
        let mask = table[Int((w | w &>> 7 | w &>> 14 | w &>> 21) & 0xF)]
        return unsafeBitCast(unsafeBitCast(load(s, i), to: SIMD4<UInt64>.self) & mask, to: Lanes.self)
      }
      var top = Lanes(repeating: 0)
      var top2 = top
      var i = 0
      while i &+ 8 <= count {
        top = greater(masked(i), top)
        top2 = greater(masked(i &+ 4), top2)
        i &+= 8
      }
      top = greater(top2, top)
      var best = Swift.max(Swift.max(top[0], top[1]), Swift.max(top[2], top[3]))
      while i < count {
        if flags[i] != 0, s[i] > best { best = s[i] }
        i += 1
      }
      return best
    }
  }
}
