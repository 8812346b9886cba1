/// The values a lever takes from a fixed list, for Tab completion after `set LEVER = `.
extension Lever {
  /// Every value the lever accepts when they can be listed (a choice, true/false, `off`);
  /// empty for numbers and shares.
  public var valueChoices: [String] {
    switch self {
    case .policy: Policy.allCases.map(\.rawValue)
    case .rentRule: RentRule.allCases.map(\.rawValue)
    case .refusal: RefusalRule.allCases.map(\.rawValue)
    case .agreementGuarantee: AgreementTerms.Guarantee.allCases.map(\.rawValue)
    case .youthClaim, .areaRestrictions, .agreementContact, .seniorForHomeless: ["true", "false"]
    case .deptCap, .agreementResponseDays: ["off"]
    default: []
    }
  }
}
