/// The limits a number read from a file must keep, and how a breach is worded.
enum Bound {
  case any
  case nonNegative
  case positive
  case atLeast(Int)
  case between(Double, Double)

  func contains(_ x: Double) -> Bool {
    switch self {
    case .any: true
    case .nonNegative: x >= 0
    case .positive: x > 0
    case .atLeast(let low): x >= Double(low)
    case .between(let low, let high): x >= low && x <= high
    }
  }

  var phrase: String {
    switch self {
    case .any: "is out of range"
    case .nonNegative: "must not be negative"
    case .positive: "must be greater than 0"
    case .atLeast(let low): "must be at least \(low)"
    case .between(let low, let high): "must be between \(Bound.format(low)) and \(Bound.format(high))"
    }
  }

  static func format(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
}

/// Typed reads of the current row's fields; each returns nil after reporting a problem.
extension TableFileReader {
  /// Whether the field of column `c` is empty (or missing from the row).
  mutating func isBlank(_ c: Int) -> Bool {
    guard let f = field(c) else { return true }
    return f.isEmpty
  }

  /// Non-empty text (ids, names, references).
  mutating func text(_ c: Int) -> String? {
    guard let f = field(c) else { return nil }
    guard !f.isEmpty else {
      report(f, "\(columns[c]) is empty")
      return nil
    }
    return csv.string(f)
  }

  /// `text(c)`, but `previous` itself when the field holds the same bytes: rows grouped by a
  /// reference (units by department) then share one string instead of building one each.
  mutating func text(_ c: Int, sameAs previous: String) -> String? {
    guard let f = field(c) else { return nil }
    if !f.isEmpty, !f.hasDoubledQuotes, csv.holds(f, previous) { return previous }
    return text(c)
  }

  mutating func int(_ c: Int, _ bound: Bound = .any) -> Int? {
    guard let f = field(c) else { return nil }
    guard !f.isEmpty else {
      report(f, "\(columns[c]) is empty; expected an integer")
      return nil
    }
    guard let value = csv.int(f) else {
      if csv.isWholeNumeral(f) {
        report(f, tooLarge(c, bound, f))
      } else {
        report(f, "expected an integer, found '\(csv.quoted(f))'")
      }
      return nil
    }
    guard bound.contains(Double(value)) else {
      report(f, outOfBounds(c, bound, f))
      return nil
    }
    return value
  }

  mutating func double(_ c: Int, _ bound: Bound = .any) -> Double? {
    guard let f = field(c) else { return nil }
    guard !f.isEmpty else {
      report(f, "\(columns[c]) is empty; expected a number")
      return nil
    }
    guard let value = csv.double(f, decimalComma: decimalComma) else {
      if csv.isOverflowingNumber(f, decimalComma: decimalComma) {
        report(f, tooLarge(c, bound, f))
      } else {
        report(f, "expected a number, found '\(csv.quoted(f))'")
      }
      return nil
    }
    guard bound.contains(value) else {
      report(f, outOfBounds(c, bound, f))
      return nil
    }
    return value
  }

  /// A number too large to hold (rather than "not a number"), with the bound it must keep.
  private func outOfBounds(_ c: Int, _ bound: Bound, _ f: CSVField) -> String {
    "\(columns[c]) \(bound.phrase), found '\(csv.quoted(f))'"
  }

  private func tooLarge(_ c: Int, _ bound: Bound, _ f: CSVField) -> String {
    let rule: String =
      switch bound {
      case .between: "; \(columns[c]) \(bound.phrase)"
      default: ""
      }
    return "\(columns[c]) is too large, found '\(csv.quoted(f))'\(rule)"
  }

  mutating func bool(_ c: Int) -> Bool? {
    guard let f = field(c) else { return nil }
    guard let value = csv.bool(f) else {
      let found = f.isEmpty ? "nothing" : "'\(csv.quoted(f))'"
      report(f, "expected true or false, found \(found)")
      return nil
    }
    return value
  }

  mutating func date(_ c: Int) -> Day? {
    guard let f = field(c) else { return nil }
    switch csv.date(f) {
    case .day(let day):
      return day
    case .noSuchDay:
      report(f, "\(csv.quoted(f)) is not a date")
    case .notADate:
      let found = f.isEmpty ? "nothing" : "'\(csv.quoted(f))'"
      // A sheet's dates are date cells; text in their place is shown as it is.
      report(f, isSheet ? "expected a date, found \(found)" : "expected a date YYYY-MM-DD, found \(found)")
    }
    return nil
  }

  /// One of `E`'s values; `label` names the kind in the message ("unit type").
  mutating func enumValue<E: FieldEnum>(_ c: Int, _ table: EnumTable<E>, label: String) -> E? {
    guard let f = field(c) else { return nil }
    if let value = csv.enumValue(f, in: table) { return value }
    let allowed = E.allowedValues.joined(separator: ", ")
    let found = f.isEmpty ? "empty \(label)" : "unknown \(label) '\(csv.quoted(f))'"
    report(f, "\(found); allowed: \(allowed)")
    return nil
  }

  /// Reports a problem at column `c` of the current row (when the row has that field).
  mutating func report(column c: Int, _ message: String) {
    if let f = field(c) { report(f, message) }
  }
}
