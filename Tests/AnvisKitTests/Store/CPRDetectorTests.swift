import AnvisKit
import Testing

/// What counts as a CPR-like number, and how it is masked.
@Suite("CPR detector")
struct CPRDetectorTests {
  @Test(arguments: [
    ("010190-1234", "01 01 90-****"), ("0101901234", "01 01 90-****"),
    ("Jens 311299-0000 x", "31 12 99-****"),
    ("2902001234", "29 02 00-****"), ("id:3006851234;", "30 06 85-****"),
  ])
  func found(text: String, masked: String) {
    #expect(CPRDetector.maskedMatch(in: text) == masked)
  }

  /// The spellings people type: the separators, spaces around a dash, full-width digits and
  /// punctuation (as NFKC folds them), Unicode dashes and a no-break space.
  @Test(arguments: [
    ("311299 9999", "31 12 99-****"), ("010190/1234", "01 01 90-****"), ("010190.1234", "01 01 90-****"),
    ("０１０１９０-１２３４", "01 01 90-****"), ("０１０１９０１２３４", "01 01 90-****"),
    ("010190－1234", "01 01 90-****"), ("311299 - 9999", "31 12 99-****"), ("010190 /1234", "01 01 90-****"),
    ("010190\u{2013}1234", "01 01 90-****"), ("010190\u{2212}1234", "01 01 90-****"),
    ("010190\u{00A0}1234", "01 01 90-****"), ("cpr: 311299 9999.", "31 12 99-****"),
    ("\"0101901234\"", "01 01 90-****"),
  ])
  func spellingsPeopleType(text: String, masked: String) {
    #expect(CPRDetector.maskedMatch(in: text) == masked)
  }

  @Test(arguments: [
    "3213901234", "0113901234", "3104901234", "01019012345", "12345678901", "2026-10-14", "u-000001",
    "010190-123",
    "+4512345678", "3120.75", "", "0.3112991234", "0,3112991234",
  ])
  func notFound(text: String) {
    #expect(CPRDetector.maskedMatch(in: text) == nil)
  }

  /// Look-alikes that pass: phone numbers, amounts, dates, ids and numbers that do not start
  /// with a day and month.
  @Test(arguments: [
    "+45 12 34 56 78", "12345678", "+45 12345678", "4.500,00", "1234567890", "1.234.567,89", "3500,50",
    "2026-01-31", "31.12.1999", "31-12-1999 12:30", "01.01.90", "c-0001", "u-000123", "d-001",
    "20260131 1234", "010190-12345", "010190  1234", "010190--1234", "010190 - - 1234", "9999999999",
    "0000001234", "010190 123", "4500000000", "ABCDEF-1234", "abc0101901234def",
    "9f030578-1234-4abc-8def-0123456789ab", "/tmp/anvis-E2030578-1234-4ABC-9DEF-0123456789AB/aalborg",
  ])
  func lookAlikesPass(text: String) {
    #expect(CPRDetector.maskedMatch(in: text) == nil, "\(text)")
  }

  @Test func maskingReplacesEveryNumberAndSaysWhere() {
    let (text, spans) = CPRDetector.masking("a 010190-1234 b ０１０１９０１２３４")
    #expect(text == "a 01 01 90-**** b 01 01 90-****")
    #expect(spans.map(\.offset) == [2, 18])
    #expect(spans.map(\.length) == [13, 13])
    #expect(CPRDetector.masking("no numbers").text == "no numbers")
  }

  @Test func theMessageNeverHoldsTheLastFourDigits() {
    let message = CPRDetector.message(CPRDetector.maskedMatch(in: "010190-9876") ?? "")
    #expect(message == "looks like a CPR number (01 01 90-****); personal identity numbers are refused")
    #expect(!message.contains("9876"))
  }
}
