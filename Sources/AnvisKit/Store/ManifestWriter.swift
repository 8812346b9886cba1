/// Writes a `Manifest` as the text of `anvis.toml`, always in the same layout and key order.
public enum ManifestWriter {
  /// The TOML text; `comment` (one or more lines) goes on top, each line behind `# `.
  public static func text(_ manifest: Manifest, comment: String? = nil) -> String {
    var lines = [String]()
    if let comment {
      for line in comment.split(separator: "\n", omittingEmptySubsequences: false) {
        lines.append(line.isEmpty ? "#" : "# " + line)
      }
    }
    let flow = manifest.flow
    let levers = manifest.levers
    lines += [
      "name = \(quoted(manifest.name))",
      "as_of = \(manifest.asOf)",
      "[flow]",
      "inflow_per_month = \(number(flow.inflowPerMonth))",
      "exit_per_year = \(number(flow.exitPerYear))",
      "acceptance = \(number(flow.acceptance))",
      "claim_days = \(flow.claimDays)",
      "[flow.turnover]",
    ]
    // In the declaration order of `UnitType`, never the dictionary's order.
    for type in UnitType.allCases where flow.turnoverByRooms[type] == nil {
      if let rate = flow.turnover[type] { lines.append("\(type.rawValue) = \(number(rate))") }
    }
    for type in UnitType.allCases {
      guard let bands = flow.turnoverByRooms[type] else { continue }
      lines.append("[flow.turnover.\(type.rawValue)]")
      for band in bands { lines.append("rooms_\(band.rooms) = \(number(band.rate))") }
    }
    lines += [
      "[levers]",
      "anvisning_share = \(number(levers.anvisningShare))",
      "rent_cap = \(number(levers.rentCap))",
      "youth_claim = \(levers.youthClaim)",
      "area_restrictions = \(levers.areaRestrictions)",
      "senior_for_homeless = \(levers.seniorForHomeless)",
    ]
    if let days = levers.agreement.supportResponseDays {
      lines.append("agreement_support_response_days = \(days)")
    }
    lines += [
      "agreement_guarantee = \(quoted(levers.agreement.guarantee.rawValue))",
      "agreement_contact = \(levers.agreement.contact)",
    ]
    for lever in ModelLevers.levers {
      guard let v = levers.numbers[lever.name] else { continue }
      let whole = ModelLevers.spec(lever)?.whole == true && v == v.rounded() && abs(v) < 1e15
      lines.append("\(ModelLevers.manifestKey(lever)) = \(whole ? String(Int(v)) : number(v))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A TOML float: Swift's shortest round-trip digits (the same on every platform), always
  /// with a fraction or exponent so TOML reads it as a float (`50.0`, `0.104`).
  static func number(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    return value.description
  }

  /// A TOML basic string (control characters and DEL escaped).
  static func quoted(_ text: String) -> String { StringLiteral.quoted(text, escapingDelete: true) }
}
