/// A lever a scenario can move, named as the user types it (`set rent.cap = 4000`).
public enum Lever: String, CaseIterable, Hashable, Sendable {
  case anvisningShare = "anvisning.share"
  case youthClaim = "youth.claim"
  case areaRestrictions = "area.restrictions"
  case exemptDepartments = "exempt.departments"
  case rentRule = "rent.rule"
  case rentCap = "rent.cap"
  case rentShare = "rent.share"
  case supportCTI = "support.capacity.CTI"
  case supportICM = "support.capacity.ICM"
  case supportACT = "support.capacity.ACT"
  case policy = "policy"
  case refusal = "refusal"
  case refusalLimit = "refusal.limit"
  case claimDays = "claim.days"
  case acceptance = "acceptance"
  case inflowPerMonth = "inflow.per_month"
  case exitPerYear = "exit.per_year"
  case deptCap = "dept.cap"
  case rentReductionUnits = "rent.reduction.units"
  case skaevNew = "skaev.new"
  case retentionSupported = "retention.supported"
  case retentionUnsupported = "retention.unsupported"
  case retentionBurdenEffect = "retention.burden_effect"
  case reentryDelayDays = "reentry.delay_days"
  case guaranteeArrearsKr = "guarantee.arrears_kr"
  case guaranteeRestorationKr = "guarantee.restoration_kr"
  case homelessShare = "anvisning.homeless_share"
  case youthStudyCheckMonths = "youth.study_check_months"
  case youthEducationStart = "youth.education_start"
  case agreementResponseDays = "agreement.support_response_days"
  case agreementGuarantee = "agreement.guarantee"
  case agreementContact = "agreement.contact"
  case seniorForHomeless = "senior.for_homeless"

  /// The name the user types.
  public var name: String { rawValue }

  /// A one-line meaning, shown by `levers`.
  public var meaning: String {
    switch self {
    case .anvisningShare:
      "share of family vacancies the kommune claims: § 59 stk. 1 gives up to 25 %, more rests on agreements; "
        + "per organisation: [org-id]"
    case .youthClaim:
      "claim every 4th youth unit for 18–29 year olds not in education, by local agreement (study requirement waived)"
    case .areaRestrictions: "apply § 59 stk. 6–7 in vulnerable/parallel/transformation and prevention areas"
    case .exemptDepartments:
      "friholdte afdelinger: data (as flagged), none, restricted (all in stk. 6–7 areas) or ids"
    case .rentRule:
      "affordability: cap (rent ≤ rent.cap) or income (rent − boligsikring ≤ rent.share × income)"
    case .rentCap: "highest monthly rent a citizen can pay under rent.rule = cap, kr"
    case .rentShare: "share of income a citizen can pay net of boligsikring under rent.rule = income"
    case .supportCTI: "CTI places (9-month support, frees after 9 months)"
    case .supportICM: "ICM places (open-ended support)"
    case .supportACT: "ACT places (open-ended support, multidisciplinary team)"
    case .policy:
      "who gets an offer: fcfs (longest wait), priority (need, then wait) or best-fit (optimal match)"
    case .refusal: "after refusal.limit refusals a case keeps its place (keep) or goes to the back (drop)"
    case .refusalLimit: "refusals before refusal = drop moves a case to the back of the list"
    case .claimDays: "days a claimed unit stays with the kommune before it goes back to the organisation"
    case .acceptance: "probability that a citizen accepts an offer"
    case .inflowPerMonth: "new cases per month, drawn from VIVE's age, situation and need mix"
    case .exitPerYear: "yearly rate at which a waiting case leaves the list by other routes [est]"
    case .deptCap: "most ICM/ACT placements per department per year (off: no cap)"
    case .rentReductionUnits: "cheapest family units above 3500 kr brought down to 3500 kr"
    case .skaevNew: "new skæve boliger per year (kommune lets them, 3000 kr)"
    case .retentionSupported, .retentionUnsupported, .retentionBurdenEffect, .reentryDelayDays,
      .guaranteeArrearsKr, .guaranteeRestorationKr, .homelessShare, .youthStudyCheckMonths,
      .youthEducationStart:
      ModelLevers.spec(self)?.meaning ?? ""
    case .agreementResponseDays:
      "days within which the kommune's support answers an organisation's call (off: no promise); "
        + "raises shares, opens friholdte departments, reserves support places"
    case .agreementGuarantee:
      "what the kommune covers when a placed tenancy fails: none, arrears or arrears+restoration; "
        + "raises shares and opens friholdte departments"
    case .agreementContact: "a named contact person for the organisations; raises shares, opens friholdte departments"
    case .seniorForHomeless:
      "ældreboliger (§ 57) may be offered to homeless citizens aged 60+ or with a disability (off: never)"
    }
  }

  /// True for levers whose value or effect is an estimate: `levers` and the README tag them [est].
  public var isEstimate: Bool {
    switch self {
    case .rentShare, .acceptance, .exitPerYear, .agreementResponseDays, .agreementGuarantee, .agreementContact:
      true
    default: false
    }
  }

  /// The meaning with the [est] tag where the lever is an estimate.
  public var taggedMeaning: String {
    isEstimate && !meaning.contains("[est]") ? meaning + " [est]" : meaning
  }

  /// True for the levers that take an organisation in brackets (`anvisning.share[org-3]`).
  public var takesOrganisation: Bool { self == .anvisningShare }

  /// The lever for a support method's capacity.
  public static func support(_ method: SupportMethod) -> Lever {
    switch method {
    case .CTI: .supportCTI
    case .ICM: .supportICM
    case .ACT: .supportACT
    }
  }
}
