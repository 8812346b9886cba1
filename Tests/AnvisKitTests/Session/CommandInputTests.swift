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

  @Test func theScannerTellsWordsFlagsAndQuotedStringsApart() {
    let input = CommandInput(#".save walk --force "--not a flag" -x"#)
    #expect(input.arguments.map(\.kind) == [.word, .flag, .quoted, .word])
    #expect(input.argument(2)?.text == "--not a flag")
    #expect(input.argument(2)?.length == 14)
    #expect(input.positional.map(\.text) == ["walk", "--not a flag", "-x"])
  }

  @Test func flagsAreCheckedAgainstTheDeclaredOnes() throws {
    let force = [CommandSpec.Flag("--force")]
    #expect(try CommandInput(".save walk --force").flags(force) == ["--force"])
    #expect(try CommandInput(".save walk").flags(force).isEmpty)
    #expect(throws: CommandError.self) { try CommandInput(".save walk --forc").flags(force) }
    #expect(throws: CommandError.self) { try CommandInput(".save walk --force --force").flags(force) }
    let shell = try ShellTestData.shell()
    let typo = shell.respond(to: ".save walk --forse")
    #expect(typo.stderr.contains("error: unknown option '--forse'"))
    #expect(typo.stderr.contains("did you mean '--force'?"))
    #expect(shell.respond(to: ".save walk --zzzzzzzz").stderr.contains("options: --force"))
    #expect(shell.completions(for: ".save walk --", cursor: 13) == ["--force"])
  }

  @Test func flagsWithAValueTakeTheNextWord() throws {
    let declared = [CommandSpec.Flag("--check"), CommandSpec.Flag("--data", value: "a folder")]
    let parsed = try CommandInput(".replay walk --data /tmp/d --check").parse(declared)
    #expect(parsed.positional.map(\.text) == ["walk"])
    #expect(parsed.values["--data"]?.text == "/tmp/d")
    #expect(parsed.has("--check"))
    #expect(throws: CommandError.self) { try CommandInput(".replay walk --data").parse(declared) }
    let shell = try ShellTestData.shell()
    #expect(shell.respond(to: ".replay walk --data").stderr.contains("expected a folder after --data"))
    #expect(shell.respond(to: ".replay walk --chek").stderr.contains("did you mean '--check'?"))
    #expect(
      shell.respond(to: ".replay walk --check --step").stderr.contains(
        "choose one of --step, --check and --update (already --check)"))
  }
}
