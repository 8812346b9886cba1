import Testing

@testable import AnvisKit

/// Nothing from the data drives the terminal: control characters are shown, escape sequences
/// included (the library writes no colour codes of its own).
@Suite struct TerminalTextTests {
  @Test func escapesFromTheDataAreShown() {
    let title = "a,\u{1B}]0;pwned\u{7}x\n"
    #expect(TerminalText.safe(title) == "a,\\u{1B}]0;pwned\\u{7}x\n")
    #expect(TerminalText.safe("| \u{1B}[2J |\n") == "| \\u{1B}[2J |\n")
    #expect(
      TerminalText.safe("cr\rtab\tdel\u{7F}c1\u{9B}") == "cr\\rtab\tdel\\u{7F}c1\\u{9B}"
    )
  }

  @Test func completionCandidatesWithControlCharactersAreUnsafe() {
    #expect(TerminalText.isSafe("a-01"))
    #expect(TerminalText.isSafe("Østparken"))
    #expect(!TerminalText.isSafe("a\u{1B}[2J"))
  }

  @Test func plainTextIsUnchanged() {
    #expect(TerminalText.safe("plain æøå\n") == "plain æøå\n")
    #expect(TerminalText.safe("\u{1B}[31merror:\u{1B}[0m x\n") == "\\u{1B}[31merror:\\u{1B}[0m x\n")
  }
}
