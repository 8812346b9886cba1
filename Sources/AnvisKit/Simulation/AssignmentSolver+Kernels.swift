/// Vector kernels of the solver (four doubles a step; the scalar tail finishes a row).
extension AssignmentSolver {
  typealias Lanes = SIMD4<Double>

  @inline(__always) static func load(_ p: UnsafePointer<Double>, _ j: Int) -> Lanes {
    UnsafeRawPointer(p + j).loadUnaligned(as: Lanes.self)
  }

  @inline(__always) static func store(_ p: UnsafeMutablePointer<Double>, _ j: Int, _ x: Lanes) {
    UnsafeMutableRawPointer(p + j).storeBytes(of: x, as: Lanes.self)
  }

  /// `a < b ? a : b` lane by lane (one `minpd`).
  @inline(__always) static func lesser(_ a: Lanes, _ b: Lanes) -> Lanes {
    b.replacing(with: a, where: a .< b)
  }
  @inline(__always) static func greater(_ a: Lanes, _ b: Lanes) -> Lanes {
    b.replacing(with: a, where: a .> b)
  }

  @inline(__always) static func least(_ x: Lanes) -> Double {
    Swift.min(Swift.min(x[0], x[1]), Swift.min(x[2], x[3]))
  }

  /// The least and second least of `c[j] - v[j]` over `0..<n` (the second equals the first when
  /// it occurs twice), the first column of the least and the first other column of the second
  /// (-1 when `n < 2`). Two passes: the values branch-free, then the columns.
  @inline(__always)
  static func twoLeast(_ c: UnsafePointer<Double>, _ v: UnsafePointer<Double>, n: Int)
    -> (Double, Double, Int, Int)
  {
    var lo = Lanes(repeating: .infinity)
    var hi = Lanes(repeating: .infinity)
    var lo2 = lo
    var hi2 = hi
    var j = 0
    while j &+ 8 <= n {
      let h = load(c, j) - load(v, j)
      let h2 = load(c, j &+ 4) - load(v, j &+ 4)
      hi = lesser(hi, greater(lo, h))
      lo = lesser(lo, h)
      hi2 = lesser(hi2, greater(lo2, h2))
      lo2 = lesser(lo2, h2)
      j &+= 8
    }
    // Two accumulators into one: the least of both, the second least of the four values.
    hi = lesser(lesser(hi, hi2), greater(lo, lo2))
    lo = lesser(lo, lo2)
    // Merge the lanes: the least of all, then the least of the rest.
    var umin = Double.infinity
    var usub = Double.infinity
    for k in 0..<4 {
      let a = lo[k]
      if a < umin {
        usub = Swift.min(umin, usub)
        umin = a
      } else {
        usub = Swift.min(usub, a)
      }
      usub = Swift.min(usub, hi[k])
    }
    while j < n {
      let h = c[j] - v[j]
      if h < umin {
        usub = umin
        umin = h
      } else if h < usub {
        usub = h
      }
      j += 1
    }
    // The columns: blocks whose least is above both values are skipped.
    var j1 = -1
    var j2 = -1
    j = 0
    while j &+ 8 <= n {
      if least(lesser(load(c, j) - load(v, j), load(c, j &+ 4) - load(v, j &+ 4))) <= usub {
        for k in j..<(j &+ 8) {
          let x = c[k] - v[k]
          if x == umin && j1 < 0 {
            j1 = k
          } else if x == usub && j2 < 0 {
            j2 = k
          }
        }
        if j1 >= 0 && j2 >= 0 { return (umin, usub, j1, j2) }
      }
      j &+= 8
    }
    while j < n {
      let x = c[j] - v[j]
      if x == umin && j1 < 0 {
        j1 = j
      } else if x == usub && j2 < 0 {
        j2 = j
      }
      j += 1
    }
    return (umin, usub, j1, j2)
  }

  /// The first `j` in `from..<n` with `d[j] <= value`, or `n`; eight at a time, tested lane by
  /// lane (a horizontal least per block cost a dozen shuffles).
  @inline(__always)
  static func firstAtMost(_ value: Double, in d: UnsafePointer<Double>, from: Int, n: Int) -> Int {
    var j = from
    let values = Lanes(repeating: value)
    while j &+ 8 <= n {
      if any(lesser(load(d, j), load(d, j &+ 4)) .<= values) {
        for k in j..<(j &+ 8) where d[k] <= value { return k }
      }
      j &+= 8
    }
    while j < n {
      if d[j] <= value { return j }
      j += 1
    }
    return n
  }

