import Testing

@testable import AnvisKit

/// Nothing from the data drives the terminal: control characters are shown, anvis's own
/// colours stay when colours are on.
@Suite struct TerminalTextTests {
  @Test func escapesFromTheDataAreShown() {
    let title = "a,\u{1B}]0;pwned\u{7}x\n"
    #expect(TerminalText.safe(title, keepingStyles: false) == "a,\\u{1B}]0;pwned\\u{7}x\n")
    #expect(TerminalText.safe("| \u{1B}[2J |\n", keepingStyles: true) == "| \\u{1B}[2J |\n")
    #expect(
      TerminalText.safe("cr\rtab\tdel\u{7F}c1\u{9B}", keepingStyles: false) == "cr\\rtab\tdel\\u{7F}c1\\u{9B}"
    )
  }

  @Test func completionCandidatesWithControlCharactersAreUnsafe() {
    #expect(TerminalText.isSafe("a-01"))
    #expect(TerminalText.isSafe("Østparken"))
    #expect(!TerminalText.isSafe("a\u{1B}[2J"))
  }

  @Test func ownColoursStayOnlyWhenColoursAreOn() {
    let red = TextStyle(enabled: true).red("error:") + " x\n"
    #expect(TerminalText.safe(red, keepingStyles: true) == red)
    #expect(TerminalText.safe(red, keepingStyles: false) == "\\u{1B}[31merror:\\u{1B}[0m x\n")
    #expect(TerminalText.safe("plain æøå\n", keepingStyles: false) == "plain æøå\n")
  }
}
