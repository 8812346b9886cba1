/// Number cells: whole numbers as written, others in their shortest form, dates (a number in a
/// date style) as `YYYY-MM-DD`, and a formula without its cached value.
extension SheetHandler {
  mutating func number(_ value: UnsafeBufferPointer<UInt8>) {
    guard !value.isEmpty else {
      if hasFormula { missingCache() }
      return
    }
    let isDate = style < dateStyles.count && dateStyles[style]
    // The common case, a plain whole number (`4500`, `-3`), is its own shortest form.
    if !isDate, Self.isPlainInteger(value) {
      let start = cells.text.count
      cells.text.append(contentsOf: value)
      add(from: start)
      return
    }
    let text = String(decoding: value, as: UTF8.self)
    guard let number = Double(text), number.isFinite else {
      return report("expected a number in a number cell, found '\(text)'")
    }
    if isDate {
      date(number)
    } else {
      append(Self.numberText(number))
    }
  }

  /// Digits with an optional `-`, no leading zero and at most 15 of them: what
  /// `numberText(Double(text))` gives back unchanged.
  static func isPlainInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let negative = bytes.first == UInt8(ascii: "-")
    let digits = bytes.count - (negative ? 1 : 0)
    guard digits >= 1, digits <= 15 else { return false }
    let first = negative ? 1 : 0
    if bytes[first] == UInt8(ascii: "0") { return digits == 1 && !negative }
    for k in first..<bytes.count where bytes[k] &- UInt8(ascii: "0") >= 10 { return false }
    return true
  }

  mutating func missingCache() {
    let shown = formulaText.isEmpty ? "" : " (=\(formulaText.prefix(40)))"
    report(
      "a formula without a cached value\(shown); open the workbook in Excel or LibreOffice and save it, so that its results are stored"
    )
  }

  private mutating func date(_ serial: Double) {
    let whole = serial.rounded(.down)
    func outOfRange() -> String { "date serial \(Self.numberText(serial)) is out of range" }
    guard abs(whole) < 1e7 else { return report(outOfRange()) }
    switch ExcelDate.day(serial: Int(whole), date1904: date1904) {
    case .day(let day):
      let fraction = serial - whole
      if fraction == 0 {
        append(day.description)
      } else {
        let minutes = Int((fraction * 1440).rounded())
        append(day.description + " " + Self.twoDigits(minutes / 60) + ":" + Self.twoDigits(minutes % 60))
      }
    case .phantomLeapDay:
      report("1900-02-29 is not a date (serial 60: Excel's 1900 leap-year mistake)")
    case .outOfRange:
      report(outOfRange())
    }
  }

  private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

  /// Whole numbers without a fraction (`4500.0` → `4500`), others in their shortest form.
  static func numberText(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
    return x.description
  }
}
