/// The waiting list in offer order, held in blocks of up to `2 × blockSize` cases. Each block
/// keeps a summary of what its cases could take (`Reach`): a search for the first case that may
/// take a unit skips every block none of whose cases can, so a vacancy nobody on a long list can
/// take costs a pass over the summaries rather than over the cases. The summaries may claim more
/// than the cases can (a removal only narrows them when the block is next rebuilt), never less,
/// so the search finds exactly the case a scan of the whole list would.
struct WaitingList {
  static let blockSize = 32

  /// What the cases of a block could take at best, by the rules that never change in a run and
  /// their support methods.
  struct Reach {
    /// Bit `method + 1` for each support method present (bit 0: none).
    var methods: UInt8 = 0
    /// `Flag` bits: some case has that property.
    var flags: UInt8 = 0
    var minHousehold = Int.max
    var maxHousehold = Int.min
    /// No case can pay a rent above this (`Affordability.rentBound`).
    var maxRent = -Double.infinity

    mutating func add(_ r: Reach) {
      methods |= r.methods
      flags |= r.flags
      minHousehold = min(minHousehold, r.minHousehold)
      maxHousehold = max(maxHousehold, r.maxHousehold)
      maxRent = max(maxRent, r.maxRent)
    }
  }

  /// `Reach.flags` bits.
  enum Flag {
    static let youthAge: UInt8 = 1
    static let seniorEligible: UInt8 = 2
    static let noAccessNeed: UInt8 = 4
    static let clearStk6: UInt8 = 8
    static let clearStk7: UInt8 = 16
  }

  /// What a unit asks of a case, in the terms of `Reach`.
  struct Demand {
    var methods: UInt8
    var flags: UInt8
    var minHousehold: Int
    var maxHousehold: Int
    var rent: Double

    /// False when no case summarised by `r` can meet the demand.
    @inline(__always)
    func mayMeet(_ r: Reach) -> Bool {
      r.methods & methods != 0 && r.flags & flags == flags && r.maxHousehold >= minHousehold
        && r.minHousehold <= maxHousehold && rent <= r.maxRent
    }
  }

  private(set) var blocks: [[Int]] = [[]]
  private(set) var reach: [Reach] = [Reach()]
  private(set) var count = 0

  /// A list of cases already in offer order.
  init(_ ordered: [Int], reach caseReach: [Reach]) {
    guard !ordered.isEmpty else { return }
    blocks = []
    reach = []
    var start = 0
    while start < ordered.count {
      let end = min(ordered.count, start + Self.blockSize)
      blocks.append(Array(ordered[start..<end]))
      var r = Reach()
      for c in ordered[start..<end] { r.add(caseReach[c]) }
      reach.append(r)
      start = end
    }
    count = ordered.count
  }

  /// The cases in offer order.
  var cases: [Int] { blocks.flatMap { $0 } }

  /// The block where `c` belongs: the first whose last case does not come before it.
  private func block(of isBefore: (Int) -> Bool) -> Int {
    var lo = 0
    var hi = blocks.count - 1
    while lo < hi {
      let mid = (lo + hi) / 2
      if let last = blocks[mid].last, isBefore(last) { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// Inserts `c` after every case that comes before it (`isBefore(x)`: x comes before c).
  mutating func insert(_ c: Int, caseReach: [Reach], isBefore: (Int) -> Bool) {
    let b = block(of: isBefore)
    var lo = 0
    var hi = blocks[b].count
    while lo < hi {
      let mid = (lo + hi) / 2
      if isBefore(blocks[b][mid]) { lo = mid + 1 } else { hi = mid }
    }
    blocks[b].insert(c, at: lo)
    reach[b].add(caseReach[c])
    count += 1
    if blocks[b].count > 2 * Self.blockSize {
      let tail = Array(blocks[b][Self.blockSize...])
      blocks[b].removeSubrange(Self.blockSize...)
      blocks.insert(tail, at: b + 1)
      reach.insert(Reach(), at: b + 1)
      rebuild(b, caseReach)
      rebuild(b + 1, caseReach)
    }
  }

  /// Removes `c` (found by its place in the order, or by a search when its key has moved);
  /// the block's summary is rebuilt from `caseReach`.
  mutating func remove(_ c: Int, caseReach: [Reach], isBefore: (Int) -> Bool) {
    var b = block(of: isBefore)
    var i = blocks[b].firstIndex(of: c)
    if i == nil {
      guard let found = blocks.firstIndex(where: { $0.contains(c) }) else { return }
      b = found
      i = blocks[b].firstIndex(of: c)
    }
    guard let i else { return }
    blocks[b].remove(at: i)
    count -= 1
    if blocks[b].isEmpty && blocks.count > 1 {
      blocks.remove(at: b)
      reach.remove(at: b)
    } else {
      rebuild(b, caseReach)
    }
  }

  private mutating func rebuild(_ b: Int, _ caseReach: [Reach]) {
    var r = Reach()
    for c in blocks[b] { r.add(caseReach[c]) }
    reach[b] = r
  }

  /// The first case, in order, that `accept` takes among the blocks that may meet `demand`.
  @inline(__always)
  func first(meeting demand: Demand, _ accept: (Int) -> Bool) -> Int? {
    for b in blocks.indices where demand.mayMeet(reach[b]) {
      for c in blocks[b] where accept(c) { return c }
    }
    return nil
  }

  /// Every case, in order, that `accept` takes among the blocks that may meet `demand`.
  func all(meeting demand: Demand, _ accept: (Int) -> Bool) -> [Int] {
    var out = [Int]()
    for b in blocks.indices where demand.mayMeet(reach[b]) {
      for c in blocks[b] where accept(c) { out.append(c) }
    }
    return out
  }
}
