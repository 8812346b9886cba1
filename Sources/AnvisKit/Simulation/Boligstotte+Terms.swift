// The calculation in two halves: what depends on the household only (`Terms`, computed once per
// case), and what depends on the home (`Terms.evaluate`), so the simulator's hot loops pay a
// few multiplications per unit. `Boligstotte.init` uses the same two halves.

extension Boligstotte {
  /// The part of the calculation that does not depend on the rent.
  public struct Terms: Hashable, Sendable {
    public let scheme: Scheme
    public let incomeYear: Double
    public let allowedArea: Double
    public let maxRent: Double
    public let threshold: Double
    public let incomePart: Double
    public let rentShare: Double
    public let rentSupplement: Double
    public let minOwnPayment: Double
    public let maxSupport: Double
    /// 15 % without children and førtidspension; infinity when the cap does not apply.
    public let capShare: Double
    /// Yearly support below this is not paid (boligydelse); 0 for boligsikring.
    public let smallestYear: Double

    public init(_ h: Household, rates r: BoligstotteRates = .current) {
      scheme = h.age >= r.folkepensionAge ? .boligydelse : .boligsikring
      incomeYear = max(0, h.income) * 12
      allowedArea = r.baseArea + r.areaPerExtraPerson * Double(h.persons - 1)
      let kids = min(h.children, 4)
      let extraChildren = Double(max(0, kids - 1))
      // § 14 stk. 1: one maximum, raised 5 % per child up to four, rounded to 100 kr.
      let lawMaxRent = (r.sikringMaxRent * (1 + 0.05 * Double(kids)) / 100).rounded() * 100
      switch scheme {
      case .boligsikring:
        maxRent = lawMaxRent
        threshold = r.sikringIncomeThreshold + r.sikringThresholdPerChild * extraChildren
        incomePart = r.sikringIncomeShare * max(0, incomeYear - threshold)
        rentShare = r.sikringRentShare
        rentSupplement = 0
        minOwnPayment = r.sikringMinOwnPayment
        maxSupport = r.sikringMaxSupport * (h.children > 4 ? 1.25 : 1)
        capShare = h.children == 0 && !h.earlyPension ? r.sikringChildlessCap : .infinity
        smallestYear = 0
      case .boligydelse:
        maxRent = h.anvist ? .infinity : lawMaxRent
        threshold = r.ydelseIncomeThreshold + r.ydelseThresholdPerChild * extraChildren
        incomePart = r.ydelseIncomeShare * max(0, incomeYear - threshold)
        rentShare = r.ydelseRentShare
        rentSupplement = r.ydelseRentSupplement
        minOwnPayment = max(r.ydelseMinOwnPayment, r.ydelseMinOwnShare * incomeYear)
        maxSupport = h.anvist ? .infinity : r.ydelseMaxSupport * (h.children >= 4 ? 1.25 : 1)
        capShare = .infinity
        smallestYear = r.ydelseMinimumMonthly * 12
      }
    }

    /// The rent-dependent numbers for a yearly rent in a home of `sizeM2` (nil: area unknown).
    public func evaluate(rentYear: Double, sizeM2: Double?) -> Outcome {
      var areaRent = rentYear
      if let size = sizeM2, size > allowedArea { areaRent = rentYear * allowedArea / size }
      let counted = min(areaRent, maxRent)
      let rentPart = rentShare * (counted + rentSupplement)
      let cap = capShare.isFinite ? capShare * counted : .infinity
      let formula = rentPart - incomePart
      var support = formula
      var bound = Binding.formula
      if counted - minOwnPayment < support {
        support = counted - minOwnPayment
        bound = .minOwnPayment
      }
      if maxSupport < support {
        support = maxSupport
        bound = .maxSupport
      }
      if cap < support {
        support = cap
        bound = .childlessCap
      }
      if rentYear > incomeYear / 2 {
        support = 0
        bound = .halfIncome
      } else if support <= 0 {
        support = 0
        bound = formula <= 0 ? .none : bound
      } else if support < smallestYear {
        support = 0
        bound = .belowMinimum
      }
      return Outcome(
        areaRent: areaRent, countedRent: counted, rentPart: rentPart, childlessCap: cap, supportYear: support,
        binding: bound)
    }

    /// The yearly support only, for the hot loops.
    @inline(__always)
    public func supportYear(rentYear: Double, sizeM2: Double?) -> Double {
      evaluate(rentYear: rentYear, sizeM2: sizeM2).supportYear
    }
  }

  /// The numbers that depend on the home.
  public struct Outcome: Hashable, Sendable {
    public let areaRent: Double
    public let countedRent: Double
    public let rentPart: Double
    public let childlessCap: Double
    public let supportYear: Double
    public let binding: Binding
  }
}
