import Testing

@testable import AnvisKit

/// Every command declares its arguments and flags once; its usage line, the argument-count
/// and unknown-flag checks and Tab completion come from that declaration.
@Suite struct CommandDeclarationTests {
  @Test func everyUsageLineIsMadeFromTheDeclaration() {
    for spec in CommandTable.standard.commands {
      let parts = [spec.name] + spec.arguments.map(\.usage) + spec.flags.map(\.usage)
      #expect(spec.usage == parts.joined(separator: " "), "\(spec.name)")
      for argument in spec.arguments { #expect(spec.usage.contains(argument.name), "\(spec.name)") }
    }
    let save = CommandTable.standard.command(named: ".save")
    #expect(save?.usage == ".save NAME [--force]")
    #expect(CommandTable.standard.command(named: ".output")?.usage == ".output [FILE] [MODE]")
    #expect(CommandTable.standard.command(named: "compare")?.usage == "compare A B …")
  }

  @Test func tooManyArgumentsIsAnErrorWithACaretForEveryCommand() throws {
    let shell = try ShellTestData.shell()
    var checked = 0
    for spec in CommandTable.standard.commands {
      guard let most = spec.maximumArguments else { continue }
      let words = Array(repeating: "extra", count: most + 1)
      let input = ([spec.name] + words).joined(separator: " ")
      let response = shell.respond(to: input)
      #expect(response.failed, "\(input)")
      #expect(response.stderr.contains("error: unexpected 'extra'"), "\(input): \(response.stderr)")
      let column = input.count - "extra".count + 1
      #expect(response.stderr.contains(" --> input:1:\(column)\n"), "\(input): \(response.stderr)")
      #expect(response.stderr.contains("^"), "\(input)")
      checked += 1
    }
    #expect(checked >= 20)
  }

  @Test func anUnknownFlagIsAnErrorForCommandsWithoutOwnSyntax() throws {
    let shell = try ShellTestData.shell()
    let response = shell.respond(to: "describe units --all")
    #expect(response.stderr.contains("error: unknown option '--all'"))
    #expect(response.stderr.contains("'describe' takes no options"))
  }

  @Test func tabOffersWhatEachArgumentKindHolds() throws {
    let shell = try ShellTestData.shell()
    #expect(shell.completions(for: "describe un", cursor: 11) == ["units"])
    #expect(shell.completions(for: ".mode js", cursor: 8) == ["json"])
    #expect(shell.completions(for: ".output x.csv c", cursor: 15) == ["csv"])
    #expect(shell.completions(for: ".help .mo", cursor: 9) == [".mode"])
    #expect(shell.completions(for: "compare base", cursor: 12) == ["baseline"])
    #expect(shell.completions(for: "compare baseline base", cursor: 21) == ["baseline"])
  }

  @Test func aSubcommandChecksItsOwnForm() throws {
    let shell = try ShellTestData.shell()
    let response = shell.respond(to: "scenario drop a b")
    #expect(response.stderr.contains("error: unexpected 'b'"))
    #expect(response.stderr.contains("'scenario drop' takes at most 1 argument"))
  }
}
