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
      // A valid word for each declared argument (a choice's first value), then one too many.
      let words = spec.arguments.map { argument in
        if case .choice(let values) = argument.kind { values[0] } else { "x" }
      }
      #expect(words.count == most)
      let input = ([spec.name] + words + ["extra"]).joined(separator: " ")
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

  @Test func aChoiceArgumentTakesOnlyItsValuesWithOneMessage() throws {
    let shell = try ShellTestData.shell()
    #expect(shell.respond(to: ".timer maybe").stderr.contains("error: expected 'on' or 'off', found 'maybe'"))
    #expect(shell.respond(to: ".bail maybe").stderr.contains("error: expected 'on' or 'off', found 'maybe'"))
    let mode = shell.respond(to: ".mode jsn").stderr
    #expect(mode.contains("expected one of table, csv, json, markdown, line, found 'jsn'"))
    #expect(mode.contains("did you mean 'json'?"))
    let output = shell.respond(to: ".output x.txt yaml").stderr
    #expect(output.contains("expected one of table, csv, json, markdown, line, found 'yaml'"))
    #expect(output.contains("usage: .output [FILE] [MODE]"))
    #expect(shell.respond(to: ".limits size 4G").stderr.contains("expected 'memory', found 'size'"))
    #expect(shell.respond(to: ".timer ON").stderr.isEmpty)
    #expect(shell.respond(to: ".timer").stdout.contains("timer: on"))
  }
}
