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

  @Test(arguments: [
    "3213901234", "0113901234", "3104901234", "01019012345", "12345678901", "2026-10-14", "u-000001",
    "010190-123",
    "+4512345678", "3120.75", "", "0.3112991234", "0,3112991234",
  ])
  func notFound(text: String) {
    #expect(CPRDetector.maskedMatch(in: text) == nil)
  }

  @Test func theMessageNeverHoldsTheLastFourDigits() {
    let message = CPRDetector.message(CPRDetector.maskedMatch(in: "010190-9876") ?? "")
    #expect(message == "looks like a CPR number (01 01 90-****); personal identity numbers are refused")
    #expect(!message.contains("9876"))
  }
}
