import AnvisKit
import ArgumentParser

/// `anvis validate DIR`: every problem of a data set, or a one-line summary.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a data set folder: print every problem and exit 1, or a one-line summary and exit 0.")

  @Argument(
    help: ArgumentHelp("The data set folder, or one .xlsx workbook.", valueName: "DIR_OR_BOOK"), completion: .file())
  var directory: String

  func run() throws {
    guard Terminal.isDirectory(directory) || directory.hasSuffix(".xlsx") else {
      Terminal.write("anvis: '\(directory)' is not a folder or an .xlsx workbook\n", to: .error)
      throw ExitCode(1)
    }
    do {
      let d = try DatasetReader.load(from: directory)
      Terminal.write(
        "ok: \(d.name), as of \(d.asOf): \(d.areas.count) areas, \(d.organisations.count) organisations, "
          + "\(d.departments.count) departments, \(d.units.count) units, \(d.cases.count) cases, "
          + "\(d.teams.count) teams"
          + (d.references.isEmpty ? "" : ", \(d.references.count) references") + "\n")
      for note in d.notes { Terminal.write("note: \(note)\n") }
    } catch {
      let lines = ErrorRenderer.lines(error)
      let count = lines.count
      var text = ""
      for line in lines { text += line + "\n" }
      text += "\(count) problem\(count == 1 ? "" : "s") in '\(directory)'; nothing loaded\n"
      Terminal.write(text)
      throw ExitCode(1)
    }
  }
}
