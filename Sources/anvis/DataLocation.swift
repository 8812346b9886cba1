import AnvisKit
import ArgumentParser

/// Where the data set comes from and how it is loaded, with clear words when it cannot be.
enum DataLocation {
  static let defaultDirectory = "examples/aalborg"

  /// `--data DIR`, else `$ANVIS_DATA`, else `examples/aalborg` (relative to the working folder).
  static func resolve(flag: String?) -> String {
    if let flag, !flag.isEmpty { return flag }
    if let env = Terminal.environment("ANVIS_DATA"), !env.isEmpty { return env }
    return defaultDirectory
  }

  /// Loads the data set or prints the problems and exits 1; what the load noticed but did not
  /// refuse (a hidden sheet, merged cells beside a table) goes to standard error as notes.
  static func load(_ directory: String) throws -> Dataset {
    guard Terminal.isDirectory(directory) || directory.hasSuffix(".xlsx") else {
      let problem = ErrorRenderer.message(StoreError.notADataset(folder: directory))
      Terminal.write("anvis: \(problem). Use --data DIR or set ANVIS_DATA.\n", to: .error)
      throw ExitCode(1)
    }
    do {
      let dataset = try DatasetReader.load(from: directory)
      for note in dataset.notes { Terminal.write("note: \(note)\n", to: .error) }
      return dataset
    } catch {
      let lines = ErrorRenderer.lines(error)
      let count = lines.count
      var text =
        "anvis: cannot load the data set in '\(directory)' (\(count) problem\(count == 1 ? "" : "s")):\n"
      for line in lines { text += line + "\n" }
      Terminal.write(text, to: .error)
      throw ExitCode(1)
    }
  }

  /// Opens any folder for a session replay's fresh shell.
  static let opener: DatasetOpener = { (directory: String) throws(StoreError) -> Dataset in
    guard Terminal.isDirectory(directory) || directory.hasSuffix(".xlsx") else {
      throw .notADataset(folder: directory)
    }
    return try DatasetReader.load(from: directory)
  }

  /// A loader for `.reload` that reads the same folder again.
  static func loader(for directory: String) -> DatasetReloader {
    { () throws(StoreError) -> Dataset in try DatasetReader.load(from: directory) }
  }
}
