/// A rule that stops a unit from being offered to a case, with the numbers that made it block.
///
/// § 59 stk. 6–7 mapping of our case flags (DOMAIN.md numbering; stk. 6 applies rules 1–7 in
/// vulnerable, parallel and transformation areas, stk. 7 rules 1–5 in prevention areas):
/// rule 1 `released_6m`; rule 2 (under 18, released from a youth institution) is not in our
/// data, so it never blocks; rule 3 `evicted_6m`; rule 4 `non_eu` (students excepted: a case
/// `in_education` is not blocked); rule 5 `benefit_6m`; rule 6 `disability_pension`;
/// rule 7 `sick_benefit_6m`.
public enum BlockingRule: Hashable, Sendable, CustomStringConvertible {
  /// The department is friholdt (`exempt.departments`).
  case exemptDepartment(department: String)
  /// Youth housing is only claimed under `youth.claim` (a local agreement with the organisations).
  case youthClaimOff
  /// Youth housing is for ages 18–29.
  case youthAge(age: Int)
  /// Ældreboliger (almenboligloven § 57) are not offered to homeless citizens (`senior.for_homeless` off).
  case seniorNotForHomeless
  /// Under `senior.for_homeless`, an ældrebolig only for a citizen aged 60+ or with a disability
  /// (`disability_pension` or `needs_accessible`).
  case seniorNeed(age: Int)
  /// § 59 stk. 6 or 7, numbered rule, in an area of the given status.
  case areaRestriction(stk: Int, rule: Int, area: AreaStatus)
  /// The citizen would pay `pays` kr a month, more than `limit` (`rent.rule`).
  case rent(pays: Double, limit: Double, rule: RentRule)
  /// Too many people for the rooms (more than 2 per room; a shared room or skæv bolig takes 1).
  case householdTooLarge(household: Int, rooms: Int)
  /// More rooms than the household needs (rooms > household + 2).
  case unitTooLarge(household: Int, rooms: Int)
  /// The case needs an accessible home and the unit is not.
  case notAccessible
  /// No free place in the case's support method.
  case supportFull(method: SupportMethod, capacity: Int)
  /// The department has had `dept.cap` ICM/ACT placements this year.
  case departmentCap(department: String, cap: Int)

  /// Youth housing age band.
  public static let youthAges = 18...29
  /// Youngest age for an ældrebolig under `senior.for_homeless` (the issue's rule; § 57 itself
  /// names elderly people and people with disabilities with a special need, without an age).
  public static let seniorMinAge = 60

  /// One sentence a caseworker can read.
  public var reason: String {
    switch self {
    case .exemptDepartment(let d): "department \(d) is exempt from anvisning (friholdt)"
    case .youthClaimOff: "youth housing is claimed only with youth.claim on (a local agreement)"
    case .youthAge(let age): "youth housing is for ages 18–29; the citizen is \(age)"
    case .seniorNotForHomeless:
      "ældreboliger (§ 57) are visiteret to elderly and disabled citizens, not offered to homeless cases (senior.for_homeless off)"
    case .seniorNeed(let age):
      "an ældrebolig (§ 57) is for citizens aged 60+ or with a disability; the citizen is \(age) with no disability flag"
    case .areaRestriction(let stk, let rule, let area):
      "§ 59 stk. \(stk) no. \(rule): \(Self.ruleText(rule)) — unit in a \(area.rawValue) area"
    case .rent(let pays, let limit, let rule):
      switch rule {
      case .cap:
        "rent \(NumberText.grouped(Int(pays.rounded()))) kr is above the \(NumberText.grouped(Int(limit.rounded()))) kr the citizen can pay (rent.cap)"
      case .income:
        "rent after boligsikring \(NumberText.grouped(Int(pays.rounded()))) kr is above rent.share of income (\(NumberText.grouped(Int(limit.rounded()))) kr)"
      }
    case .householdTooLarge(let h, let rooms):
      "a household of \(h) does not fit in \(rooms) room\(rooms == 1 ? "" : "s")"
    case .unitTooLarge(let h, let rooms): "\(rooms) rooms is more than a household of \(h) needs"
    case .notAccessible: "the citizen needs an accessible home; the unit is not accessible"
    case .supportFull(let method, let capacity): "no free \(method.rawValue) place (all \(capacity) taken)"
    case .departmentCap(let d, let cap):
      "department \(d) has had its \(cap) ICM/ACT placements this year (dept.cap)"
    }
  }

  public var description: String { reason }

  /// The kind of rule, without the numbers: what `why` counts units by.
  public var kind: Kind {
    switch self {
    case .exemptDepartment: .exemptDepartment
    case .youthClaimOff: .youthClaimOff
    case .youthAge: .youthAge
    case .seniorNotForHomeless: .seniorNotForHomeless
    case .seniorNeed: .seniorNeed
    case .areaRestriction(let stk, let rule, _): stk == 6 ? .stk6(rule: rule) : .stk7(rule: rule)
    case .rent: .rent
    case .householdTooLarge: .householdTooLarge
    case .unitTooLarge: .unitTooLarge
    case .notAccessible: .notAccessible
    case .supportFull: .supportFull
    case .departmentCap: .departmentCap
    }
  }

  static func ruleText(_ rule: Int) -> String {
    switch rule {
    case 1: "released after a prison sentence less than 6 months ago"
    case 2: "under 18 and released from a youth institution"
    case 3: "lost a tenancy for gross misconduct less than 6 months ago"
    case 4: "citizen outside EU/EEA/Switzerland"
    case 5: "kontanthjælp or similar for 6 months"
    case 6: "receives førtidspension"
    case 7: "dagpenge, sygedagpenge or ressourceforløbsydelse for 6 months"
    default: "rule \(rule)"
    }
  }

  /// A rule without its numbers, ordered as `why` lists them.
  public enum Kind: Hashable, Comparable, Sendable, CustomStringConvertible {
    case exemptDepartment, youthClaimOff, youthAge, seniorNotForHomeless, seniorNeed
    case stk6(rule: Int)
    case stk7(rule: Int)
    case rent, householdTooLarge, unitTooLarge, notAccessible, supportFull, departmentCap

    /// Short label: `§ 59 stk. 6 no. 1`, `rent`, …
    public var description: String {
      switch self {
      case .exemptDepartment: "exempt department"
      case .youthClaimOff: "youth.claim off"
      case .youthAge: "youth age 18–29"
      case .seniorNotForHomeless: "senior.for_homeless off"
      case .seniorNeed: "ældrebolig: 60+ or disability"
      case .stk6(let r): "§ 59 stk. 6 no. \(r)"
      case .stk7(let r): "§ 59 stk. 7 no. \(r)"
      case .rent: "rent"
      case .householdTooLarge: "household too large"
      case .unitTooLarge: "unit too large"
      case .notAccessible: "accessibility"
      case .supportFull: "support place"
      case .departmentCap: "dept.cap"
      }
    }
  }
}
