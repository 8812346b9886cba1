// The calculation in two halves: what depends on the household only (`Terms`, computed once per
// case), and what depends on the home (`Terms.evaluate`), so the simulator's hot loops pay a
// few multiplications per unit. `Boligstotte.init` uses the same two halves.

extension Boligstotte {
  /// The part of the calculation that does not depend on the rent, kept to a few bytes (it
  /// lives in every `CaseProfile`, which the hot loops copy); the rest is derived from it and
  /// the rates on use.
  public struct Terms: Hashable, Sendable {
    public let scheme: Scheme
    let persons: UInt8
    let children: UInt8
    /// 15 % cap applies: boligsikring, no children, no førtidspension.
    let capApplies: Bool
    let anvist: Bool
    public let incomeYear: Double
    public let incomePart: Double

    public init(_ h: Household, rates r: BoligstotteRates = .current) {
      scheme = h.age >= r.folkepensionAge ? .boligydelse : .boligsikring
      persons = UInt8(min(h.persons, 255))
      children = UInt8(min(h.children, 255))
      capApplies = scheme == .boligsikring && h.children == 0 && !h.earlyPension
      anvist = h.anvist
      incomeYear = max(0, h.income) * 12
      let extraChildren = Double(max(0, min(h.children, 4) - 1))
      let threshold =
        scheme == .boligsikring
        ? r.sikringIncomeThreshold + r.sikringThresholdPerChild * extraChildren
        : r.ydelseIncomeThreshold + r.ydelseThresholdPerChild * extraChildren
      incomePart = (scheme == .boligsikring ? r.sikringIncomeShare : r.ydelseIncomeShare) * max(0, incomeYear - threshold)
    }

    static var rates: BoligstotteRates { .current }

    /// Area counted in full, m².
    public var allowedArea: Double { Self.rates.baseArea + Self.rates.areaPerExtraPerson * Double(Int(persons) - 1) }
    /// § 14 stk. 1: one maximum, raised 5 % per child up to four, rounded to 100 kr; none for
    /// boligydelse in an anvist almen bolig.
    public var maxRent: Double {
      if scheme == .boligydelse && anvist { return .infinity }
      return (Self.rates.sikringMaxRent * (1 + 0.05 * Double(min(children, 4))) / 100).rounded() * 100
    }
    /// The income threshold after the raise for children.
    public var threshold: Double {
      let r = Self.rates
      let extra = Double(max(0, Int(min(children, 4)) - 1))
      return scheme == .boligsikring
        ? r.sikringIncomeThreshold + r.sikringThresholdPerChild * extra
        : r.ydelseIncomeThreshold + r.ydelseThresholdPerChild * extra
    }
    public var rentShare: Double { scheme == .boligsikring ? Self.rates.sikringRentShare : Self.rates.ydelseRentShare }
    public var rentSupplement: Double { scheme == .boligsikring ? 0 : Self.rates.ydelseRentSupplement }
    public var minOwnPayment: Double {
      let r = Self.rates
      return scheme == .boligsikring ? r.sikringMinOwnPayment : max(r.ydelseMinOwnPayment, r.ydelseMinOwnShare * incomeYear)
    }
    public var maxSupport: Double {
      let r = Self.rates
      switch scheme {
      case .boligsikring: return r.sikringMaxSupport * (children > 4 ? 1.25 : 1)
      case .boligydelse: return anvist ? .infinity : r.ydelseMaxSupport * (children >= 4 ? 1.25 : 1)
      }
    }
    /// 15 % without children and førtidspension; infinity when the cap does not apply.
    public var capShare: Double { capApplies ? Self.rates.sikringChildlessCap : .infinity }
    /// Yearly support below this is not paid (boligydelse); 0 for boligsikring.
    public var smallestYear: Double { scheme == .boligydelse ? Self.rates.ydelseMinimumMonthly * 12 : 0 }

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