  /// `d[j] = min(d[j], c[j] - w[j] - h)` over `0..<n`; returns the least `d` (accumulated in
  /// place, as `reducedRow`).
  @inline(__always)
  static func relax(
    _ c: UnsafePointer<Double>, _ w: UnsafePointer<Double>, _ d: UnsafeMutablePointer<Double>, n: Int,
    h: Double
  ) -> Double {
    var best = Lanes(repeating: .infinity)
    let hh = Lanes(repeating: h)
    var best2 = best
    var j = 0
    while j &+ 8 <= n {
      let x = lesser((load(c, j) - load(w, j)) - hh, load(d, j))
      let x2 = lesser((load(c, j &+ 4) - load(w, j &+ 4)) - hh, load(d, j &+ 4))
      store(d, j, x)
      store(d, j &+ 4, x2)
      best = lesser(best, x)
      best2 = lesser(best2, x2)
      j &+= 8
    }
    best = lesser(best, best2)
    var m = least(best)
    while j < n {
      let r = (c[j] - w[j]) - h
      if r < d[j] { d[j] = r }
      m = Swift.min(m, d[j])
      j += 1
    }
    return m
  }

  /// `d[j] = c[j] - v[j]` over `0..<n`; returns the least. Eight columns a step into two
  /// accumulators, each updated in place (`lesser(best, x)`: one `minpd`, no copy).
  @inline(__always)
  static func reducedRow(
    _ c: UnsafePointer<Double>, _ v: UnsafePointer<Double>, _ d: UnsafeMutablePointer<Double>, n: Int
  ) -> Double {
    var best = Lanes(repeating: .infinity)
    var best2 = best
    var j = 0
    while j &+ 8 <= n {
      let x = load(c, j) - load(v, j)
      let x2 = load(c, j &+ 4) - load(v, j &+ 4)
      store(d, j, x)
      store(d, j &+ 4, x2)
      best = lesser(best, x)
      best2 = lesser(best2, x2)
      j &+= 8
    }
    return reducedTail(c, v, d, from: j, n: n, least: least(lesser(best, best2)))
  }

  /// `reducedRow`, also writing the least of each block of sixteen columns to `blockLeast`
  /// (`n / 16` of them; the columns after the last whole block are in none).
  @inline(__always)
  static func reducedRow(
    _ c: UnsafePointer<Double>, _ v: UnsafePointer<Double>, _ d: UnsafeMutablePointer<Double>, n: Int,
    blockLeast: UnsafeMutablePointer<Double>
  ) -> Double {
    var best = Lanes(repeating: .infinity)
    var j = 0
    var b = 0
    while j &+ 16 <= n {
      let x = load(c, j) - load(v, j)
      let x2 = load(c, j &+ 4) - load(v, j &+ 4)
      let x3 = load(c, j &+ 8) - load(v, j &+ 8)
      let x4 = load(c, j &+ 12) - load(v, j &+ 12)
      store(d, j, x)
      store(d, j &+ 4, x2)
      store(d, j &+ 8, x3)
      store(d, j &+ 12, x4)
      let block = lesser(lesser(x, x2), lesser(x3, x4))
      blockLeast[b] = least(block)
      best = lesser(best, block)
      j &+= 16
      b &+= 1
    }
    return reducedTail(c, v, d, from: j, n: n, least: least(best))
  }

  /// The columns `j..<n` after the last whole block of `reducedRow`: written to `d` one at a
  /// time, and the least of them and `least`.
  @inline(__always)
  static func reducedTail(
    _ c: UnsafePointer<Double>, _ v: UnsafePointer<Double>, _ d: UnsafeMutablePointer<Double>,
    from start: Int,
    n: Int, least: Double
  ) -> Double {
    var m = least
    var j = start
    while j < n {
      d[j] = c[j] - v[j]
      m = Swift.min(m, d[j])
      j += 1
    }
    return m
  }

  /// The least `c[j] - v[j]` over `0..<count` (+∞ when empty).
  @inline(__always)
  static func leastReduced(_ c: UnsafePointer<Double>, _ v: UnsafePointer<Double>, count n: Int) -> Double {
    var best = Lanes(repeating: .infinity)
    var best2 = best
    var j = 0
    while j &+ 8 <= n {
      best = lesser(load(c, j) - load(v, j), best)
      best2 = lesser(load(c, j &+ 4) - load(v, j &+ 4), best2)
      j &+= 8
    }
    var m = least(lesser(best, best2))
    while j < n {
      m = Swift.min(m, c[j] - v[j])
      j += 1
    }
    return m
  }
}
