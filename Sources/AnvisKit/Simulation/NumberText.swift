/// Fixed, locale-free number formatting for simulation output (transcripts replay byte for byte).
enum NumberText {
  /// At most `decimals` decimals, trailing zeros dropped: 3500, 0.27, 12.5.
  static func compact(_ x: Double, decimals: Int = 4) -> String {
    guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
    let text = fixed(x, decimals: decimals)
    guard text.contains(".") else { return text }
    var trimmed = Substring(text)
    while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
    if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
    return trimmed == "-0" ? "0" : String(trimmed)
  }

  /// Exactly `decimals` decimals, rounded half away from zero: fixed(2.345, 1) == "2.3".
  static func fixed(_ x: Double, decimals: Int) -> String {
    guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
    var scale = 1.0
    for _ in 0..<max(0, decimals) { scale *= 10 }
    let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled < 9e15 else { return String(Int(x)) }
    let n = Int(scaled)
    let whole = n / Int(scale)
    let frac = n % Int(scale)
    let sign = x < 0 && n != 0 ? "-" : ""
    if decimals <= 0 { return sign + String(whole) }
    let fracText = String(frac)
    return sign + String(whole) + "." + String(repeating: "0", count: decimals - fracText.count) + fracText
  }

  /// A whole number in prose: no thousands separator (`12345`), since a Danish reader takes
  /// `1,149` for a decimal and an English one `1.149`.
  static func grouped(_ n: Int) -> String { String(n) }
}
