extension Levers {
  /// The value as `levers` shows it (and as a scenario file stores it).
  public func text(of lever: Lever) -> String {
    switch lever {
    case .anvisningShare: anvisningShare.map { NumberText.compact($0) } ?? "agreed"
    case .youthClaim: String(youthClaim)
    case .areaRestrictions: String(areaRestrictions)
    case .exemptDepartments:
      switch exemptDepartments {
      case .data: "data"
      case .none: "none"
      case .restricted: "restricted"
      case .list(let ids): ids.joined(separator: ",")
      }
    case .rentRule: rentRule.rawValue
    case .rentCap: NumberText.compact(rentCap)
    case .rentShare: NumberText.compact(rentShare)
    case .supportCTI: String(supportCapacity[0])
    case .supportICM: String(supportCapacity[1])
    case .supportACT: String(supportCapacity[2])
    case .policy: policy.rawValue
    case .refusal: refusal.rawValue
    case .refusalLimit: String(refusalLimit)
    case .claimDays: String(claimDays)
    case .acceptance: NumberText.compact(acceptance)
    case .inflowPerMonth: NumberText.compact(inflowPerMonth)
    case .exitPerYear: NumberText.compact(exitPerYear)
    case .deptCap: deptCap.map { String($0) } ?? "off"
    case .rentReductionUnits: String(rentReductionUnits)
    case .skaevNew: String(skaevNew)
    case .retentionSupported, .retentionUnsupported, .retentionBurdenEffect, .reentryDelayDays,
      .guaranteeArrearsKr, .guaranteeRestorationKr, .homelessShare, .youthStudyCheckMonths,
      .youthEducationStart:
      model.text(of: lever)
    case .agreementResponseDays: agreement.supportResponseDays.map { String($0) } ?? "off"
    case .agreementGuarantee: agreement.guarantee.rawValue
    case .agreementContact: String(agreement.contact)
    case .seniorForHomeless: String(seniorForHomeless)
    }
  }

  /// Sets a lever from the text a user typed; `organisation` only for `anvisning.share`.
  public mutating func set(
    _ lever: Lever, organisation: String? = nil, to raw: String, in dataset: Dataset
  ) throws(SimulationError) {
    let text = raw.leverTrimmed
    switch lever {
    case .anvisningShare:
      let share = try Self.fraction(text)
      if let organisation {
        organisationShares[organisation] = share
      } else {
        anvisningShare = share
        organisationShares = [:]
      }
    case .youthClaim: youthClaim = try Self.bool(text)
    case .areaRestrictions: areaRestrictions = try Self.bool(text)
    case .exemptDepartments: exemptDepartments = try Self.departments(text, dataset)
    case .rentRule: rentRule = try Self.choice(text, RentRule.self)
    case .rentCap: rentCap = try Self.number(text, lever.range, what: "an amount in kr per month")
    case .rentShare: rentShare = try Self.fraction(text)
    case .supportCTI: supportCapacity[0] = try Self.count(text, lever.range)
    case .supportICM: supportCapacity[1] = try Self.count(text, lever.range)
    case .supportACT: supportCapacity[2] = try Self.count(text, lever.range)
    case .policy: policy = try Self.choice(text, Policy.self)
    case .refusal: refusal = try Self.choice(text, RefusalRule.self)
    case .refusalLimit: refusalLimit = try Self.count(text, lever.range)
    case .claimDays: claimDays = try Self.count(text, lever.range)
    case .acceptance: acceptance = try Self.fraction(text)
    case .inflowPerMonth:
      inflowPerMonth = try Self.number(text, lever.range, what: "cases per month")
    case .exitPerYear: exitPerYear = try Self.number(text, lever.range, what: "a yearly rate")
    case .deptCap:
      deptCap = ["off", "none"].contains(text.lowercased()) ? nil : try Self.count(text, lever.range)
    case .rentReductionUnits: rentReductionUnits = try Self.count(text, lever.range)
    case .skaevNew: skaevNew = try Self.count(text, lever.range)
    case .retentionSupported, .retentionUnsupported, .retentionBurdenEffect, .reentryDelayDays,
      .guaranteeArrearsKr, .guaranteeRestorationKr, .homelessShare, .youthStudyCheckMonths,
      .youthEducationStart:
      try model.set(lever, to: text)
    case .agreementResponseDays:
      let range = AgreementTerms.responseDaysRange
      agreement.supportResponseDays =
        ["off", "none"].contains(text.lowercased())
        ? nil : try Self.count(text, min: range.lowerBound, max: range.upperBound)
    case .agreementGuarantee: agreement.guarantee = try Self.choice(text, AgreementTerms.Guarantee.self)
    case .agreementContact: agreement.contact = try Self.bool(text)
    case .seniorForHomeless: seniorForHomeless = try Self.bool(text)
    }
  }

