import AnvisKit
import ArgumentParser

/// `anvis generate --preset aalborg|national [--seed N] --out DIR`: writes a plausible data set.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate", abstract: "Write a deterministic, plausible data set.")

  @Option(help: ArgumentHelp("aalborg (≈ 34,000 units) or national (≈ 590,000 units).", valueName: "PRESET"))
  var preset: Preset = .aalborg

  @Option(help: "The random seed; the same preset and seed give the same bytes.")
  var seed: UInt64 = Generator.defaultSeed

  @Option(help: "Multiply the rows (units, departments, cases, teams) by N, for measuring at scale.")
  var scale: Int = 1

  @Option(help: ArgumentHelp("The folder to write (created if missing).", valueName: "DIR"), completion: .directory)
  var out: String

  @Flag(help: "Write into a folder that is not empty (its data set files are replaced).")
  var force = false

  func validate() throws {
    guard (1...64).contains(scale) else { throw ValidationError("--scale must be between 1 and 64") }
  }

  func run() throws {
    do {
      try Generator.write(preset: preset, seed: seed, scale: scale, to: out, overwrite: force)
    } catch .cannotWrite(let error) {
      Terminal.write("anvis: cannot write the data set to '\(out)': \(ErrorRenderer.message(error))\n", to: .error)
      throw ExitCode(1)
    } catch {
      Terminal.write("anvis: \(ErrorRenderer.message(error))\n", to: .error)
      throw ExitCode(1)
    }
    let scaled = scale > 1 ? ", scale \(scale)" : ""
    Terminal.write("wrote the \(preset.rawValue) data set (seed \(seed)\(scaled)) to \(out)\n")
  }
}

extension Preset: ExpressibleByArgument {}
