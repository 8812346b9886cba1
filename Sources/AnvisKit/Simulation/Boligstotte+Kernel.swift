// The support alone, from terms worked out once per household: the simulator's best-fit asks
// it for every (case, unit) pair under `rent.rule = income`, and `Terms` derives most of its
// numbers from the rates on each use.

extension Boligstotte {
  /// `Terms` with every number the support reads computed once (`Terms.kernel`).
  /// `supportYear` gives exactly `Terms.supportYear` (the same operations in the same order).
  struct Kernel: Sendable {
    let allowedArea: Double
    let maxRent: Double
    let rentShare: Double
    let rentSupplement: Double
    let capShare: Double
    let capApplies: Bool
    let incomePart: Double
    let minOwnPayment: Double
    let maxSupport: Double
    let halfIncome: Double
    let smallestYear: Double

    init(_ t: Terms) {
      allowedArea = t.allowedArea
      maxRent = t.maxRent
      rentShare = t.rentShare
      rentSupplement = t.rentSupplement
      capShare = t.capShare
      capApplies = t.capShare.isFinite
      incomePart = t.incomePart
      minOwnPayment = t.minOwnPayment
      maxSupport = t.maxSupport
      halfIncome = t.incomeYear / 2
      smallestYear = t.smallestYear
    }

    /// The yearly support for a yearly rent in a home of `sizeM2` (0 or less: area unknown),
    /// as `Terms.evaluate` computes it.
    @inline(__always)
    func supportYear(rentYear: Double, sizeM2: Double) -> Double {
      var areaRent = rentYear
      if sizeM2 > 0, sizeM2 > allowedArea { areaRent = rentYear * allowedArea / sizeM2 }
      let counted = min(areaRent, maxRent)
      let rentPart = rentShare * (counted + rentSupplement)
      let cap = capApplies ? capShare * counted : .infinity
      var support = rentPart - incomePart
      if counted - minOwnPayment < support { support = counted - minOwnPayment }
      if maxSupport < support { support = maxSupport }
      if cap < support { support = cap }
      if rentYear > halfIncome { return 0 }
      if support <= 0 { return 0 }
      if support < smallestYear { return 0 }
      return support
    }
  }
}

extension Boligstotte.Terms {
  /// The terms with their derived numbers computed once.
  var kernel: Boligstotte.Kernel { Boligstotte.Kernel(self) }
}
