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
      tolerance: tolerance(solution), blockLeast: solution.blockLeast)
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
  /// pair costs more than any assignment of allowed pairs could save. Two vector passes: the
  /// top score (`topScore`), then the costs written once.
  static func costMatrix(_ scores: [Double], allowed: [Bool], count: Int, shorter: Int) -> [Double] {
    scores.withUnsafeBufferPointer { score in
      allowed.withUnsafeBufferPointer { isAllowed in
        guard let s = score.baseAddress, let a = isAllowed.baseAddress, count > 0 else { return [] }
        let flags = UnsafeRawPointer(a)
        let top = topScore(s, flags, count: count)
        let forbidden = (top + 1) * Double(shorter + 1)
        return [Double](unsafeUninitializedCapacity: count) { cost, initialized in
          guard let out = cost.baseAddress else { return }
          let topLanes = Lanes(repeating: top)
          let forbiddenLanes = Lanes(repeating: forbidden)
          var i = 0
          while i &+ 4 <= count {
            let on = SIMD4<Int64>(truncatingIfNeeded: flags.loadUnaligned(fromByteOffset: i, as: SIMD4<UInt8>.self))
            store(out, i, forbiddenLanes.replacing(with: topLanes - load(s, i), where: on .!= 0))
            i &+= 4
          }
          while i < count {
            out[i] = a[i] ? top - s[i] : forbidden
            i += 1
          }
          initialized = count
        }
      }
    }
  }

  /// The highest allowed score, at least 0 (NaN scores are ignored): the highest of all scores
  /// when it is 0 or less, or when some pair that has it is allowed (the usual case, found
  /// in a few steps); else `topAllowedScore`.
  static func topScore(_ s: UnsafePointer<Double>, _ flags: UnsafeRawPointer, count: Int) -> Double {
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
        for k in i..<(i &+ 8) where s[k] == best && flags.load(fromByteOffset: k, as: Bool.self) {
          return best
        }
      }
      i &+= 8
    }
    for k in i..<count where s[k] == best && flags.load(fromByteOffset: k, as: Bool.self) { return best }
    return topAllowedScore(s, flags, count: count)
  }

  /// The highest allowed score, at least 0 (NaN scores are ignored).
  static func topAllowedScore(_ s: UnsafePointer<Double>, _ flags: UnsafeRawPointer, count: Int) -> Double {
    var top = Lanes(repeating: 0)
    var i = 0
    while i &+ 4 <= count {
      let on = SIMD4<Int64>(truncatingIfNeeded: flags.loadUnaligned(fromByteOffset: i, as: SIMD4<UInt8>.self))
      top = greater(Lanes(repeating: 0).replacing(with: load(s, i), where: on .!= 0), top)
      i &+= 4
    }
    var best = -least(-top)
    while i < count {
      if flags.load(fromByteOffset: i, as: Bool.self), s[i] > best { best = s[i] }
      i += 1
    }
    return best
  }
}