  /// Puts a lever back to its value in `baseline` (all organisation shares too, for the share).
  public mutating func reset(_ lever: Lever, to baseline: Levers) {
    switch lever {
    case .anvisningShare:
      anvisningShare = baseline.anvisningShare
      organisationShares = baseline.organisationShares
    case .youthClaim: youthClaim = baseline.youthClaim
    case .areaRestrictions: areaRestrictions = baseline.areaRestrictions
    case .exemptDepartments: exemptDepartments = baseline.exemptDepartments
    case .rentRule: rentRule = baseline.rentRule
    case .rentCap: rentCap = baseline.rentCap
    case .rentShare: rentShare = baseline.rentShare
    case .supportCTI: supportCapacity[0] = baseline.supportCapacity[0]
    case .supportICM: supportCapacity[1] = baseline.supportCapacity[1]
    case .supportACT: supportCapacity[2] = baseline.supportCapacity[2]
    case .policy: policy = baseline.policy
    case .refusal: refusal = baseline.refusal
    case .refusalLimit: refusalLimit = baseline.refusalLimit
    case .claimDays: claimDays = baseline.claimDays
    case .acceptance: acceptance = baseline.acceptance
    case .inflowPerMonth: inflowPerMonth = baseline.inflowPerMonth
    case .exitPerYear: exitPerYear = baseline.exitPerYear
    case .deptCap: deptCap = baseline.deptCap
    case .rentReductionUnits: rentReductionUnits = baseline.rentReductionUnits
    case .skaevNew: skaevNew = baseline.skaevNew
    case .retentionSupported, .retentionUnsupported, .retentionBurdenEffect, .reentryDelayDays,
      .guaranteeArrearsKr, .guaranteeRestorationKr, .homelessShare, .youthStudyCheckMonths,
      .youthEducationStart:
      model.reset(lever, to: baseline.model)
    case .agreementResponseDays: agreement.supportResponseDays = baseline.agreement.supportResponseDays
    case .agreementGuarantee: agreement.guarantee = baseline.agreement.guarantee
    case .agreementContact: agreement.contact = baseline.agreement.contact
    case .seniorForHomeless: seniorForHomeless = baseline.seniorForHomeless
    }
  }

  /// The levers whose value differs from `baseline`, in `Lever.allCases` order.
  public func changes(from baseline: Levers) -> [Lever] {
    Lever.allCases.filter { lever in
      if lever == .anvisningShare {
        return anvisningShare != baseline.anvisningShare || organisationShares != baseline.organisationShares
      }
      return text(of: lever) != baseline.text(of: lever)
    }
  }

  // MARK: - Value parsers

  static func bool(_ text: String) throws(SimulationError) -> Bool {
    switch text.lowercased() {
    case "true", "on", "yes", "ja", "1": return true
    case "false", "off", "no", "nej", "0": return false
    default: throw SimulationError.leverValue("expected true or false, found '\(text)'")
    }
  }

  /// A number in the lever's range (`LeverRange.number`).
  static func number(_ text: String, _ range: LeverRange?, what: String) throws(SimulationError) -> Double {
    guard case .number(let r) = range else { return try number(text, min: 0, what: what) }
    return try number(text, min: r.lowerBound, max: r.upperBound, what: what)
  }

  /// A whole number in the lever's range (`LeverRange.whole`).
  static func count(_ text: String, _ range: LeverRange?) throws(SimulationError) -> Int {
    guard case .whole(let r) = range else { return try count(text, min: 0) }
    return try count(text, min: r.lowerBound, max: r.upperBound)
  }

