import Testing

@testable import AnvisKit

@Suite struct CommandInputTests {
  @Test func wordsRememberLineAndColumn() {
    let input = CommandInput("  show  unit\nu-000001 ")
    #expect(input.name == CommandInput.Word(text: "show", line: 1, column: 3))
    #expect(input.argument(0) == CommandInput.Word(text: "unit", line: 1, column: 9))
    #expect(input.argument(1) == CommandInput.Word(text: "u-000001", line: 2, column: 1))
    #expect(input.argument(2) == nil)
    #expect(input.end == CommandInput.Word(text: "", line: 2, column: 10))
  }

  @Test func restIsTheTextAfterTheName() {
    #expect(CommandInput("set anvisning.share[org-3] = 0.5").rest == "anvisning.share[org-3] = 0.5")
    #expect(CommandInput(".note  two\nlines ").rest == "two\nlines")
    #expect(CommandInput(".quit").rest == "")
  }

  @Test func columnsCountCharactersNotBytes() {
    let input = CommandInput("show area Østparken x")
    #expect(input.argument(2)?.column == 21)
  }
}
