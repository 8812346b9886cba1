@testable import AnvisKit

/// The figures of a generated data set that DOMAIN.md sets targets for.
struct GeneratorFigures {
  var units = 0
  var departments = 0
  var organisations = 0
  var areas = 0
  var unitsByType: [UnitType: Int] = [:]
  var cheapFamily = 0
  var vacant = 0
  var exempt = 0
  var exemptRestricted = 0
  var cases = 0
  var ageBands = [0, 0, 0, 0]
  var situations: [Situation: Int] = [:]
  var needs: [SupportNeed: Int] = [:]
  var incomes: [IncomeType: Int] = [:]
  var flags: [String: Int] = [:]
  var inEducation = 0
  var needsAccessible = 0
  var households = [0, 0, 0, 0]

  init(_ d: Dataset) {
    units = d.units.count
    departments = d.departments.count
    organisations = d.organisations.count
    areas = d.areas.count
    for u in d.units {
      unitsByType[u.type, default: 0] += 1
      if u.type == .family && u.rent < 3500 { cheapFamily += 1 }
      if u.status == .vacant { vacant += 1 }
    }
    for (i, dep) in d.departments.enumerated() where dep.exempt {
      exempt += 1
      let status = d.areas[d.departmentArea[i]].status
      if status.isRestrictedStk6 || status.isPreventionStk7 { exemptRestricted += 1 }
    }
    cases = d.cases.count
    for c in d.cases {
      ageBands[c.age < 25 ? 0 : c.age < 30 ? 1 : c.age < 60 ? 2 : 3] += 1
      situations[c.situation, default: 0] += 1
      needs[c.need, default: 0] += 1
      incomes[c.incomeType, default: 0] += 1
      households[min(c.householdSize, 3)] += 1
      if c.inEducation { inEducation += 1 }
      if c.needsAccessible { needsAccessible += 1 }
      for (name, on) in [
        ("released_6m", c.released6m), ("evicted_6m", c.evicted6m), ("non_eu", c.nonEU),
        ("benefit_6m", c.benefit6m), ("disability_pension", c.disabilityPension),
        ("sick_benefit_6m", c.sickBenefit6m),
      ] where on {
        flags[name, default: 0] += 1
      }
    }
  }

  func share(_ n: Int, of total: Int) -> String {
    let per = total == 0 ? 0 : Double(n) * 1000 / Double(total)
    return "\(n) (\(CSVWriter.format(per.rounded() / 10, maxFractionDigits: 1)) %)"
  }

  /// A readable summary, in a fixed order.
  var report: String {
    var lines = [
      "units \(units) in \(departments) departments of \(organisations) organisations over \(areas) areas"
    ]
    for t in UnitType.allCases { lines.append("  \(t.rawValue): \(share(unitsByType[t] ?? 0, of: units))") }
    lines.append("  family units under 3,500 kr: \(cheapFamily)")
    lines.append("  vacant today: \(share(vacant, of: units))")
    lines.append("  exempt departments: \(exempt), of them in restricted areas: \(exemptRestricted)")
    lines.append("cases \(cases)")
    let bandNames = ["18-24", "25-29", "30-59", "60+"]
    for (i, n) in ageBands.enumerated() { lines.append("  age \(bandNames[i]): \(share(n, of: cases))") }
    for s in Situation.allCases { lines.append("  \(s.rawValue): \(share(situations[s] ?? 0, of: cases))") }
    for n in SupportNeed.allCases { lines.append("  need \(n.rawValue): \(share(needs[n] ?? 0, of: cases))") }
    for t in IncomeType.allCases {
      lines.append("  income \(t.rawValue): \(share(incomes[t] ?? 0, of: cases))")
    }
    for k in ["released_6m", "evicted_6m", "non_eu", "benefit_6m", "disability_pension", "sick_benefit_6m"] {
      lines.append("  \(k): \(share(flags[k] ?? 0, of: cases))")
    }
    lines.append("  in_education: \(share(inEducation, of: cases))")
    lines.append("  needs_accessible: \(share(needsAccessible, of: cases))")
    lines.append("  household 1/2/3: \(households[1])/\(households[2])/\(households[3])")
    return lines.joined(separator: "\n")
  }
}
