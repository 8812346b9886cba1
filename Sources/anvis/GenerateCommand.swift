import AnvisKit
import ArgumentParser

/// `anvis generate --preset aalborg|national [--seed N] --out DIR`: writes a plausible data set.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate", abstract: "Write a deterministic, plausible data set.")

  @Option(help: ArgumentHelp("aalborg (≈ 34,000 units) or national (≈ 590,000 units).", valueName: "PRESET"))
  var preset: String = "aalborg"

  @Option(help: "The random seed; the same seed gives the same bytes.") var seed: UInt64 = 1

  @Option(help: ArgumentHelp("The folder to write.", valueName: "DIR")) var out: String

  func run() throws {
    Terminal.write("anvis: generate is not available yet\n", to: .error)
    throw ExitCode(1)
  }
}