  static func number(
    _ text: String, min: Double, max: Double = 1e9, what: String
  ) throws(SimulationError) -> Double {
    let cleaned = try decimalPoint(text).replacingUnderscores
    guard let value = Double(cleaned), value.isFinite else {
      throw SimulationError.leverValue("expected \(what), found '\(text)'")
    }
    guard value >= min, value <= max else {
      throw SimulationError.leverValue(
        "expected \(what) from \(NumberText.compact(min)) to \(NumberText.compact(max)), found \(text)")
    }
    return value
  }

  /// A share 0…1, also written as a percentage (`27%`).
  static func fraction(_ written: String) throws(SimulationError) -> Double {
    let text = try decimalPoint(written)
    if text.hasSuffix("%") {
      let percent = try number(String(text.dropLast()), min: 0, max: 100, what: "a percentage")
      return percent / 100
    }
    guard let value = Double(text), value.isFinite, value >= 0, value <= 1 else {
      throw SimulationError.leverValue("expected a share between 0 and 1 (or a percentage like 27%), found '\(text)'")
    }
    return value
  }

  /// A number written with a Danish decimal comma (`0,35`, `12,5%`) with a decimal point
  /// instead. Three digits after the comma (`4,500`) could be a thousands separator, so that
  /// is refused with both readings.
  static func decimalPoint(_ text: String) throws(SimulationError) -> String {
    let body = text.hasSuffix("%") ? text.dropLast() : Substring(text)
    let parts = body.split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count == 2, !body.contains("."),
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "_") } })
        || (parts[0].first == "-" && parts[0].count > 1 && parts[1].allSatisfy { $0.isASCII && $0.isNumber })
    else { return text }
    if parts[1].count == 3 {
      throw SimulationError.leverValue(
        "'\(text)' could be \(parts[0]).\(parts[1]) or \(parts[0])\(parts[1]); write a decimal point (\(parts[0]).\(parts[1])) or no separator (\(parts[0])\(parts[1]))"
      )
    }
    return "\(parts[0]).\(parts[1])" + (text.hasSuffix("%") ? "%" : "")
  }

  static func count(_ text: String, min: Int, max: Int = 10_000_000) throws(SimulationError) -> Int {
    let digits = text.replacingUnderscores
    guard let value = Int(digits) else {
      let unsigned = digits.first == "-" || digits.first == "+" ? digits.dropFirst() : Substring(digits)
      if !unsigned.isEmpty && unsigned.allSatisfy({ $0.isASCII && $0.isNumber }) {
        throw SimulationError.leverValue("the number \(text) is too large; expected a whole number from \(min) to \(max)")
      }
      throw SimulationError.leverValue("expected a whole number, found '\(text)'")
    }
    guard value >= min, value <= max else {
      throw SimulationError.leverValue("expected a whole number from \(min) to \(max), found \(value)")
    }
    return value
  }

  static func choice<E: RawRepresentable & CaseIterable>(
    _ text: String, _ type: E.Type
  ) throws(SimulationError) -> E where E.RawValue == String {
    if let value = E(rawValue: text.lowercased()) { return value }
    let allowed = E.allCases.map(\.rawValue)
    throw SimulationError.leverValue(
      "expected one of \(allowed.joined(separator: ", ")), found '\(text)'",
      hint: NearMiss.hint(for: text, among: allowed))
  }

  static func departments(_ text: String, _ dataset: Dataset) throws(SimulationError) -> ExemptDepartments {
    switch text.lowercased() {
    case "data": return .data
    case "none": return ExemptDepartments.none
    case "restricted": return .restricted
    default: break
    }
    var ids = [String]()
    for part in text.split(separator: ",") {
      let id = String(part).leverTrimmed
      guard dataset.departmentIndex[id] != nil else {
        throw SimulationError.leverValue(
          "expected data, none, restricted or department ids; no department '\(id)'",
          hint: NearMiss.hint(for: id, among: dataset.departments.map(\.id)))
      }
      if !ids.contains(id) { ids.append(id) }
    }
    guard !ids.isEmpty else { throw SimulationError.leverValue("expected data, none, restricted or department ids") }
    return .list(ids)
  }
}

extension String {
  var leverTrimmed: String {
    var s = Substring(self)
    while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
    while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
    return String(s)
  }

  var replacingUnderscores: String { String(filter { $0 != "_" }) }
}
