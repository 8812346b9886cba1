import AnvisKit
import ArgumentParser

/// `anvis convert DIR_OR_BOOK --to csv|xlsx --out DIR`: the data set in the other store format.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert a data set between CSV files and Excel workbooks (it must load without problems).")

  @Argument(
    help: ArgumentHelp("The data set: a folder, or one .xlsx workbook.", valueName: "DIR_OR_BOOK"), completion: .file())
  var source: String

  @Option(help: ArgumentHelp("csv or xlsx.", valueName: "FORMAT"), completion: .list(["csv", "xlsx"]))
  var to: DatasetConverter.Format

  @Option(help: ArgumentHelp("The folder to write (created if missing).", valueName: "DIR"), completion: .directory)
  var out: String

  func run() throws {
    do {
      let names = try DatasetConverter.convert(source, to: to, out: out)
      Terminal.write("wrote \(names.joined(separator: ", ")) to \(out)\n")
    } catch {
      if case .load = error {
        Terminal.write(ErrorRenderer.message(error) + "\n", to: .error)
        Terminal.write("anvis: '\(source)' has problems; nothing converted\n", to: .error)
      } else {
        Terminal.write("anvis: \(ErrorRenderer.message(error))\n", to: .error)
      }
      throw ExitCode(1)
    }
  }
}

extension DatasetConverter.Format: ExpressibleByArgument {}
