import Foundation

/// The content hash of a data set folder written into session headers: SHA-256 over the
/// files the reader reads (the manifest, the six tables and `references.csv`) that are present, sorted by name, each fed as
/// `NAME\nBYTECOUNT\n` followed by its bytes. Any change to a data file changes it.
public enum DatasetFingerprint {
  /// `sha256:` and 64 hex digits, or nil when the folder cannot be read.
  public static func hash(folder: String) -> String? {
    if FileBytes.kind(folder) == .other {
      // A data set that is one workbook: the workbook's bytes.
      guard let bytes = try? FileBytes.read(folder) else { return nil }
      var hasher = SHA256()
      hasher.update(bytes)
      return "sha256:" + hasher.hexDigest
    }
    guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
    let data = files.filter(isDataFile).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    var hasher = SHA256()
    for name in data {
      // Read as the loader reads: regular files only, up to its size limit (a FIFO or a device
      // put there since the load must not hang or fill memory here either).
      guard let bytes = try? FileBytes.read(folder + "/" + name) else { return nil }
      hasher.update("\(name)\n\(bytes.count)\n")
      hasher.update(bytes)
    }
    return "sha256:" + hasher.hexDigest
  }

  static func isDataFile(_ name: String) -> Bool { dataFiles.contains(name) }

  static let dataFiles: Set<String> = Set(
    [DatasetReader.manifestFile, DatasetReader.yamlManifestFile, DatasetReader.referencesFile]
      + DatasetReader.tableFiles
      + (DatasetReader.tableFiles + [DatasetReader.referencesFile]).map { $0.dropLast(4) + DatasetLoader.workbookExtension })
}
