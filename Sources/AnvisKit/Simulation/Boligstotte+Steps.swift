// The calculation written out step by step, for the `boligsikring` calculator.

extension Boligstotte {
  /// One line of the written-out calculation; `year` is nil when the step does not apply.
  public struct Step: Hashable, Sendable {
    public var step: String
    public var rule: String
    public var year: Double?
    public var note: String
  }

  /// Every step, in the order the rules apply them.
  public var steps: [Step] {
    let r = rates
    let h = household
    var out = [Step]()
    func add(_ step: String, _ rule: String, _ year: Double?, _ note: String = "") {
      out.append(Step(step: step, rule: rule, year: year.flatMap { $0.isFinite ? $0 : nil }, note: note))
    }
    let kr = { (x: Double) in Self.kr(x) }
    add("scheme", scheme == .boligydelse ? "§ 21 (folkepension age)" : "§ 22", nil,
      scheme == .boligydelse
        ? "boligydelse: age \(h.age) ≥ \(r.folkepensionAge)" : "boligsikring: age \(h.age) < \(r.folkepensionAge)")
    add("rent", "rent as paid", rentYear)
    if let size = h.sizeM2 {
      let allowed = NumberText.compact(allowedArea)
      add("area", "65 m² + 20 m² per further person = \(allowed) m²", areaRent,
        size > allowedArea ? "\(NumberText.compact(size)) m²: rent × \(allowed) / \(NumberText.compact(size))" : "\(NumberText.compact(size)) m²: in full")
    } else {
      add("area", "65 m² + 20 m² per further person", areaRent, "size not given: in full")
    }
    add("max rent", maxRent.isFinite ? "§ 14: at most \(kr(maxRent)) a year" : "§ 14: no maximum", countedRent,
      maxRent.isFinite ? (areaRent > maxRent ? "capped" : "") : "almen bolig anvist by the kommune (§ 14 stk. 4)")
    switch scheme {
    case .boligsikring:
      add("rent part", "60 % of the counted rent", rentPart)
    case .boligydelse:
      add("rent part", "75 % of (counted rent + \(kr(r.ydelseRentSupplement)))", rentPart)
    }
    add("income", "household income", incomeYear)
    let share = scheme == .boligsikring ? "18 %" : "22.5 %"
    add("threshold", "income threshold, raised per child past the first", threshold,
      h.children > 1 ? "\(min(h.children, 4) - 1) × \(kr(scheme == .boligsikring ? r.sikringThresholdPerChild : r.ydelseThresholdPerChild))" : "")
    add("income part", "\(share) of income above the threshold", incomePart)
    add("formula", "rent part − income part", rentPart - incomePart)
    add("own payment", "support ≤ counted rent − minimum own payment (\(kr(minOwnPayment)))",
      countedRent - minOwnPayment)
    add("max support", "§ 23: highest support", maxSupport, maxSupport.isFinite ? "" : "no maximum (anvist almen bolig)")
    let capNote: String
    if scheme == .boligydelse {
      capNote = "not for boligydelse"
    } else if h.children > 0 {
      capNote = "household with children"
    } else if h.earlyPension {
      capNote = "førtidspension (§ 22 stk. 3 nr. 1)"
    } else {
      capNote = "no children"
    }
    add("15 % cap", "§ 22 stk. 3: without children at most 15 % of the counted rent", childlessCap, capNote)
    add("half income", "§ 15 proxy: nothing when the rent is over half the income", incomeYear / 2,
      rentYear > incomeYear / 2 ? "rent \(kr(rentYear)) is over: no support" : "rent is within")
    add("support", "what limited it: \(binding.rawValue)", supportYear)
    add("net rent", "rent − support", rentYear - supportYear)
    return out
  }

  /// The steps as the result table `boligsikring_steps`: step, rule, kr_year, kr_month, note.
  public var table: Table {
    let s = steps
    let missing = s.map { $0.year == nil }
    return Table(
      name: "boligsikring_steps",
      columns: [
        Column(name: "step", storage: .string(s.map(\.step))),
        Column(name: "rule", storage: .string(s.map(\.rule))),
        Column(name: "kr_year", storage: .double(s.map { Self.round($0.year ?? 0) }), missing: missing),
        Column(name: "kr_month", storage: .double(s.map { Self.round(($0.year ?? 0) / 12) }), missing: missing),
        Column(name: "note", storage: .string(s.map(\.note))),
      ])
  }

  /// One sentence: the support, what bound it and the net rent.
  public var summary: String {
    "\(scheme.rawValue) \(Self.kr(supportMonth)) a month (\(Self.kr(supportYear)) a year), decided by "
      + "\(binding.rawValue); net rent \(Self.kr(netRent)) a month"
  }

  static func kr(_ x: Double) -> String { NumberText.grouped(Int(x.rounded())) + " kr" }
  static func round(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
