/// The ways anvis writes numbers, the same on every machine.
///
/// For people (table and markdown modes, prose): integers as they are. Numbers with decimals are rounded half away from zero to 2 decimals
/// (4 when smaller than 1 in size, so shares such as 0.275 survive), trailing zeros trimmed;
/// no thousands separator, `.` as the decimal point, `-0` written `0`. Not-a-number and
/// infinities are written `NaN`, `inf` and `-inf` (null in JSON).
public enum NumberFormat {
  /// `3456.78`, `0.275`, `12`, `-3.5`.
  public static func string(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf") }
    let decimals = abs(value) < 1 ? 4 : 2
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
    guard abs(scaled) < 9.0e15 else { return value.description }
    let units = Int(scaled)
    if units == 0 { return "0" }
    let magnitude = units.magnitude
    let whole = magnitude / UInt(scale)
    var fraction = String(magnitude % UInt(scale))
    fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
    while fraction.last == "0" { fraction.removeLast() }
    let sign = units < 0 ? "-" : ""
    return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
  }

  /// For programs (csv and json modes): lossless. A whole number below 10^16 in size as an
  /// integer (`2167`, `-0` as `0`); any other number in the shortest form that reads back to
  /// the same double (`2167.3333333333335`, `0.0337`, `1e-05`, `1.2e+17`: exponents as
  /// JSON, Python, pandas, Excel and DuckDB read them). Not-a-number and infinities as in
  /// `string(_:)` (null in JSON).
  public static func exact(_ value: Double) -> String {
    guard value.isFinite else { return string(value) }
    if value == value.rounded(.towardZero), abs(value) < 1e16 { return String(Int(value)) }
    return value.description
  }

  /// Whether `string(_:)` gives a valid JSON number for this value.
  public static func isJSONNumber(_ value: Double) -> Bool { value.isFinite }
}

extension Value {
  /// The value as a program reads it (csv and json): numbers by `NumberFormat.exact`,
  /// dates ISO, missing as "".
  public var exactText: String {
    switch self {
    case .double(let v): NumberFormat.exact(v)
    case .int, .bool, .string, .date, .missing: description
    }
  }

  /// The value as anvis shows it to people: numbers by `NumberFormat.string`, dates ISO,
  /// missing as "".
  public var displayText: String {
    switch self {
    case .double(let v): NumberFormat.string(v)
    case .int, .bool, .string, .date, .missing: description
    }
  }
}
