import Testing

@testable import AnvisKit

@Suite struct DayTests {
  @Test func roundTripsISODates() throws {
    for text in ["1970-01-01", "2000-02-29", "2026-11-30", "1999-12-31"] {
      let day = try #require(Day(iso: text))
      #expect(day.description == text)
    }
    #expect(Day(iso: "1970-01-01")?.ordinal == 0)
  }

  @Test func refusesImpossibleDates() {
    for text in ["2025-02-29", "2026-13-01", "2026-1-01", "2026-04-31", "abcd-ef-gh", ""] {
      #expect(Day(iso: text) == nil, "\(text)")
    }
  }

  @Test func subtractsToDays() throws {
    let a = try #require(Day(iso: "2026-01-01"))
    let b = try #require(Day(iso: "2026-03-01"))
    #expect(b - a == 59)
    #expect(a + 59 == b)
  }
}
